// Raw flag strings → one typed command: every value parsed and every conflict found here, at the
// edge, and all problems reported at once.
import { METHODS } from '../core/score/methods.js';
import type { Length, Method } from '../core/types.js';
import { DEFAULTS } from '../defaults.js';
import { UsageError } from '../errors.js';
import type { IdfSource } from '../core/types.js';
import type { EvalLength } from '../eval/evaluate.js';
import type { FormatChoice } from '../extract/extract.js';
import type { ExplainScope } from '../format/explain.js';
import { ENCODINGS, type Encoding, canonicalEncoding } from '../read/decode.js';
import type { LoadOptions } from '../read/load.js';
import { type Source, dataSource } from '../read/source.js';
import { AVOIDABLE, COLOR_WHEN, IDF_SOURCES, INPUT_KINDS, LANGS, LENGTH_PRESETS, OUTPUT_FORMATS, SHELLS, SUMMARY_TYPES } from './spec.js';
import type { Avoid, SummaryType } from '../core/types.js';
import { Problem, closest, parseChoice, parseCount, parseRatio, parseSeconds, parseSize } from './values.js';

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type ColorWhen = (typeof COLOR_WHEN)[number];
export type Shell = (typeof SHELLS)[number];

export type OutputOptions = {
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly color: ColorWhen;
};

/** How inputs are read, as the loader takes it (the signal is the run's, added by the command). */
export type ReadOptions = Omit<LoadOptions, 'signal'>;

export type SummarizeCommand = {
  readonly kind: 'summarize';
  /** Files, folders, globs, URLs and '-' as typed; empty means standard input. */
  readonly inputs: readonly string[];
  /** --jsonl: the input holds JSON Lines records, each summarized on its own. */
  readonly jsonl: boolean;
  /** Undefined means the core's default. */
  readonly length: Length | undefined;
  readonly method: Method;
  readonly explain: ExplainScope | undefined;
  readonly idf: IdfSource;
  /** Worker threads; undefined lets the batch decide. */
  readonly jobs: number | undefined;
  readonly outDir: string | undefined;
  readonly read: ReadOptions;
  readonly format: OutputFormat;
  /** --highlight: the whole article with the chosen sentences marked. */
  readonly highlight: boolean;
  /** --keywords [K]: how many keywords to show; 0 for none. */
  readonly keywords: number;
  /** --lang: an ISO 639-1 code, or 'auto'. */
  readonly lang: string;
  readonly type: SummaryType;
  readonly avoid: readonly Avoid[];
  /** Reading speed, words a minute: for --time and the time saved. */
  readonly wpm: number;
  readonly output: OutputOptions;
};

export type EvalCommand = {
  readonly kind: 'eval';
  readonly data: Source;
  readonly length: EvalLength;
  readonly idf: IdfSource;
  readonly method: Method;
  readonly lang: string;
  /** --no-coherence gives false. */
  readonly coherent: boolean;
  readonly json: boolean;
  readonly read: ReadOptions;
  readonly output: OutputOptions;
};

export type CompletionCommand = { readonly kind: 'completion'; readonly shell: Shell };

export type ServeCommand = {
  readonly kind: 'serve';
  readonly host: string;
  readonly port: number;
  /** Largest request body, and largest page fetched for a request. */
  readonly maxBytes: number;
  /** How long one request may take, fetching included. */
  readonly timeoutMs: number;
  /** Origins allowed to call the API from a browser ('*' for any), besides the server's own. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute from one address; 0 for no limit. */
  readonly rateLimit: number;
  readonly allowPrivateUrls: boolean;
  readonly jobs: number | undefined;
  readonly output: OutputOptions;
};

export type Parsed = SummarizeCommand | EvalCommand | ServeCommand | CompletionCommand | { readonly kind: 'done' };

export type RawFlags = {
  sentences?: string;
  n?: string;
  ratio?: string;
  method?: string;
  explain?: string | boolean;
  format?: string;
  json?: boolean;
  highlight?: boolean;
  keywords?: string;
  idf?: string;
  input?: string;
  encoding?: string;
  timeout?: string;
  maxBytes?: string;
  jobs?: string;
  outDir?: string;
  jsonl?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color?: string | boolean;
  host?: string;
  port?: string;
  corsOrigin?: string;
  rateLimit?: string;
  allowPrivateUrls?: boolean;
  lang?: string;
  coherence?: boolean;
  type?: string;
  length?: string;
  words?: string;
  chars?: string;
  time?: string;
  wpm?: string;
  avoid?: string;
};

/** Collects every problem with the flags, so that they are reported at once. */
class Problems {
  readonly list: string[] = [];
  /** A parsed value, or undefined after recording the problem. */
  take<T>(value: T | Problem): T | undefined {
    if (value instanceof Problem) {
      this.list.push(value.message);
      return undefined;
    }
    return value;
  }
  add(message: string): void {
    this.list.push(message);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new UsageError(this.list.join('\n'));
  }
}

const toEncoding = (raw: string | undefined): Encoding | Problem => {
  if (raw === undefined) return DEFAULTS.encoding;
  const canonical = canonicalEncoding(raw);
  if (canonical !== undefined) return canonical;
  const guess = closest(raw, ENCODINGS);
  return new Problem(
    `invalid value '${raw}' for --encoding: expected ${ENCODINGS.join(', ')} or another WHATWG label${guess === undefined ? '' : ` (did you mean '${guess}'?)`}`,
  );
};

const toOutput = (flags: RawFlags, problems: Problems): OutputOptions => {
  const raw = flags.color;
  const color =
    raw === undefined ? DEFAULTS.color : raw === false ? 'never' : raw === true ? 'always' : problems.take(parseChoice(raw, '--color', COLOR_WHEN));
  return { quiet: flags.quiet === true, verbose: flags.verbose === true, color: color ?? DEFAULTS.color };
};

const toRead = (flags: RawFlags, problems: Problems): ReadOptions => ({
  maxBytes: flags.maxBytes === undefined ? DEFAULTS.maxBytes : (problems.take(parseSize(flags.maxBytes)) ?? DEFAULTS.maxBytes),
  encoding: problems.take(toEncoding(flags.encoding)) ?? DEFAULTS.encoding,
  input: flags.input === undefined ? DEFAULTS.input : (problems.take(parseChoice<FormatChoice>(flags.input, '--input', INPUT_KINDS)) ?? DEFAULTS.input),
  timeoutMs:
    flags.timeout === undefined
      ? DEFAULTS.timeoutSeconds * 1000
      : (problems.take(parseSeconds(flags.timeout, '--timeout')) ?? DEFAULTS.timeoutSeconds * 1000),
});

const toMethod = (raw: string | undefined, problems: Problems): Method =>
  raw === undefined ? DEFAULTS.method : (problems.take(parseChoice<Method>(raw, '--method', METHODS)) ?? DEFAULTS.method);

const toLang = (raw: string | undefined, problems: Problems): string =>
  raw === undefined ? 'auto' : (problems.take(parseChoice(raw.toLowerCase(), '--lang', LANGS)) ?? 'auto');

const toIdf = (raw: string | undefined, problems: Problems): IdfSource =>
  raw === undefined ? DEFAULTS.idf : (problems.take(parseChoice<IdfSource>(raw, '--idf', IDF_SOURCES)) ?? DEFAULTS.idf);

/** `30s`, `2m`, `1m30s`, `90` (seconds) → seconds. */
const parseDuration = (raw: string): number | Problem => {
  const m = /^\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s?)?\s*$/i.exec(raw);
  const seconds = m === null || (m[1] === undefined && m[2] === undefined) ? Number.NaN : Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return seconds > 0 && seconds <= 24 * 3600 ? seconds : new Problem(`invalid value '${raw}' for --time: expected a reading time such as 30s, 2m or 1m30s`);
};

const toAvoid = (raw: string | undefined, problems: Problems): Avoid[] => {
  if (raw === undefined) return [];
  const kinds = raw.split(',').map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
  return kinds.flatMap((k) => {
    const kind = problems.take(parseChoice<Avoid>(k, '--avoid', AVOIDABLE));
    return kind === undefined ? [] : [kind];
  });
};

const flagKey: Readonly<Record<string, keyof RawFlags>> = {
  '-n/--sentences': 'sentences',
  '--ratio': 'ratio',
  '--length': 'length',
  '--words': 'words',
  '--chars': 'chars',
  '--time': 'time',
};

/**
 * The summary's length from whichever one of -n, --ratio, --length, --words, --chars and --time was
 * given (at most one), for its type: a headline takes words only.
 */
const toLength = (flags: RawFlags, type: SummaryType, wpm: number, problems: Problems): Length | undefined => {
  const given = (
    [
      ['-n/--sentences', flags.sentences],
      ['--ratio', flags.ratio],
      ['--length', flags.length],
      ['--words', flags.words],
      ['--chars', flags.chars],
      ['--time', flags.time],
    ] as const
  ).filter(([, v]) => v !== undefined);
  if (given.length > 1) {
    problems.add(`${given.map(([f]) => f).join(' and ')} cannot be used together: each sets the length`);
    // every bad value is still reported, all at once
    for (const [flag, value] of given) toLength({ [flagKey[flag]!]: value }, type, wpm, problems);
    return undefined;
  }
  if (type === 'headline' && (flags.sentences !== undefined || flags.ratio !== undefined || flags.chars !== undefined)) {
    problems.add('a headline is one sentence: its length is --length or --words (at most so many words)');
    return undefined;
  }
  if (flags.sentences !== undefined) {
    const n = problems.take(parseCount(flags.sentences, '-n/--sentences'));
    return n === undefined ? undefined : { kind: 'count', n };
  }
  if (flags.ratio !== undefined) {
    const r = problems.take(parseRatio(flags.ratio));
    return r === undefined ? undefined : { kind: 'ratio', r };
  }
  if (flags.length !== undefined) {
    // sumy's spellings too: --length 5 (sentences), --length 20% (a share)
    if (/^\s*\d+\s*$/.test(flags.length) && type !== 'headline') return toLength({ sentences: flags.length }, type, wpm, problems);
    if (/%\s*$/.test(flags.length) && type !== 'headline') return toLength({ ratio: flags.length }, type, wpm, problems);
    if (/^\s*\d+\s*$/.test(flags.length)) return toLength({ words: flags.length }, type, wpm, problems);
    const preset = problems.take(parseChoice(flags.length, '--length', LENGTH_PRESETS));
    if (preset === undefined) return undefined;
    const n = DEFAULTS.lengths[type][preset];
    return type === 'headline' ? { kind: 'words', n } : { kind: 'count', n };
  }
  if (flags.words !== undefined) {
    const n = problems.take(parseCount(flags.words, '--words'));
    return n === undefined ? undefined : { kind: 'words', n };
  }
  if (flags.chars !== undefined) {
    const n = problems.take(parseCount(flags.chars, '--chars'));
    return n === undefined ? undefined : { kind: 'chars', n };
  }
  if (flags.time !== undefined) {
    const seconds = problems.take(parseDuration(flags.time));
    return seconds === undefined ? undefined : { kind: 'words', n: Math.max(1, Math.floor((seconds * wpm) / 60)) };
  }
  return undefined;
};

export const toSummarize = (inputs: readonly string[], flags: RawFlags): SummarizeCommand => {
  const problems = new Problems();
  const type = flags.type === undefined ? DEFAULTS.type : (problems.take(parseChoice<SummaryType>(flags.type, '--type', SUMMARY_TYPES)) ?? DEFAULTS.type);
  const wpm = flags.wpm === undefined ? DEFAULTS.wpm : (problems.take(parseCount(flags.wpm, '--wpm')) ?? DEFAULTS.wpm);
  const length = toLength(flags, type, wpm, problems);
  const explain =
    flags.explain === undefined
      ? undefined
      : problems.take<ExplainScope>(
          flags.explain === 'all' || flags.explain === 'picked'
            ? flags.explain
            : new Problem(`invalid value '${String(flags.explain)}' for --explain: expected 'all' or nothing`),
        );
  const format =
    flags.format === undefined
      ? flags.json === true || flags.jsonl === true
        ? 'json'
        : DEFAULTS.format
      : problems.take(parseChoice<OutputFormat>(flags.format, '--format', OUTPUT_FORMATS));
  if (flags.json === true && flags.format !== undefined && flags.format !== 'json') {
    problems.add(`--json and --format ${flags.format} cannot be used together`);
  }
  const highlight = flags.highlight === true;
  if (highlight && format === 'json') problems.add('--highlight shows text: it cannot be used with JSON output');
  if (highlight && explain !== undefined) problems.add('--highlight and --explain cannot be used together');
  const jsonl = flags.jsonl === true;
  if (jsonl) {
    if (inputs.length > 1) problems.add('--jsonl reads its records from one file (or standard input): name one at most');
    if (flags.outDir !== undefined) problems.add('--jsonl writes JSON Lines to standard output: it cannot be used with --out-dir');
    if (flags.format !== undefined && flags.format !== 'json') problems.add(`--jsonl writes JSON Lines: it cannot be used with --format ${flags.format}`);
    if (highlight) problems.add('--jsonl writes JSON Lines: it cannot be used with --highlight');
  }
  if (explain !== undefined && flags.outDir !== undefined) problems.add('--explain cannot be used with --out-dir');
  if (flags.outDir === '') problems.add('--out-dir needs a folder name');
  const command: SummarizeCommand = {
    kind: 'summarize',
    inputs,
    jsonl,
    length,
    method: toMethod(flags.method, problems),
    explain,
    idf: toIdf(flags.idf, problems),
    jobs: flags.jobs === undefined ? undefined : problems.take(parseCount(flags.jobs, '-j/--jobs')),
    outDir: flags.outDir,
    read: toRead(flags, problems),
    format: format ?? DEFAULTS.format,
    highlight,
    keywords: flags.keywords === undefined ? 0 : (problems.take(parseCount(flags.keywords, '--keywords')) ?? 0),
    lang: toLang(flags.lang, problems),
    type,
    avoid: toAvoid(flags.avoid, problems),
    wpm,
    output: toOutput(flags, problems),
  };
  problems.throwIfAny();
  return command;
};

export const toEval = (file: string, flags: RawFlags): EvalCommand => {
  const problems = new Problems();
  if (flags.sentences !== undefined && flags.n !== undefined) problems.add('-n and --n are the same flag: give one');
  const raw = flags.sentences ?? flags.n ?? String(DEFAULTS.sentences);
  const n = raw === 'ref' ? undefined : problems.take(parseCount(raw, "-n/--sentences (or 'ref')"));
  const format = flags.format === undefined ? undefined : problems.take(parseChoice(flags.format, '--format', ['text', 'json'] as const));
  if (flags.json === true && format === 'text') problems.add('--json and --format text cannot be used together');
  const command: EvalCommand = {
    kind: 'eval',
    data: dataSource(file),
    length: n === undefined ? { kind: 'reference' } : { kind: 'count', n },
    idf: toIdf(flags.idf, problems),
    method: toMethod(flags.method, problems),
    lang: toLang(flags.lang, problems),
    coherent: flags.coherence !== false,
    json: flags.json === true || format === 'json',
    read: toRead(flags, problems),
    output: toOutput(flags, problems),
  };
  problems.throwIfAny();
  return command;
};

export const toCompletion = (shell: string): CompletionCommand => {
  const problems = new Problems();
  const parsed = problems.take(parseChoice<Shell>(shell, 'completion', SHELLS));
  problems.throwIfAny();
  return { kind: 'completion', shell: parsed! };
};

/** An origin as browsers send it: scheme, host and port, no path. */
const parseOrigin = (raw: string): string | Problem => {
  if (raw === '*') return raw;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === raw.replace(/\/$/, '')) return url.origin;
  } catch {}
  return new Problem(`invalid value '${raw}' for --cors-origin: expected origins such as https://news.example, comma-separated, or '*'`);
};

export const toServe = (flags: RawFlags): ServeCommand => {
  const problems = new Problems();
  const port = flags.port === undefined ? DEFAULTS.serve.port : /^\s*\d+\s*$/.test(flags.port) && Number(flags.port) <= 65535 ? Number(flags.port) : undefined;
  if (port === undefined) problems.add(`invalid value '${flags.port}' for --port: expected a port number from 0 to 65535`);
  const host = flags.host ?? DEFAULTS.serve.host;
  if (host.trim() === '') problems.add('--host needs an address, such as 127.0.0.1 or 0.0.0.0');
  const rate = flags.rateLimit === undefined ? DEFAULTS.serve.rateLimit : /^\s*\d+\s*$/.test(flags.rateLimit) ? Number(flags.rateLimit) : undefined;
  if (rate === undefined) problems.add(`invalid value '${flags.rateLimit}' for --rate-limit: expected requests per minute (0 for no limit)`);
  const origins = (flags.corsOrigin ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  const command: ServeCommand = {
    kind: 'serve',
    host,
    port: port ?? DEFAULTS.serve.port,
    maxBytes: flags.maxBytes === undefined ? DEFAULTS.serve.maxBytes : (problems.take(parseSize(flags.maxBytes)) ?? DEFAULTS.serve.maxBytes),
    timeoutMs:
      flags.timeout === undefined
        ? DEFAULTS.serve.timeoutSeconds * 1000
        : (problems.take(parseSeconds(flags.timeout, '--timeout')) ?? DEFAULTS.serve.timeoutSeconds * 1000),
    corsOrigins: origins.flatMap((o) => {
      const parsed = problems.take(parseOrigin(o));
      return parsed === undefined ? [] : [parsed];
    }),
    rateLimit: rate ?? DEFAULTS.serve.rateLimit,
    allowPrivateUrls: flags.allowPrivateUrls === true,
    jobs: flags.jobs === undefined ? undefined : problems.take(parseCount(flags.jobs, '-j/--jobs')),
    output: { quiet: flags.quiet === true, verbose: flags.verbose === true, color: 'never' },
  };
  problems.throwIfAny();
  return command;
};
