// Raw flag strings → typed commands: every value parsed and every conflict found here, at the edge,
// and all problems reported at once.
import { METHODS, isMethod } from '../core/score/methods.js';
import type { Length, Method } from '../core/types.js';
import { UsageError } from '../errors.js';
import type { EvalLength, IdfSource } from '../eval/evaluate.js';
import type { FormatChoice } from '../extract/extract.js';
import type { ExplainScope } from '../format/explain.js';
import { DEFAULT_MAX_BYTES, ENCODINGS, type Encoding, type Source, toSource } from '../read/files.js';

export type OutputFormat = 'text' | 'markdown' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];
export const INPUT_KINDS: readonly FormatChoice[] = ['auto', 'text', 'html', 'markdown'];
/** Keywords shown by a bare --keywords. */
export const DEFAULT_KEYWORDS = 10;

export type OutputOptions = {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** --color / --no-color; undefined leaves the choice to the environment. */
  readonly color: boolean | undefined;
};

export type SummarizeCommand = {
  readonly kind: 'summarize';
  /** Files, folders, globs, URLs and '-' as typed; empty means standard input. */
  readonly inputs: readonly string[];
  /** Undefined means the core's default. */
  readonly length: Length | undefined;
  readonly method: Method;
  readonly explain: ExplainScope | undefined;
  /** Worker threads; undefined lets the batch decide (one per core for a large batch, else none). */
  readonly jobs: number | undefined;
  readonly outDir: string | undefined;
  readonly maxBytes: number;
  readonly encoding: Encoding;
  /** --input: what kind of text the inputs are. */
  readonly input: FormatChoice;
  /** --format (text, markdown or json; --json is json). */
  readonly format: OutputFormat;
  /** --highlight: the whole article with the chosen sentences marked. */
  readonly highlight: boolean;
  /** --keywords [K]: how many keywords to show; undefined for none. */
  readonly keywords: number | undefined;
  /** --timeout: how long a URL may take, in milliseconds. */
  readonly timeoutMs: number;
  /** --jsonl: read JSON Lines records from this source instead of articles. */
  readonly jsonl: Source | undefined;
  readonly output: OutputOptions;
};

export type EvalCommand = {
  readonly kind: 'eval';
  readonly data: Source;
  readonly length: EvalLength;
  readonly idf: IdfSource;
  readonly method: Method;
  readonly output: OutputOptions;
};

export type Parsed = SummarizeCommand | EvalCommand | { readonly kind: 'done' };

export type RawFlags = {
  jobs?: string;
  outDir?: string;
  maxBytes?: string;
  encoding?: string;
  input?: string;
  format?: string;
  highlight?: boolean;
  keywords?: string;
  timeout?: string;
  jsonl?: string | boolean;
  sentences?: string;
  ratio?: string;
  method?: string;
  explain?: string | boolean;
  n?: string;
  idf?: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
};

/** What is wrong with one flag's value. */
class Problem {
  constructor(readonly message: string) {}
}

/** `3` → 3; anything but a whole number from 1 up is a problem. */
const parseCount = (raw: string, flag: string): number | Problem =>
  /^\d+$/.test(raw.trim()) && Number(raw) >= 1
    ? Number(raw)
    : new Problem(`invalid value '${raw}' for ${flag}: expected a whole number of at least 1`);

/** `0.2`, `20%` → 0.2; must be more than 0 and at most 1. */
const parseRatio = (raw: string): number | Problem => {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(raw);
  const r = m === null ? Number.NaN : Number(m[1]) / (m[2] === '%' ? 100 : 1);
  return r > 0 && r <= 1
    ? r
    : new Problem(`invalid value '${raw}' for --ratio: expected a fraction above 0 and at most 1 (0.2) or a percentage (20%)`);
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
  throwIfAny(): void {
    if (this.list.length > 0) throw new UsageError(this.list.join('\n'));
  }
}

/** `65536`, `64k`, `64M`, `1G` → bytes. */
const parseSize = (raw: string): number | Problem => {
  const m = /^\s*(\d+)\s*([kmg]i?b?|b)?\s*$/i.exec(raw);
  const unit = (m?.[2] ?? '').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = m === null ? Number.NaN : Number(m[1]) * scale;
  return n >= 1 ? n : new Problem(`invalid value '${raw}' for --max-bytes: expected a size such as 1000000, 512k or 64M`);
};

const toMethod = (raw: string | undefined): Method | Problem =>
  raw === undefined
    ? 'tfidf'
    : isMethod(raw)
      ? raw
      : new Problem(`invalid value '${raw}' for --method: expected one of ${METHODS.join(', ')}`);

const toOutput = (flags: RawFlags): OutputOptions => ({
  json: flags.json === true,
  quiet: flags.quiet === true,
  verbose: flags.verbose === true,
  color: flags.color,
});

export const toSummarize = (files: readonly string[], flags: RawFlags): SummarizeCommand => {
  const problems = new Problems();
  const n = flags.sentences === undefined ? undefined : problems.take(parseCount(flags.sentences, '-n/--sentences'));
  const r = flags.ratio === undefined ? undefined : problems.take(parseRatio(flags.ratio));
  if (flags.sentences !== undefined && flags.ratio !== undefined) {
    problems.list.push('-n/--sentences and --ratio cannot be used together');
  }
  const method = problems.take(toMethod(flags.method));
  const explain =
    flags.explain === undefined
      ? undefined
      : problems.take<ExplainScope>(
          flags.explain === 'all' || flags.explain === 'picked'
            ? flags.explain
            : new Problem(`invalid value '${String(flags.explain)}' for --explain: expected 'all' or nothing`),
        );
  const jobs = flags.jobs === undefined ? undefined : problems.take(parseCount(flags.jobs, '-j/--jobs'));
  const maxBytes = flags.maxBytes === undefined ? DEFAULT_MAX_BYTES : problems.take(parseSize(flags.maxBytes));
  const encoding = problems.take<Encoding>(
    flags.encoding === undefined
      ? 'auto'
      : (ENCODINGS as readonly string[]).includes(flags.encoding.toLowerCase())
        ? (flags.encoding.toLowerCase() as Encoding)
        : new Problem(`invalid value '${flags.encoding}' for --encoding: expected one of ${ENCODINGS.join(', ')}`),
  );
  const input = problems.take<FormatChoice>(
    flags.input === undefined || (INPUT_KINDS as readonly string[]).includes(flags.input)
      ? ((flags.input ?? 'auto') as FormatChoice)
      : new Problem(`invalid value '${flags.input}' for --input: expected one of ${INPUT_KINDS.join(', ')}`),
  );
  const format = problems.take<OutputFormat>(
    flags.format === undefined
      ? flags.json === true
        ? 'json'
        : 'text'
      : (OUTPUT_FORMATS as readonly string[]).includes(flags.format)
        ? (flags.format as OutputFormat)
        : new Problem(`invalid value '${flags.format}' for --format: expected one of ${OUTPUT_FORMATS.join(', ')}`),
  );
  if (flags.json === true && flags.format !== undefined && flags.format !== 'json') {
    problems.list.push(`--json and --format ${flags.format} cannot be used together`);
  }
  const keywords =
    flags.keywords === undefined ? undefined : problems.take(parseCount(flags.keywords, '--keywords'));
  if (flags.highlight === true && format === 'json') problems.list.push('--highlight shows text: it cannot be used with JSON output');
  if (flags.highlight === true && explain !== undefined) problems.list.push('--highlight and --explain cannot be used together');
  const timeout = flags.timeout === undefined ? 15 : Number(flags.timeout);
  if (!(timeout > 0 && timeout <= 3600)) {
    problems.list.push(`invalid value '${flags.timeout}' for --timeout: expected seconds, more than 0 and at most 3600`);
  }
  const jsonl = flags.jsonl === undefined || flags.jsonl === false ? undefined : toSource(flags.jsonl === true ? '-' : flags.jsonl);
  if (jsonl !== undefined && files.length > 0) problems.list.push('--jsonl reads its records from one source: name no other files');
  if (jsonl !== undefined && flags.outDir !== undefined) problems.list.push('--jsonl writes to standard output: it cannot be used with --out-dir');
  if (explain !== undefined && flags.outDir !== undefined) problems.list.push('--explain cannot be used with --out-dir');
  if (flags.outDir === '') problems.list.push('--out-dir needs a folder name');
  problems.throwIfAny();
  return {
    kind: 'summarize',
    inputs: files,
    length: n !== undefined ? { kind: 'count', n } : r !== undefined ? { kind: 'ratio', r } : undefined,
    method: method ?? 'tfidf',
    explain,
    jobs,
    outDir: flags.outDir,
    maxBytes: maxBytes ?? DEFAULT_MAX_BYTES,
    encoding: encoding ?? 'auto',
    input: input ?? 'auto',
    format: format ?? 'text',
    highlight: flags.highlight === true,
    keywords,
    timeoutMs: timeout * 1000,
    jsonl,
    output: { ...toOutput(flags), json: format === 'json' },
  };
};

export const toEval = (file: string, flags: RawFlags): EvalCommand => {
  const problems = new Problems();
  const raw = flags.n ?? '3';
  const n = raw === 'ref' ? undefined : problems.take(parseCount(raw, "--n (or 'ref')"));
  const method = problems.take(toMethod(flags.method));
  const idf = problems.take<IdfSource>(
    flags.idf === undefined || flags.idf === 'article' || flags.idf === 'corpus'
      ? (flags.idf ?? 'article')
      : new Problem(`invalid value '${flags.idf}' for --idf: expected article or corpus`),
  );
  problems.throwIfAny();
  return {
    kind: 'eval',
    data: toSource(file),
    length: n === undefined ? { kind: 'reference' } : { kind: 'count', n },
    idf: idf ?? 'article',
    method: method ?? 'tfidf',
    output: toOutput(flags),
  };
};
