import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import type { Doc, Sentence } from '../src/core/types.js';
import { type Io, run } from '../src/run.js';

/**
 * A Doc without wink: each argument is a paragraph, each string a sentence whose terms are its
 * space-separated words, so expected rankings can be read off the vocabulary.
 */
export const buildDoc = (...paragraphs: string[][]): Doc => {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const text of p) {
      const terms = text.split(/\s+/).filter(Boolean);
      sentences.push({ index: sentences.length, text, paragraph, terms, surface: terms, wordCount: terms.length });
    }
  });
  return { title: null, titleTerms: [], sentences, paragraphCount: paragraphs.length, asides: [], lang: 'en', notes: [] };
};

export type RunResult = { code: number; stdout: string; stderr: string };

/** Run the CLI in process with fake streams. */
export const runCli = async (
  argv: string[],
  {
    stdin,
    env = {},
    tty = false,
    stdinTTY = false,
    stderrTTY = false,
    columns = 80,
    jobs = 1,
    cwd = process.cwd(),
  }: {
    stdin?: string | Buffer;
    env?: Record<string, string>;
    /** stdout is a terminal. */
    tty?: boolean;
    stdinTTY?: boolean;
    stderrTTY?: boolean;
    /** The width of the terminals. */
    columns?: number;
    jobs?: number;
    cwd?: string;
  } = {},
): Promise<RunResult> => {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  input.end(stdin ?? '');
  const io: Io = {
    stdin: input,
    stdout,
    stderr,
    env,
    stdinIsTTY: stdinTTY,
    stdoutIsTTY: tty,
    stderrIsTTY: stderrTTY,
    columns,
    stderrColumns: columns,
    cpus: jobs,
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
};

/**
 * Run an ES module script in a child Node with the garbage collector exposed (for heap measurements,
 * which this process's own heap would blur), and parse what it prints as JSON. Fails on any stderr.
 */
export const runWithGc = <T>(script: string): T => {
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.stderr !== '' || r.status !== 0) throw new Error(`child exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
};
