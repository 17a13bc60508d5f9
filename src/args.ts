// The command line: commander declares the flags; raw strings become typed RunOptions here, at the edge.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import type { Length } from './core/types.js';
import { UsageError } from './errors.js';
import { type Source, toSource } from './io/input.js';

export type OutputOptions = {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** --color / --no-color; undefined leaves the choice to the environment. */
  readonly color: boolean | undefined;
};

export type RunOptions = {
  /** Empty means standard input. */
  readonly sources: readonly Source[];
  /** Undefined means the core's default. */
  readonly length: Length | undefined;
  readonly output: OutputOptions;
};

export type Parsed = { readonly kind: 'run'; readonly options: RunOptions } | { readonly kind: 'done' };

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const EXAMPLES = `
Examples:
  summarize article.txt               the 3 sentences that best carry the article
  summarize -n 5 article.txt          five sentences
  summarize --ratio 20% article.txt   a fifth of the article's sentences
  cat article.txt | summarize         read standard input (so does 'summarize -')
  summarize --json article.txt        title, sentences, indices and scores as JSON
`;

const program = (write: (s: string) => void): Command =>
  new Command()
    .name('summarize')
    .usage('[options] [file|-]...')
    .description('Print the sentences that best carry an article, verbatim and in article order.')
    .argument('[files...]', "text files to summarize; '-' or none reads standard input")
    .option('-n, --sentences <n>', 'how many sentences to print (default: 3)')
    .option('--ratio <r>', 'summary length as a share of the article: 0.2 or 20%')
    .option('--json', 'print a JSON object: title, sentenceCount, sentences with index and score')
    .option('-q, --quiet', 'print no warnings')
    .option('--verbose', 'print stack traces for unexpected errors')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (so does NO_COLOR=1)')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: () => {}, outputError: () => {} });

/** `3` → 3; anything but a whole number from 1 up is a problem. */
const parseCount = (raw: string): number | string =>
  /^\d+$/.test(raw.trim()) && Number(raw) >= 1
    ? Number(raw)
    : `invalid value '${raw}' for -n/--sentences: expected a whole number of at least 1`;

/** `0.2`, `20%` → 0.2; must be more than 0 and at most 1. */
const parseRatio = (raw: string): number | string => {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(raw);
  const r = m === null ? NaN : Number(m[1]) / (m[2] === '%' ? 100 : 1);
  return r > 0 && r <= 1 ? r : `invalid value '${raw}' for --ratio: expected a fraction above 0 and at most 1 (0.2) or a percentage (20%)`;
};

type RawFlags = {
  sentences?: string;
  ratio?: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
};

/** Every problem with the flags at once, rather than one per run. */
const toLength = (flags: RawFlags): { length: Length | undefined; problems: string[] } => {
  const problems: string[] = [];
  const n = flags.sentences === undefined ? undefined : parseCount(flags.sentences);
  const r = flags.ratio === undefined ? undefined : parseRatio(flags.ratio);
  for (const v of [n, r]) if (typeof v === 'string') problems.push(v);
  if (n !== undefined && r !== undefined) problems.push('-n/--sentences and --ratio cannot be used together');
  if (problems.length > 0) return { length: undefined, problems };
  if (typeof n === 'number') return { length: { kind: 'count', n }, problems };
  if (typeof r === 'number') return { length: { kind: 'ratio', r }, problems };
  return { length: undefined, problems };
};

/** Parse argv (without node and script). Help and version are written through `write` and end the run. */
export const parseArgs = (argv: readonly string[], write: (s: string) => void): Parsed => {
  const cmd = program(write);
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return { kind: 'done' };
      throw new UsageError(err.message.replace(/^error: /, ''), err.code);
    }
    throw err;
  }
  const flags = cmd.opts<RawFlags>();
  const { length, problems } = toLength(flags);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return {
    kind: 'run',
    options: {
      sources: cmd.processedArgs[0] === undefined ? [] : (cmd.processedArgs[0] as string[]).map(toSource),
      length,
      output: {
        json: flags.json === true,
        quiet: flags.quiet === true,
        verbose: flags.verbose === true,
        color: flags.color,
      },
    },
  };
};
