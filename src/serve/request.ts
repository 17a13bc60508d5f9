// An API request (a JSON body, or a query string) → the Task that summarizes it, or an ApiError; and a
// task's failure → its HTTP status. Pure: no I/O, no framework.
import { type RawSummary, SUMMARY_OPTIONS, parseSummary } from '../args/summary.js';
import { Problems } from '../args/values.js';
import type { Task, TaskError } from '../batch/task.js';
import type { SummarySettings } from '../core/types.js';
import { DEFAULTS } from '../defaults.js';
import type { InputKind } from '../extract/extracted.js';
import type { Source } from '../read/source.js';

/** A failure with its HTTP status, sent as `{"error": {"code", "message"}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the server lets every request do. */
export type Limits = { readonly maxBytes: number; readonly timeoutMs: number; readonly allowPrivateUrls: boolean };

const bad = (message: string): ApiError => new ApiError(400, 'EINVALID', message);

const stringField = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw bad(`"${key}" must be a string`);
  return value;
};

/** Uploads: a request body of one of these content types is a document, read from its bytes. */
export const UPLOAD_TYPES: Readonly<Record<string, InputKind>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/epub+zip': 'epub',
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
};

const sourceOf = (body: Record<string, unknown>): { source: Source; inputKind: InputKind | undefined } => {
  if (body.document !== undefined) {
    // only the server puts it there, from an upload's body; JSON cannot carry bytes
    if (!(body.document instanceof Uint8Array) || typeof body.inputKind !== 'string') {
      throw bad('send a document as the request body, with its content type (application/pdf, …), not as a JSON field');
    }
    const inputKind = body.inputKind as InputKind;
    return { source: { kind: 'content', name: 'request', content: body.document, inputKind }, inputKind };
  }
  const given = (['text', 'html', 'url'] as const).filter((k) => body[k] !== undefined && body[k] !== null);
  if (given.length !== 1) throw bad(given.length === 0 ? 'give the article as "text", "html" or "url"' : `give one of "text", "html" and "url", not ${given.map((k) => `"${k}"`).join(' and ')}`);
  const kind = given[0]!;
  const value = stringField(body, kind)!;
  const title = stringField(body, 'title');
  if (kind === 'url') {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw bad('"url" must be an absolute http or https URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad('"url" must be an absolute http or https URL');
    if (title !== undefined) throw bad('"title" goes with "text" or "html"; a page has its own');
    return { source: { kind: 'url', url: url.href }, inputKind: undefined };
  }
  const inputKind: InputKind = kind === 'html' ? 'html' : 'text';
  return {
    source: { kind: 'content', name: 'request', content: value, inputKind, ...(title === undefined || title.trim() === '' ? {} : { title }) },
    inputKind,
  };
};

/** The summary options a request may give: those with a field in the API (not the reading speed: the server's stats use the default). */
const SUMMARY_FIELDS = SUMMARY_OPTIONS.flatMap((o) => ('api' in o ? [o.key] : []));
/** The keys a request may have: anything else is a mistake worth telling. */
const KEYS = new Set(['text', 'html', 'url', 'title', ...SUMMARY_FIELDS]);
/** Set by the server for an upload, never by a client. */
const UPLOAD_KEYS = new Set(['document', 'inputKind']);

/** A field's value as text, as the command line would have it: JSON numbers, lists and true/false too. */
const fieldText = (value: unknown, key: string): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(',');
  throw bad(`"${key}" must be ${key === 'avoid' ? 'a string or a list of strings' : 'a string or a number'}`);
};

/** The summary options of a request, parsed as the command line's are, within the server's limits. */
const summaryOf = (fields: Record<string, unknown>): SummarySettings => {
  const raw: RawSummary = Object.fromEntries(SUMMARY_FIELDS.map((k) => [k, fieldText(fields[k], k)]));
  const problems = new Problems();
  const { summary } = parseSummary(raw, (key) => `"${key}"`, problems);
  if (problems.list.length > 0) throw bad(problems.list.join('; '));
  const { length, keywords } = summary;
  const { maxSentences, maxKeywords } = DEFAULTS.serve;
  if (length?.kind === 'count' && length.n > maxSentences) throw bad(`"sentences" must be at most ${maxSentences}`);
  if (keywords !== undefined && keywords > maxKeywords) throw bad(`"keywords" must be at most ${maxKeywords}`);
  return summary;
};

/** Turn a request's fields into a task. */
export const toTask = (body: unknown, limits: Limits): Task => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('the body must be a JSON object');
  const fields = body as Record<string, unknown>;
  const upload = fields.document instanceof Uint8Array;
  const unknown = Object.keys(fields).filter((k) => !KEYS.has(k) && !(upload && UPLOAD_KEYS.has(k)));
  if (unknown.length > 0) throw bad(`unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; expected ${[...KEYS].join(', ')}`);
  const { source, inputKind } = sourceOf(fields);
  return {
    kind: 'summarize',
    source,
    settings: {
      load: {
        maxBytes: limits.maxBytes,
        encoding: DEFAULTS.encoding,
        input: inputKind ?? DEFAULTS.input,
        timeoutMs: limits.timeoutMs,
        publicUrlsOnly: !limits.allowPrivateUrls,
      },
      summary: summaryOf(fields),
      keepRanked: false,
    },
  };
};

/** The HTTP status of a task that failed: what about the request (or the page it named) went wrong. */
export const statusOf = (error: TaskError): number => {
  switch (error.code) {
    case 'EFBIG':
    case 'ENOMEM':
      return 413;
    case 'ETIMEDOUT':
      return 504;
    case 'EPRIVATE':
      return 403;
    case 'ENETWORK':
    case 'EHTTP':
    case 'ECONTENTTYPE':
    case 'EREDIRECT':
      return 502;
    default:
      // the article itself cannot be summarized: no article on the page, binary content, …
      return 422;
  }
};
