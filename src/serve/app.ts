// The HTTP application: routes, limits and error bodies, on Fastify. It summarizes through `run` (the
// worker pool, in the command) and never touches the process: listening and stopping are serve.ts's.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Outcome, Task } from '../batch/task.js';
import { toJson } from '../format/json.js';
import { openApi } from './openapi.js';
import { ApiError, type Limits, UPLOAD_TYPES, statusOf, toTask } from './request.js';

export type AppOptions = {
  readonly limits: Limits;
  /** Origins allowed to call the API from a browser; '*' for any. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute from one address; 0 for no limit. */
  readonly rateLimit: number;
  /** The widget and the demo page. */
  readonly assets: { readonly widget: string; readonly demo: string };
  /** Summarize one task (the worker pool). */
  readonly run: (task: Task) => Promise<Outcome>;
  /** One line per request; undefined for none. */
  readonly log?: (entry: Readonly<Record<string, unknown>>) => void;
  /** Unexpected errors, for --verbose. */
  readonly onInternalError?: (err: Error) => void;
};

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** Fastify's own errors (body parsing, limits) as our codes and plain messages. */
const fromFastify = (err: FastifyError, limits: Limits): ApiError => {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'EFBIG', `the request body is larger than ${limits.maxBytes} bytes (see --max-bytes)`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'EMEDIATYPE', 'send application/json (or the article as text/plain or text/html)');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'EJSON', 'the body is not valid JSON');
    case 'FST_ERR_CTP_EMPTY_TYPE':
      return new ApiError(400, 'EINVALID', 'the request has no body');
    default:
      break;
  }
  if (err.statusCode === 429) return new ApiError(429, 'ERATELIMIT', err.message);
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) return new ApiError(err.statusCode, 'EINVALID', err.message);
  return new ApiError(500, 'EINTERNAL', 'internal error');
};

/** A promise that loses to a deadline. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ApiError(504, 'ETIMEDOUT', `the summary took longer than ${ms / 1000} s`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });

export const buildApp = async (options: AppOptions): Promise<FastifyInstance> => {
  const { limits } = options;
  const app = Fastify({
    logger: false,
    bodyLimit: limits.maxBytes,
    // a client that takes longer than this to send its request gets 408 from Node itself
    requestTimeout: limits.timeoutMs + 5000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  // plain text and HTML bodies are articles too: `curl --data-binary @a.txt -H 'content-type: text/plain'`
  app.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  // and so are documents: a PDF, a Word file, an EPUB book, captions, as their bytes
  app.addContentTypeParser(Object.keys(UPLOAD_TYPES), { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  await app.register(cors, {
    // the server's own pages (the demo) are same-origin and need no header
    origin: options.corsOrigins.includes('*') ? true : [...options.corsOrigins],
    methods: ['GET', 'POST'],
  });
  await app.register(rateLimit, {
    global: false,
    max: Math.max(1, options.rateLimit),
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: { code: 'ERATELIMIT', message: `more than ${context.max} requests a minute; try again in ${context.after}` },
    }),
  });

  // once stopping, every answer closes its connection, so that the server is not held open by clients
  // that keep theirs alive
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    options.log?.({
      time: new Date().toISOString(),
      method: request.method,
      path: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    });
  });

  app.setErrorHandler((err: FastifyError | ApiError, _request, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(errorBody(err.code, err.message));
    // the rate limiter's own answer
    if ((err as { statusCode?: number }).statusCode === 429 && 'error' in err) return reply.code(429).send(err);
    const api = fromFastify(err, limits);
    if (api.status === 500) options.onInternalError?.(err);
    return reply.code(api.status).send(errorBody(api.code, api.message));
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(errorBody('ENOTFOUND', `no such path: ${request.method} ${request.url.split('?')[0]}`)));

  const summarize = async (fields: unknown, reply: FastifyReply) => {
    const outcome = await within(options.run(toTask(fields, limits)), limits.timeoutMs);
    if ('indexed' in outcome) throw new Error('a summarize task gave a terms result');
    if (!outcome.ok) return reply.code(statusOf(outcome.error)).send(errorBody(outcome.error.code, outcome.error.message));
    const warnings = [...outcome.warnings, ...(outcome.summary.sentenceCount === 0 ? ['no sentences to summarize'] : [])];
    return reply.send({ ...toJson(outcome.summary), ...(warnings.length === 0 ? {} : { warnings }) });
  };
  // the limiter is off by default (global: false): only the API routes ask for it, and only when set
  const limited: { rateLimit?: { max: number; timeWindow: string } } =
    options.rateLimit > 0 ? { rateLimit: { max: options.rateLimit, timeWindow: '1 minute' } } : {};

  app.get('/healthz', async () => ({ ok: true }));
  app.post('/api/summarize', { config: limited }, async (request: FastifyRequest, reply) => {
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    // a text/plain or text/html body is the article itself, its options in the query string
    const raw = type === 'text/plain' || type === 'text/html';
    const upload = UPLOAD_TYPES[type];
    const body =
      upload !== undefined
        ? { ...(request.query as object), document: request.body, inputKind: upload }
        : raw
          ? { [type === 'text/html' ? 'html' : 'text']: request.body, ...(request.query as object) }
          : request.body;
    return summarize(body, reply);
  });
  app.get('/api/summarize', { config: limited }, async (request, reply) => summarize(request.query, reply));
  app.get('/openapi.json', async () => openApi);
  app.get('/widget.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').header('access-control-allow-origin', '*').send(options.assets.widget),
  );
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(options.assets.demo));
  return app;
};
