// run(argv, io): parse → read → summarize → format → write. The only place that maps errors to exit codes.
import type { Readable, Writable } from 'node:stream';
import { type EvalCommand, type OutputOptions, type SummarizeCommand, parseArgs } from './args.js';
import type { Summary } from './core/types.js';
import { EXIT, type ExitCode, InputError, UsageError } from './errors.js';
import { formatExplain } from './format/explain.js';
import { formatJson } from './format/json.js';
import { PLAIN_STYLE, type Style, fileHeader, formatBlock, formatPlain } from './format/text.js';
import { type Source, readSource, sourceName } from './io/input.js';

export type Io = {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY?: boolean;
  /** Terminal width, when stdout is a terminal. */
  readonly columns?: number;
};

const say = (io: Io, message: string): void => {
  for (const line of message.split('\n')) io.stderr.write(`summarize: ${line}\n`);
};

/** The style for stdout: chalk is loaded only when colour is on, so pipes never pay for it. */
const stdoutStyle = async (output: OutputOptions, io: Io): Promise<Style> => {
  const { colorLevel, styleFor } = await import('./io/terminal.js');
  const level = colorLevel(io.stdoutIsTTY, io.env, output.color);
  return level === 0 ? PLAIN_STYLE : styleFor(level);
};

const terminalWidth = (io: Io): number => Math.min(io.columns ?? 80, 100);

/** How one summary is printed, decided once per run from the flags and the terminal. */
const printer = async (cmd: SummarizeCommand, io: Io, several: boolean): Promise<(summary: Summary, name: string) => string> => {
  const { output, explain } = cmd;
  if (output.json) return (summary, name) => formatJson(summary, several ? { path: name } : {}, explain);
  const style = await stdoutStyle(output, io);
  const width = io.stdoutIsTTY ? terminalWidth(io) : undefined;
  const header = (name: string): string => (several ? fileHeader(name) : '');
  const body = (summary: Summary): string =>
    width === undefined ? formatPlain(summary) : formatBlock(summary, style, width);
  const why = (summary: Summary): string =>
    explain === undefined || summary.sentenceCount === 0 ? '' : `\n${formatExplain(summary, explain, style, width)}`;
  return (summary, name) => header(name) + body(summary) + why(summary);
};

const summarizeSources = async (cmd: SummarizeCommand, io: Io): Promise<ExitCode> => {
  const sources: readonly Source[] = cmd.sources.length > 0 ? cmd.sources : [{ kind: 'stdin' }];
  if (cmd.sources.length === 0 && io.stdinIsTTY) {
    throw new UsageError("no input: name a file, or pipe text in (see 'summarize --help')");
  }
  // Loaded here, not at start-up: --help, --version and usage errors never pay for the language model.
  const { summarize } = await import('./core/summarize.js');
  const print = await printer(cmd, io, sources.length > 1);
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
    const summary = summarize(text, { method: cmd.method, ...(cmd.length === undefined ? {} : { length: cmd.length }) });
    if (summary.sentenceCount === 0 && !cmd.output.quiet) say(io, `${name}: no sentences to summarize`);
    const separator = i > 0 && sources.length > 1 && !cmd.output.json ? '\n' : '';
    io.stdout.write(separator + print(summary, name));
  }
  return code;
};

const evaluateData = async (cmd: EvalCommand, io: Io): Promise<ExitCode> => {
  const [{ parseEvalData }, { evaluate }, { formatEvalJson, formatEvalTable }, { METHODS }] = await Promise.all([
    import('./eval/dataset.js'),
    import('./eval/evaluate.js'),
    import('./format/eval.js'),
    import('./core/methods.js'),
  ]);
  const docs = parseEvalData(await readSource(cmd.data, io.stdin), sourceName(cmd.data));
  if (docs.length === 0) throw new InputError(`${sourceName(cmd.data)}: no documents to evaluate`, 'EEMPTY');
  const methods = [cmd.method, ...METHODS.filter((m) => m !== cmd.method)];
  const { startProgress } = await import('./io/progress.js');
  const progress = startProgress(io.stderr, io.stderrIsTTY === true && !cmd.output.quiet, docs.length, 'docs');
  const report = evaluate(docs, methods, cmd.length, cmd.idf, progress.update);
  progress.stop();
  io.stdout.write(cmd.output.json ? formatEvalJson(report) : formatEvalTable(report, cmd.method, await stdoutStyle(cmd.output, io)));
  return EXIT.ok;
};

/** Run the command line; never throws. */
export const run = async (argv: readonly string[], io: Io): Promise<ExitCode> => {
  let verbose = argv.includes('--verbose');
  try {
    const parsed = parseArgs(argv, (s) => io.stdout.write(s));
    if (parsed.kind === 'done') return EXIT.ok;
    verbose = parsed.output.verbose;
    return parsed.kind === 'eval' ? await evaluateData(parsed, io) : await summarizeSources(parsed, io);
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
