// What every command shares: the process's streams and environment, and how to speak on stderr.
import type { Readable, Writable } from 'node:stream';
import type { OutputOptions, SummarizeCommand } from '../args/options.js';
import type { TaskSettings } from '../batch/task.js';
import { PLAIN_STYLE, type Style } from '../format/text.js';

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
  /** stderr's width, when it is a terminal (for the progress bar). */
  readonly stderrColumns?: number;
  /** CPUs this process may use. */
  readonly cpus?: number;
  readonly cwd?: string;
  /** The bytes of arguments that are not valid UTF-8, by the escaped form in argv (`bad\xff.txt`). */
  readonly argBytes?: ReadonlyMap<string, Uint8Array>;
  /** Aborted on Ctrl-C or SIGTERM. */
  readonly signal?: AbortSignal;
  /** How long, after the signal, the process waits for the run to end before it exits anyway. */
  readonly setGrace?: (ms: number) => void;
};

/** What a command did, for run.ts to turn into an exit code. */
export type Status = { readonly failed: number; readonly interrupted: boolean };

/** One line (or several) on stderr, each prefixed with the program's name. */
export const say = (io: Io, message: string): void => {
  for (const line of message.split('\n')) io.stderr.write(`summarize: ${line}\n`);
};

/** The style for stdout: chalk is loaded only when colour is on, so pipes never pay for it. */
export const stdoutStyle = async (output: OutputOptions, io: Io): Promise<Style> => {
  const { colorLevel, styleFor } = await import('../write/terminal.js');
  const level = colorLevel(io.stdoutIsTTY, io.env, output.color);
  return level === 0 ? PLAIN_STYLE : await styleFor(level);
};

/** What every task needs from the command line: how to read a source and how to summarize it. */
export const taskSettings = (cmd: SummarizeCommand): TaskSettings => ({
  // no signal here: settings travel to worker threads, and a signal cannot; the pool passes the run's
  load: cmd.read,
  summary: cmd.summary,
  keepRanked: cmd.explain === 'all' || cmd.highlight,
});

/** "1 file", "2 files". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
