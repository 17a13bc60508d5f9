// An API request (a JSON body, or a query string) → the Task that summarizes it, or an ApiError; and a
// task's failure → its HTTP status. Pure: no I/O, no framework.
import type { Task, TaskError } from '../batch/task.js';
import { LANGUAGE_CODES } from '../core/nlp/languages.js';
import { METHODS } from '../core/score/methods.js';
import type { Avoid, Length, Method, SummaryType } from '../core/types.js';
import { DEFAULTS } from '../defaults.js';
import type { InputFormat } from '../extract/extracted.js';
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

/** The languages a request may name. */
export const LANGUAGES: readonly string[] = ['auto', ...LANGUAGE_CODES];
const MAX_SENTENCES = 100;
const MAX_KEYWORDS = 50;

const bad = (message: string): ApiError => new ApiError(400, 'EINVALID', message);

/** A number from JSON, or from a query string's text. */
const numberOf = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN);

const sentencesOf = (value: unknown): number => {
  const n = numberOf(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_SENTENCES) throw bad(`"sentences" must be a whole number from 1 to ${MAX_SENTENCES}`);
  return n;
};

const ratioOf = (value: unknown): number => {
  const percent = typeof value === 'string' && value.trim().endsWith('%');
  const r = percent ? numberOf((value as string).trim().slice(0, -1)) / 100 : numberOf(value);
  if (!(r > 0 && r <= 1)) throw bad('"ratio" must be above 0 and at most 1 (0.2), or a percentage ("20%")');
  return r;
};

const keywordsOf = (value: unknown): number => {
  if (value === undefined || value === false || value === 'false') return 0;
  if (value === true || value === 'true' || value === '') return DEFAULTS.keywords;
  const n = numberOf(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_KEYWORDS) throw bad(`"keywords" must be true, false or a whole number from 0 to ${MAX_KEYWORDS}`);
  return n;
};

const stringField = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw bad(`"${key}" must be a string`);
  return value;
};

/** Uploads: a request body of one of these content types is a document, read from its bytes. */
export const UPLOAD_TYPES: Readonly<Record<string, InputFormat>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/epub+zip': 'epub',
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
};

const sourceOf = (body: Record<string, unknown>): { source: Source; format: InputFormat | undefined } => {
  if (body.document !== undefined) {
    // only the server puts it there, from an upload's body; JSON cannot carry bytes
    if (!(body.document instanceof Uint8Array) || typeof body.format !== 'string') {
      throw bad('send a document as the request body, with its content type (application/pdf, …), not as a JSON field');
    }
    const format = body.format as InputFormat;
    return { source: { kind: 'content', name: 'request', content: body.document, format }, format };
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
    return { source: { kind: 'url', url: url.href }, format: undefined };
  }
  const format: InputFormat = kind === 'html' ? 'html' : 'text';
  return {
    source: { kind: 'content', name: 'request', content: value, format, ...(title === undefined || title.trim() === '' ? {} : { title }) },
    format,
  };
};

/** The keys a request may have: anything else is a mistake worth telling. */
const KEYS = new Set(['text', 'html', 'url', 'title', 'sentences', 'ratio', 'words', 'chars', 'length', 'type', 'avoid', 'method', 'lang', 'keywords']);
/** Set by the server for an upload, never by a client. */
const UPLOAD_KEYS = new Set(['document', 'format']);
const TYPES: readonly SummaryType[] = ['key-points', 'tldr', 'headline', 'teaser'];
const AVOIDABLE: readonly Avoid[] = ['quotes', 'questions', 'exclamations'];
const PRESETS = ['short', 'medium', 'long'] as const;

const wholeOf = (value: unknown, key: string): number => {
  const n = numberOf(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw bad(`"${key}" must be a whole number of at least 1`);
  return n;
};

/** The one length a request gives, for its type. */
const lengthOf = (fields: Record<string, unknown>, type: SummaryType): Length | undefined => {
  const given = ['sentences', 'ratio', 'words', 'chars', 'length'].filter((k) => fields[k] !== undefined);
  if (given.length > 1) throw bad(`give one of ${given.map((k) => `"${k}"`).join(', ')}: each sets the length`);
  if (type === 'headline' && (given[0] === 'sentences' || given[0] === 'ratio' || given[0] === 'chars')) {
    throw bad('a headline is one sentence: its length is "length" or "words"');
  }
  switch (given[0]) {
    case 'sentences':
      return { kind: 'count', n: sentencesOf(fields.sentences) };
    case 'ratio':
      return { kind: 'ratio', r: ratioOf(fields.ratio) };
    case 'words':
      return { kind: 'words', n: wholeOf(fields.words, 'words') };
    case 'chars':
      return { kind: 'chars', n: wholeOf(fields.chars, 'chars') };
    case 'length': {
      const preset = stringField(fields, 'length') as (typeof PRESETS)[number];
      if (!PRESETS.includes(preset)) throw bad(`"length" must be one of ${PRESETS.join(', ')}`);
      const n = DEFAULTS.lengths[type][preset];
      return type === 'headline' ? { kind: 'words', n } : { kind: 'count', n };
    }
    default:
      return undefined;
  }
};

/** Turn a request's fields into a task. */
export const toTask = (body: unknown, limits: Limits): Task => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('the body must be a JSON object');
  const fields = body as Record<string, unknown>;
  const upload = fields.document instanceof Uint8Array;
  const unknown = Object.keys(fields).filter((k) => !KEYS.has(k) && !(upload && UPLOAD_KEYS.has(k)));
  if (unknown.length > 0) throw bad(`unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; expected ${[...KEYS].join(', ')}`);
  const { source, format } = sourceOf(fields);
  const type = (stringField(fields, 'type') ?? 'key-points') as SummaryType;
  if (!TYPES.includes(type)) throw bad(`"type" must be one of ${TYPES.join(', ')}`);
  const length = lengthOf(fields, type);
  const avoidRaw = fields.avoid === undefined ? [] : Array.isArray(fields.avoid) ? fields.avoid : String(fields.avoid).split(',');
  const avoid = avoidRaw.map((a) => String(a).trim()) as Avoid[];
  for (const a of avoid) if (!AVOIDABLE.includes(a)) throw bad(`"avoid" takes ${AVOIDABLE.join(', ')}`);
  const method = stringField(fields, 'method') ?? DEFAULTS.method;
  if (!(METHODS as readonly string[]).includes(method)) throw bad(`"method" must be one of ${METHODS.join(', ')}`);
  const lang = stringField(fields, 'lang') ?? 'auto';
  if (!LANGUAGES.includes(lang)) throw bad(`"lang" must be one of ${LANGUAGES.join(', ')}`);
  return {
    kind: 'summarize',
    source,
    settings: {
      load: {
        maxBytes: limits.maxBytes,
        encoding: 'auto',
        input: format ?? 'auto',
        timeoutMs: limits.timeoutMs,
        publicUrlsOnly: !limits.allowPrivateUrls,
      },
      summarize: { length, method: method as Method, keepRanked: false, keywords: keywordsOf(fields.keywords), lang, type, avoid },
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
