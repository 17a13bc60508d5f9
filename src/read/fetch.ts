// Fetching a web page for `summarize https://…`: Node's fetch with a timeout, a redirect limit, a
// size cap and a User-Agent; every failure becomes one plain InputError.
import { createRequire } from 'node:module';
import { DEFAULTS } from '../defaults.js';
import { InputError } from '../errors.js';
import type { InputKind } from '../extract/extracted.js';

/** A page's bytes, its declared charset (if any) and its kind of input by content type; decoding is decode.ts's. */
export type Fetched = { readonly bytes: Uint8Array; readonly charset: string | undefined; readonly inputKind: InputKind; readonly url: string };

export type FetchLimits = {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
  /** Refuse every address that is not public unicast, at each hop (`summarize serve`). */
  readonly publicOnly?: boolean;
};

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
export const USER_AGENT = `summarize/${version} (extractive summarizer; Node.js ${process.versions.node})`;
/** Redirects followed before giving up. */
const MAX_REDIRECTS = DEFAULTS.maxRedirects;

const KINDS: ReadonlyArray<[RegExp, InputKind]> = [
  [/^(text\/html|application\/xhtml\+xml)\b/i, 'html'],
  [/^text\/markdown\b/i, 'markdown'],
  [/^text\/plain\b/i, 'text'],
  [/^application\/(pdf|x-pdf)\b/i, 'pdf'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\b/i, 'docx'],
  [/^application\/epub\+zip\b/i, 'epub'],
  [/^text\/vtt\b/i, 'vtt'],
  [/^(application\/x-subrip|text\/srt)\b/i, 'srt'],
];

const networkReason = (err: unknown): string => {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  // the address check's refusal says everything itself
  if (cause instanceof InputError) throw cause;
  if (cause?.code !== undefined) return `cannot connect (${cause.code})`;
  return `cannot fetch (${cause?.message ?? (err as Error).message})`;
};

const readBody = async (response: Response, url: string, maxBytes: number): Promise<Uint8Array> => {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new InputError(`${url}: larger than --max-bytes (${maxBytes} bytes)`, 'EFBIG');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += (chunk as Uint8Array).length;
    if (size > maxBytes) throw new InputError(`${url}: larger than --max-bytes (${maxBytes} bytes)`, 'EFBIG');
    chunks.push(chunk as Uint8Array);
  }
  return Buffer.concat(chunks);
};

type Get = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Node's fetch; or, for public addresses only, undici's with a connection that checks every address
 * a name resolves to when it connects (loaded only then).
 */
let publicGet: Promise<Get> | undefined;
const getter = (publicOnly: boolean): Promise<Get> => {
  if (!publicOnly) return Promise.resolve(fetch);
  // one agent for the life of the thread: a server fetches for many requests, and each agent keeps
  // its own pool of connections
  publicGet ??= Promise.all([import('undici'), import('./address.js')]).then(([{ Agent, fetch: undiciFetch }, { publicLookup }]) => {
    const dispatcher = new Agent({ connect: { lookup: publicLookup } });
    return (url: string, init: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>;
  });
  return publicGet;
};

/** GET a page, following at most MAX_REDIRECTS redirects, within `timeoutMs` in all. */
export const fetchPage = async (start: string, limits: FetchLimits): Promise<Fetched> => {
  const get = await getter(limits.publicOnly === true);
  const checkHost = limits.publicOnly === true ? (await import('./address.js')).checkLiteralHost : () => {};
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const onAbort = (): void => controller.abort();
  limits.signal?.addEventListener('abort', onAbort);
  let url = start;
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      checkHost(new URL(url));
      try {
        response = await get(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,text/vtt;q=0.8,*/*;q=0.1' },
        });
      } catch (err) {
        if (controller.signal.aborted) throw new InputError(`${start}: timed out after ${limits.timeoutMs / 1000} s`, 'ETIMEDOUT');
        throw new InputError(`${start}: ${networkReason(err)}`, 'ENETWORK');
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        if (redirects >= MAX_REDIRECTS) throw new InputError(`${start}: more than ${MAX_REDIRECTS} redirects`, 'EREDIRECT');
        const next = new URL(location, url);
        // a redirect may not lead anywhere a URL on the command line could not: no data:, file: or ftp:
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new InputError(`${start}: redirected to a ${next.protocol} URL; only http and https are followed`, 'EREDIRECT');
        }
        url = next.toString();
        continue;
      }
      if (response.status >= 400) {
        throw new InputError(`${start}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, 'EHTTP');
      }
      const contentType = response.headers.get('content-type') ?? '';
      // a document served under a generic type (application/octet-stream) is told by its bytes
      const inputKind = KINDS.find(([re]) => re.test(contentType))?.[1] ?? (/^application\/octet-stream\b/i.test(contentType) ? 'text' : undefined);
      if (inputKind === undefined) {
        throw new InputError(`${start}: not an HTML page (${contentType.split(';')[0] || 'no content type'})`, 'ECONTENTTYPE');
      }
      try {
        const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
        return { bytes: await readBody(response, start, limits.maxBytes), charset, inputKind, url };
      } catch (err) {
        if (err instanceof InputError) throw err;
        if (controller.signal.aborted) throw new InputError(`${start}: timed out after ${limits.timeoutMs / 1000} s`, 'ETIMEDOUT');
        throw new InputError(`${start}: ${networkReason(err)}`, 'ENETWORK');
      }
    }
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onAbort);
  }
};
