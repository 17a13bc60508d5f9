// The command line: commander declares the flags; raw strings become typed commands here, at the edge.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { METHODS, isMethod } from './core/methods.js';
import type { Length, Method } from './core/types.js';
import { UsageError } from './errors.js';
import type { EvalLength, IdfSource } from './eval/evaluate.js';
import type { ExplainScope } from './format/explain.js';
import type { FormatChoice } from './extract/extract.js';

export type OutputFormat = 'text' | 'markdown' | 'json';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];
const INPUT_KINDS: readonly FormatChoice[] = ['auto', 'text', 'html', 'markdown'];
/** Keywords shown by a bare --keywords. */
const DEFAULT_KEYWORDS = 10;
import { DEFAULT_MAX_BYTES, ENCODINGS, type Encoding, type Source, toSource } from './io/input.js';

export type OutputOptions = {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** --color / --no-color; undefined leaves the choice to the environment. */
  readonly color: boolean | undefined;
};

export type SummarizeCommand = {
  readonly kind: 'summarize';
  /** Empty means standard input. */
  readonly sources: readonly Source[];
  /** Undefined means the core's default. */
  readonly length: Length | undefined;
  readonly method: Method;
  readonly explain: ExplainScope | undefined;
  /** Worker threads; undefined means one per core. */
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

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const EXAMPLES = `
Examples:
  summarize article.txt               the 3 sentences that best carry the article
  summarize -n 5 article.txt          five sentences
  summarize --ratio 20% article.txt   a fifth of the article's sentences
  cat article.txt | summarize         read standard input (so does 'summarize -')
  summarize --json article.txt        title, sentences, indices and scores as JSON
  summarize --explain all a.txt       why each sentence scored as it did
  summarize articles/                 every .txt/.md file below articles/, in sorted order
  summarize 'news/**/*.txt' --json    a glob, as JSON Lines (one object per file)
  summarize articles/ --out-dir out   one summary file per article, mirroring the tree
  summarize --jsonl in.jsonl          {"id","text"} lines in, one result line out per line
  summarize https://example.com/news  a web page: its article, without menus, ads or comments
  summarize --format markdown a.md    a heading and bullets, ready to paste
  summarize --highlight --keywords a.txt   the article with its summary in bold, and its key terms
  summarize eval data.jsonl           ROUGE against reference summaries, next to baselines
`;

const EVAL_EXAMPLES = `
Each line of DATA is a JSON object with "article" and "reference" (reference sentences separated
by \\n), and optionally "title" and "id".

Examples:
  summarize eval data.jsonl           summaries of 3 sentences
  summarize eval --n ref data.jsonl   as many sentences as each reference has
  summarize eval --json data.jsonl    the table as JSON
`;

const methodOption = (): Option =>
  new Option('--method <name>', `ranking method: ${METHODS.join(', ')} (default: tfidf)`);

const addCommonOptions = (cmd: Command): Command =>
  cmd
    .option('-q, --quiet', 'print no warnings or progress')
    .option('--verbose', 'print stack traces for unexpected errors')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (so does NO_COLOR=1)');

type RawFlags = {
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

const toSummarize = (files: readonly string[], flags: RawFlags): SummarizeCommand => {
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
    sources: files.map(toSource),
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

const toEval = (file: string, flags: RawFlags): EvalCommand => {
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

const program = (write: (s: string) => void, done: (p: Parsed) => void): Command => {
  const output = { writeOut: write, writeErr: () => {}, outputError: () => {} };
  const root = addCommonOptions(
    new Command()
      .name('summarize')
      .usage('[options] [file|folder|glob|url|-]...\n       summarize eval [options] <data.jsonl>')
      .description('Print the sentences that best carry an article, verbatim and in article order.')
      .argument('[inputs...]', "files, folders, globs or URLs to summarize; '-' or none reads standard input")
      .option('-n, --sentences <n>', 'how many sentences to print (default: 3)')
      .option('--ratio <r>', 'summary length as a share of the article: 0.2 or 20%')
      .addOption(methodOption())
      .option('--explain [all]', "show each feature's share of the score, for the chosen sentences or all")
      .option('--format <form>', 'text (default), markdown (title heading, bullets) or json')
      .option('--json', 'the same as --format json: title, sentenceCount, sentences with index and score (one line per file)')
      .option('--highlight', 'print the whole article with the chosen sentences emphasised')
      .option('--keywords [k]', `also list the article's top k key terms and phrases (default: ${DEFAULT_KEYWORDS})`)
      .option('--timeout <seconds>', 'how long fetching a URL may take (default: 15)')
      .option('--input <kind>', `what the inputs are: ${INPUT_KINDS.join(', ')} (default: auto, by file name or content)`)
      .option('-j, --jobs <n>', 'worker threads for many files (default: one per core)')
      .option('--out-dir <dir>', 'write one summary file per input under <dir>, mirroring the input tree')
      .option('--jsonl [file]', 'read JSON Lines {"id","text","title"?} (default: standard input); write one result line each')
      .option('--max-bytes <size>', 'refuse inputs larger than this, e.g. 512k or 64M (default: 16M)')
      .option('--encoding <name>', `input encoding: ${ENCODINGS.join(', ')} (default: auto: UTF-16 by BOM, else UTF-8, else Windows-1252 with a warning)`),
  )
    // the root's flags stop at 'eval', so `summarize eval data.jsonl --json` means eval's --json
    .enablePositionalOptions()
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput(output)
    .action((files: string[], flags: RawFlags) => done(toSummarize(files, flags)));

  addCommonOptions(
    root
      .command('eval')
      .usage('[options] <data.jsonl>')
      .description('Score summaries against reference summaries with ROUGE, next to Lead, TextRank and LexRank.')
      .argument('<data>', "JSON Lines file ('-' for standard input)")
      .option('--n <n>', "sentences per summary, or 'ref' for each reference's own length (default: 3)")
      .option('--idf <source>', "IDF from each 'article' (as for one file), or the whole 'corpus' (as in a batch)")
      .addOption(methodOption())
      .option('--json', 'print the scores as JSON'),
  )
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EVAL_EXAMPLES)
    .exitOverride()
    .configureOutput(output)
    .action((file: string, flags: RawFlags) => done(toEval(file, flags)));
  return root;
};

/**
 * `--explain` and `--keywords` take optional values, and commander would read `--explain article.txt`
 * as the value article.txt. Only `all` may follow --explain, and only a number --keywords, so anything
 * else is left for the file list.
 */
const bindOptionalValues = (argv: readonly string[]): string[] =>
  argv.map((arg, i) => {
    const next = argv[i + 1] ?? '';
    if (arg === '--explain' && next !== 'all') return '--explain=picked';
    if (arg === '--keywords' && !/^\d+$/.test(next)) return `--keywords=${DEFAULT_KEYWORDS}`;
    return arg;
  });

/** Parse argv (without node and script). Help and version are written through `write` and end the run. */
export const parseArgs = (argv: readonly string[], write: (s: string) => void): Parsed => {
  let parsed: Parsed = { kind: 'done' };
  try {
    program(write, (p) => {
      parsed = p;
    }).parse(bindOptionalValues(argv), { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return { kind: 'done' };
      throw new UsageError(err.message.replace(/^error: /, ''), err.code);
    }
    throw err;
  }
  return parsed;
};
