// summarize FILE…: every input (file, folder, glob, URL, standard input) becomes a Source, the batch
// summarizes them in order, and each summary goes to stdout or to its file under --out-dir; one
// failure never stops the rest. Returns what happened; run.ts turns that into an exit code.
import type { SummarizeCommand } from '../args/options.js';
import { SUBCOMMANDS } from '../args/spec.js';
import { closest } from '../args/values.js';
import { summarizeAll } from '../batch/batch.js';
import type { Outcome } from '../batch/task.js';
import { InputError, UsageError } from '../errors.js';
import { type RenderOptions, renderSummary } from '../format/render.js';
import { PLAIN_STYLE, fileHeader } from '../format/text.js';
import { expandInputs } from '../read/expand.js';
import { releaseFifos } from '../read/fifos.js';
import { captureStdin } from '../read/load.js';
import { type Missing, type Source, sourceName } from '../read/source.js';
import { OutDir, type OutputExtension, planOutputs, writeTo } from '../write/output.js';
import { type Progress, SILENT_PROGRESS, startProgress } from '../write/progress.js';
import { type Io, type Status, plural, say, stdoutStyle, taskSettings } from './shell.js';

/** A missing first argument that is a command's name mistyped (`summarize evl data.jsonl`). */
const withHint = (m: Missing, first: string | undefined): Missing => {
  const guess = m.name === first && m.code === 'ENOENT' ? closest(m.name, SUBCOMMANDS.map((c) => c.name)) : undefined;
  return guess === undefined ? m : { ...m, message: `${m.message}; did you mean 'summarize ${guess}'?` };
};

/** Standard input, read once in this thread, becomes content like any other source. */
const withStdinRead = async (sources: Array<Source | Missing>, cmd: SummarizeCommand, io: Io): Promise<Array<Source | Missing>> => {
  if (!sources.some((s) => s.kind === 'stdin')) return sources;
  let stdin: Source | Missing;
  try {
    stdin = await captureStdin(io.stdin, cmd.read.maxBytes);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    stdin = { kind: 'missing', name: 'standard input', code: err.code, message: err.message };
  }
  return sources.map((s) => (s.kind === 'stdin' ? stdin : s));
};

const extensionFor = (cmd: SummarizeCommand): OutputExtension => (cmd.form === 'json' ? 'json' : cmd.form === 'markdown' ? 'md' : 'txt');

export const summarizeCommand = async (cmd: SummarizeCommand, io: Io): Promise<Status> => {
  if (cmd.inputs.length === 0 && io.stdinIsTTY) {
    throw new UsageError("no input: name a file or folder, or pipe text in (see 'summarize --help')");
  }
  const started = Date.now();
  const args = cmd.inputs.length === 0 ? ['-'] : cmd.inputs;
  const expanded = (await expandInputs(args, io.cwd ?? '.', io.argBytes)).map((s) => (s.kind === 'missing' ? withHint(s, args[0]) : s));
  if (expanded.length === 0) throw new InputError(`${args.join(', ')}: no text files (.txt, .text, .md, .markdown, .html) found`, 'ENOFILES');
  const sources = await withStdinRead(expanded, cmd, io);
  const several = sources.length > 1 || cmd.outDir !== undefined;
  const readable = sources.filter((s): s is Source => s.kind !== 'missing');
  // every target is known, and checked for clashes, before anything is written
  const plan = cmd.outDir === undefined ? undefined : planOutputs(readable, cmd.outDir, extensionFor(cmd));
  const outDir = cmd.outDir === undefined ? undefined : new OutDir(readable.flatMap((s) => (s.kind === 'file' ? [s.path] : [])));

  const style = cmd.form === 'text' ? await stdoutStyle(cmd.output, io) : PLAIN_STYLE;
  const render: RenderOptions = {
    wpm: cmd.wpm,
    form: cmd.form,
    highlight: cmd.highlight,
    explain: cmd.explain,
    style,
    width: io.stdoutIsTTY && outDir === undefined ? Math.min(io.columns ?? 80, 100) : undefined,
  };
  // no bar while summaries go to the same terminal: the two would scramble each other
  const summariesOnTerminal = io.stdoutIsTTY && outDir === undefined;
  const bar: Progress =
    several && io.stderrIsTTY === true && !cmd.output.quiet && !summariesOnTerminal
      ? startProgress(io.stderr, () => io.stderrColumns ?? 80, 'files')
      : SILENT_PROGRESS;
  const counts = { summarized: 0, failed: 0, skipped: 0 };
  const tell = (message: string): void => bar.log(() => say(io, message));

  const report = async (source: Source | Missing, outcome: Outcome, first: boolean): Promise<void> => {
    const name = sourceName(source);
    if (!outcome.ok) {
      counts.failed++;
      tell(outcome.error.message);
      if (cmd.form === 'json' && outDir === undefined) await writeTo(io.stdout, `${JSON.stringify({ path: name, error: outcome.error })}\n`);
      return;
    }
    // after Ctrl-C, what comes back is what the interruption cut short (a FIFO let go of): not a result
    if (!('summary' in outcome) || io.signal?.aborted === true) return;
    const { summary, warnings } = outcome;
    if (!cmd.output.quiet) for (const w of warnings) tell(w);
    const empty = summary.sentenceCount === 0;
    if (empty && !cmd.output.quiet) tell(`${name}: no sentences to summarize`);
    if (outDir === undefined || plan === undefined || source.kind === 'missing') {
      const head = several && cmd.form !== 'json' ? `${first ? '' : '\n'}${fileHeader(name, style)}` : '';
      await writeTo(io.stdout, head + renderSummary(summary, render, several ? { path: name } : {}));
    } else {
      try {
        await outDir.write(plan.get(source)!, renderSummary(summary, render));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        counts.failed++;
        tell(err.message);
        return;
      }
    }
    if (empty) counts.skipped++;
    else counts.summarized++;
  };

  // on Ctrl-C, an input that is a FIFO with no writer would hold the process: let go of it (a FIFO
  // can only be named on the command line: a folder walk takes regular files only)
  const named = new Set(cmd.inputs);
  const release = (): void => releaseFifos(readable.flatMap((s) => (s.kind === 'file' && named.has(s.path) ? [s.path] : [])));
  io.signal?.addEventListener('abort', release, { once: true });
  let first = true;
  try {
    const done = summarizeAll(
      sources.map((source) => ({ item: source, source })),
      {
        settings: taskSettings(cmd),
        idfSource: cmd.idfSource,
        jobs: cmd.jobs,
        cores: io.cpus ?? 1,
        ...(io.signal === undefined ? {} : { signal: io.signal }),
        onProgress: (n, total) => bar.update(n, total),
      },
    );
    for await (const { source, outcome } of done) {
      await report(source, outcome, first);
      first = false;
    }
  } finally {
    io.signal?.removeEventListener('abort', release);
    bar.stop();
    await outDir?.discardPartial();
  }
  const interrupted = io.signal?.aborted === true;
  if (several && !cmd.output.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    say(
      io,
      `${plural(sources.length, 'file')}: ${counts.summarized} summarized, ${counts.failed} failed, ${counts.skipped} skipped in ${secs} s${interrupted ? ' (interrupted)' : ''}`,
    );
  }
  return { failed: counts.failed, interrupted };
};
