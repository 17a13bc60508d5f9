// The process shell: wires Node's process to run(). Nothing else reads process.argv, nor process.env
// but the worker pool's SUMMARIZE_WORKER_HEAP_MB.
// Signal handlers come first, before the module graph loads, so that a signal is never met by
// Node's default (death without restoring the terminal) however early it comes.
import { releaseFifos } from './read/fifos.js';
import { restoreScreen } from './write/screen.js';

// The first Ctrl-C (or SIGTERM) asks the run to stop cleanly: no new work, no half-written files,
// exit 130. If it is still waiting two seconds later (on a FIFO with no writer, say), or on a second
// signal, it stops at once. The terminal is put back on every way out.
const controller = new AbortController();
let graceMs = 2000;
let deadline: NodeJS.Timeout | undefined;
const giveUp = (): void => {
  deadline = setTimeout(() => process.exit(130), graceMs).unref();
};
const stop = (): void => {
  if (controller.signal.aborted) process.exit(130);
  releaseFifos();
  controller.abort();
  giveUp();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('exit', restoreScreen);

// A reader that goes away (`summarize big.txt | head -1`) is a normal end, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

/**
 * Node decodes arguments as UTF-8, turning the stray bytes of a file name that is not UTF-8 into
 * U+FFFD. Such arguments are read again, as bytes, from /proc/self/cmdline (where there is one), and
 * passed on escaped (`bad\xff.txt`) with their bytes.
 */
const readArgs = async (): Promise<{ argv: string[]; argBytes: Map<string, Uint8Array> }> => {
  const argv = process.argv.slice(2);
  const argBytes = new Map<string, Uint8Array>();
  if (!argv.some((a) => a.includes('\ufffd'))) return { argv, argBytes };
  try {
    const { readFileSync } = await import('node:fs');
    const { showBytes } = await import('./read/names.js');
    const words = readFileSync('/proc/self/cmdline').toString('latin1').split('\0').slice(0, -1);
    const raw = words.slice(words.length - argv.length).map((w) => Buffer.from(w, 'latin1'));
    return {
      argv: argv.map((a, i) => {
        if (!a.includes('\ufffd') || raw[i] === undefined) return a;
        const shown = showBytes(raw[i]);
        argBytes.set(shown, raw[i]);
        return shown;
      }),
      argBytes,
    };
  } catch {
    return { argv, argBytes };
  }
};

const { run } = await import('./run.js');
const { argv, argBytes } = await readArgs();
process.exitCode = await run(argv, {
  argBytes,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  // a pseudo-terminal may report 0 columns: treat that as unknown
  ...(process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  ...(process.stderr.columns > 0 ? { stderrColumns: process.stderr.columns } : {}),
  cpus: (await import('./cpus.js')).freeCpus(),
  cwd: process.cwd(),
  signal: controller.signal,
  // a server lets the requests in flight finish
  setGrace: (ms) => {
    graceMs = ms;
    if (deadline !== undefined) {
      clearTimeout(deadline);
      giveUp();
    }
  },
});
