// Raw flag strings → one typed command: every value parsed and every conflict found here, at the
// edge, and all problems reported at once.
import { METHODS } from '../core/score/methods.js';
import type { Method, SummarySettings } from '../core/types.js';
import { DEFAULTS } from '../defaults.js';
import { UsageError } from '../errors.js';
import type { IdfSource } from '../core/types.js';
import type { EvalLength } from '../eval/evaluate.js';
import type { InputChoice } from '../extract/extract.js';
import type { ExplainScope } from '../format/explain.js';
import { ENCODINGS, type Encoding, canonicalEncoding } from '../read/decode.js';
import type { LoadOptions } from '../read/load.js';
import { type Source, dataSource } from '../read/source.js';
import { COLOR_WHEN, IDF_SOURCES, INPUT_KINDS, OUTPUT_FORMS, SHELLS } from './spec.js';
import { LANG_CHOICES, type Names, type RawSummary, parseSummary } from './summary.js';
import { Problem, Problems, closest, parseChoice, parseCount, parseSeconds, parseSize } from './values.js';

export type OutputForm = (typeof OUTPUT_FORMS)[number];
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
  /** What the summary is: type, length, method, avoid, language, keywords; as the core takes it. */
  readonly summary: SummarySettings;
  readonly explain: ExplainScope | undefined;
  readonly idfSource: IdfSource;
  /** Worker threads; undefined lets the batch decide. */
  readonly jobs: number | undefined;
  readonly outDir: string | undefined;
  readonly read: ReadOptions;
  /** --format: text, markdown or json. */
  readonly form: OutputForm;
  /** --highlight: the whole article with the chosen sentences marked. */
  readonly highlight: boolean;
  /** Reading speed, words a minute: for --time and the time saved. */
  readonly wpm: number;
  readonly output: OutputOptions;
};

export type EvalCommand = {
  readonly kind: 'eval';
  readonly data: Source;
  readonly length: EvalLength;
  readonly idfSource: IdfSource;
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

/** What commander gives: the summary options (parsed in summary.ts), and the rest. */
export type RawFlags = RawSummary & {
  n?: string;
  explain?: string | boolean;
  format?: string;
  json?: boolean;
  highlight?: boolean;
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
  coherence?: boolean;
};

/** Stop with a usage error that tells every problem at once, if there is any. */
const throwIfAny = (problems: Problems): void => {
  if (problems.list.length > 0) throw new UsageError(problems.list.join('\n'));
};

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
    raw === undefined ? DEFAULTS.color : raw === false ? 'never' : raw === true ? DEFAULTS.colorBare : problems.take(parseChoice(raw, '--color', COLOR_WHEN));
  return { quiet: flags.quiet === true, verbose: flags.verbose === true, color: color ?? DEFAULTS.color };
};

const toRead = (flags: RawFlags, problems: Problems): ReadOptions => ({
  maxBytes: flags.maxBytes === undefined ? DEFAULTS.maxBytes : (problems.take(parseSize(flags.maxBytes)) ?? DEFAULTS.maxBytes),
  encoding: problems.take(toEncoding(flags.encoding)) ?? DEFAULTS.encoding,
  input: flags.input === undefined ? DEFAULTS.input : (problems.take(parseChoice<InputChoice>(flags.input, '--input', INPUT_KINDS)) ?? DEFAULTS.input),
  timeoutMs:
    flags.timeout === undefined
      ? DEFAULTS.timeoutSeconds * 1000
      : (problems.take(parseSeconds(flags.timeout, '--timeout')) ?? DEFAULTS.timeoutSeconds * 1000),
});

const toMethod = (raw: string | undefined, problems: Problems): Method =>
  raw === undefined ? DEFAULTS.method : (problems.take(parseChoice<Method>(raw, '--method', METHODS)) ?? DEFAULTS.method);

const toLang = (raw: string | undefined, problems: Problems): string =>
  raw === undefined ? DEFAULTS.lang : (problems.take(parseChoice(raw.toLowerCase(), '--lang', LANG_CHOICES)) ?? DEFAULTS.lang);

const toIdfSource = (raw: string | undefined, problems: Problems): IdfSource =>
  raw === undefined ? DEFAULTS.idfSource : (problems.take(parseChoice<IdfSource>(raw, '--idf', IDF_SOURCES)) ?? DEFAULTS.idfSource);

/** A summary option as the command line names it: `--ratio`, `--max-words`, `-n/--sentences`. */
const flagName: Names = (key) => (key === 'sentences' ? '-n/--sentences' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);

export const toSummarize = (inputs: readonly string[], flags: RawFlags): SummarizeCommand => {
  const problems = new Problems();
  const { summary, wpm } = parseSummary(flags, flagName, problems);
  const explain =
    flags.explain === undefined
      ? undefined
      : problems.take<ExplainScope>(
          flags.explain === 'all' || flags.explain === 'picked'
            ? flags.explain
            : new Problem(`invalid value '${String(flags.explain)}' for --explain: expected 'all' or nothing`),
        );
  const form =
    flags.format === undefined
      ? flags.json === true || flags.jsonl === true
        ? 'json'
        : DEFAULTS.form
      : problems.take(parseChoice<OutputForm>(flags.format, '--format', OUTPUT_FORMS));
  if (flags.json === true && flags.format !== undefined && flags.format !== 'json') {
    problems.add(`--json and --format ${flags.format} cannot be used together`);
  }
  const highlight = flags.highlight === true;
  if (highlight && form === 'json') problems.add('--highlight shows text: it cannot be used with JSON output');
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
    summary,
    explain,
    idfSource: toIdfSource(flags.idf, problems),
    jobs: flags.jobs === undefined ? undefined : problems.take(parseCount(flags.jobs, '-j/--jobs')),
    outDir: flags.outDir,
    read: toRead(flags, problems),
    form: form ?? DEFAULTS.form,
    highlight,
    wpm,
    output: toOutput(flags, problems),
  };
  throwIfAny(problems);
  return command;
};

export const toEval = (file: string, flags: RawFlags): EvalCommand => {
  const problems = new Problems();
  if (flags.sentences !== undefined && flags.n !== undefined) problems.add('-n and --n are the same flag: give one');
  const raw = flags.sentences ?? flags.n ?? String(DEFAULTS.sentences);
  const n = raw === 'ref' ? undefined : problems.take(parseCount(raw, "-n/--sentences (or 'ref')"));
  const form = flags.format === undefined ? undefined : problems.take(parseChoice(flags.format, '--format', ['text', 'json'] as const));
  if (flags.json === true && form === 'text') problems.add('--json and --format text cannot be used together');
  const command: EvalCommand = {
    kind: 'eval',
    data: dataSource(file),
    length: n === undefined ? { kind: 'reference' } : { kind: 'count', n },
    idfSource: toIdfSource(flags.idf, problems),
    method: toMethod(flags.method, problems),
    lang: toLang(flags.lang, problems),
    coherent: flags.coherence !== false,
    json: flags.json === true || form === 'json',
    read: toRead(flags, problems),
    output: toOutput(flags, problems),
  };
  throwIfAny(problems);
  return command;
};

export const toCompletion = (shell: string): CompletionCommand => {
  const problems = new Problems();
  const parsed = problems.take(parseChoice<Shell>(shell, 'completion', SHELLS));
  throwIfAny(problems);
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
  throwIfAny(problems);
  return command;
};
