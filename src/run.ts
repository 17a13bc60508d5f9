// run(argv, io): parse → read → summarize → format → write. The only place that maps errors to exit codes.
import type { Readable, Writable } from 'node:stream';
import { type OutputOptions, type RunOptions, parseArgs } from './args.js';
import type { Length, Summary } from './core/types.js';
import { EXIT, type ExitCode, InputError, UsageError } from './errors.js';
import { formatJson } from './format/json.js';
import { fileHeader, formatBlock, formatPlain } from './format/text.js';
import { type Source, readSource, sourceName } from './io/input.js';

export type Io = {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  readonly columns?: number;
};

type Summarizer = (text: string, options: { length?: Length }) => Summary;

const say = (io: Io, message: string): void => {
  for (const line of message.split('\n')) io.stderr.write(`summarize: ${line}\n`);
};

/** How one summary is printed, decided once per run from the flags and the terminal. */
const printer = async (
  output: OutputOptions,
  io: Io,
  several: boolean,
): Promise<(summary: Summary, name: string) => string> => {
  if (output.json) return (summary, name) => formatJson(summary, several ? { path: name } : {});
  const header = (name: string): string => (several ? fileHeader(name) : '');
  if (!io.stdoutIsTTY) return (summary, name) => header(name) + formatPlain(summary);
  // chalk is loaded only for a terminal: pipes never pay for it
  const { colorLevel, styleFor } = await import('./io/terminal.js');
  const style = styleFor(colorLevel(io.stdoutIsTTY, io.env, output.color));
  const width = Math.min(io.columns ?? 80, 100);
  return (summary, name) => header(name) + formatBlock(summary, style, width);
};

const summarizeSources = async (options: RunOptions, io: Io): Promise<ExitCode> => {
  const sources: readonly Source[] = options.sources.length > 0 ? options.sources : [{ kind: 'stdin' }];
  if (options.sources.length === 0 && io.stdinIsTTY) {
    throw new UsageError("no input: name a file, or pipe text in (see 'summarize --help')");
  }
  // Loaded here, not at start-up: --help, --version and usage errors never pay for the language model.
  const { summarize }: { summarize: Summarizer } = await import('./core/summarize.js');
  const print = await printer(options.output, io, sources.length > 1);
  let code: ExitCode = EXIT.ok;
  for (const [i, source] of sources.entries()) {
    const name = sourceName(source);
    let text: string;
    try {
      text = await readSource(source, io.stdin);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      say(io, err.message);
      code = EXIT.failure;
      continue;
    }
    const summary = summarize(text, options.length === undefined ? {} : { length: options.length });
    if (summary.sentenceCount === 0 && !options.output.quiet) say(io, `${name}: no sentences to summarize`);
    const separator = i > 0 && sources.length > 1 && !options.output.json ? '\n' : '';
    io.stdout.write(separator + print(summary, name));
  }
  return code;
};

/** Run the command line; never throws. */
export const run = async (argv: readonly string[], io: Io): Promise<ExitCode> => {
  let verbose = argv.includes('--verbose');
  try {
    const parsed = parseArgs(argv, (s) => io.stdout.write(s));
    if (parsed.kind === 'done') return EXIT.ok;
    verbose = parsed.options.output.verbose;
    return await summarizeSources(parsed.options, io);
  } catch (err) {
    if (err instanceof UsageError) {
      say(io, err.message);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      say(io, err.message);
      return EXIT.failure;
    }
    say(io, `internal error: ${err instanceof Error ? err.message : String(err)}`);
    if (verbose && err instanceof Error && err.stack !== undefined) io.stderr.write(`${err.stack}\n`);
    return EXIT.failure;
  }
};
