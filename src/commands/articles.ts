// The summarize command: inputs → summaries on stdout or under --out-dir, one failure never stopping
// the rest. Returns what happened; run.ts turns that into an exit code.
import type { SummarizeCommand } from '../args/options.js';
import { summarizeInputs } from '../batch/batch.js';
import type { Outcome } from '../batch/task.js';
import { InputError, UsageError } from '../errors.js';
import { formatExplain } from '../format/explain.js';
import { formatHighlight } from '../format/highlight.js';
import { formatJson } from '../format/json.js';
import { formatMarkdown } from '../format/markdown.js';
import { PLAIN_STYLE, type Style, fileHeader, formatBlock, formatPlain } from '../format/text.js';
import { decodeText, readStream, releaseFifo, sourceName } from '../read/files.js';
import { OutDir, summaryPath, writeTo } from '../write/output.js';
import { type Input, expandInputs } from '../read/expand.js';
import type { Summary } from '../core/types.js';
import { type Io, type Status, say, settingsOf, stdoutStyle } from './shell.js';
import { SILENT_PROGRESS } from '../write/silent-progress.js';

const nameOf = (input: Input): string =>
  input.kind === 'stdin' ? sourceName(input) : input.kind === 'url' ? input.url : input.path;

const bold = (s: string): string => `**${s}**`;

/** The summary itself in the chosen form: JSON, Markdown, the whole article highlighted, or text. */
const body = (cmd: SummarizeCommand, style: Style, width: number | undefined) => (summary: Summary): string => {
  if (cmd.format === 'markdown') return cmd.highlight ? formatHighlight(summary, bold, (t) => `## ${t}`) : formatMarkdown(summary);
  if (cmd.highlight) return formatHighlight(summary, style.colored ? style.mark : bold, style.title);
  return width === undefined ? formatPlain(summary) : formatBlock(summary, style, width);
};

/** How one summary is printed on stdout, decided once per run from the flags and the terminal. */
const printer = (cmd: SummarizeCommand, io: Io, style: Style, several: boolean) => {
  const { output, explain } = cmd;
  const width = io.stdoutIsTTY ? Math.min(io.columns ?? 80, 100) : undefined;
  const render = body(cmd, style, width);
  return (summary: Summary, name: string, first: boolean): string => {
    if (output.json) return formatJson(summary, several ? { path: name } : {}, explain);
    const head = several ? `${first ? '' : '\n'}${fileHeader(name)}` : '';
    const body = render(summary);
    const why = explain === undefined || summary.sentenceCount === 0 ? '' : `\n${formatExplain(summary, explain, style, width)}`;
    return head + body + why;
  };
};

/** A file name for a page's summary under --out-dir: its host and path, made safe. */
const urlFileName = (url: string): string =>
  url
    .replace(/^https?:\/\//i, '')
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 120);

export const summarizeCommand = async (cmd: SummarizeCommand, io: Io): Promise<Status> => {
  if (cmd.inputs.length === 0 && io.stdinIsTTY) {
    throw new UsageError("no input: name a file or folder, or pipe text in (see 'summarize --help')");
  }
  const started = Date.now();
  const args = cmd.inputs.length === 0 ? ['-'] : cmd.inputs;
  const inputs = await expandInputs(args, io.cwd ?? '.');
  if (inputs.length === 0) throw new InputError(`${args.join(', ')}: no text files (.txt, .text, .md, .markdown, .html) found`, 'ENOFILES');
  const several = inputs.length > 1 || cmd.outDir !== undefined;
  const print = printer(cmd, io, cmd.output.json || cmd.format === 'markdown' ? PLAIN_STYLE : await stdoutStyle(cmd.output, io), several);
  const outDir = cmd.outDir === undefined ? undefined : new OutDir(inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : [])));
  const showProgress = several && io.stderrIsTTY === true && !cmd.output.quiet;
  // cli-progress is loaded only when a bar will be drawn
  const { startProgress } = showProgress ? await import('../write/progress.js') : { startProgress: () => SILENT_PROGRESS };
  let bar = startProgress(io.stderr, false, 0, '');
  const counts = { summarized: 0, failed: 0, skipped: 0 };

  const report = async (input: Input, outcome: Outcome, first: boolean): Promise<void> => {
    const name = nameOf(input);
    if (!outcome.ok) {
      counts.failed++;
      bar.log(() => say(io, outcome.error.message));
      if (cmd.output.json && outDir === undefined) await writeTo(io.stdout, `${JSON.stringify({ path: name, error: outcome.error })}\n`);
      return;
    }
    if (!('summary' in outcome)) return;
    const { summary, warning } = outcome;
    if (warning !== undefined && !cmd.output.quiet) bar.log(() => say(io, warning));
    if (summary.sentenceCount === 0) {
      counts.skipped++;
      if (!cmd.output.quiet && io.signal?.aborted !== true) bar.log(() => say(io, `${name}: no sentences to summarize`));
    } else counts.summarized++;
    if (outDir === undefined) return writeTo(io.stdout, print(summary, name, first));
    const rel = input.kind === 'file' ? input.rel : input.kind === 'url' ? urlFileName(input.url) : 'stdin';
    try {
      await outDir.write(
        summaryPath(cmd.outDir!, rel, cmd.output.json ? 'json' : cmd.format === 'markdown' ? 'md' : 'txt'),
        print(summary, name, true).replace(/^==> .* <==\n/, ''),
      );
    } catch (err) {
      counts.failed++;
      bar.log(() => say(io, (err as Error).message));
    }
  };

  // on Ctrl-C, an input that is a FIFO with no writer would hold the process: let go of it
  const release = (): void => {
    for (const i of inputs) if (i.kind === 'file') releaseFifo(i.path);
  };
  io.signal?.addEventListener('abort', release, { once: true });
  let first = true;
  try {
    const items = summarizeInputs(
      inputs,
      async () => {
        const { text, warning } = decodeText(await readStream(io.stdin, 'standard input', cmd.maxBytes), 'standard input', cmd.encoding);
        if (warning !== undefined && !cmd.output.quiet) say(io, warning);
        return text;
      },
      async (url) => {
        const { fetchPage } = await import('../read/fetch.js');
        return fetchPage(url, {
          timeoutMs: cmd.timeoutMs,
          maxBytes: cmd.maxBytes,
          ...(io.signal === undefined ? {} : { signal: io.signal }),
        });
      },
      settingsOf(cmd, io),
      {
        ...(io.signal === undefined ? {} : { signal: io.signal }),
        onProgress: (pass, done) => {
          if (done === 1) {
            bar.stop();
            bar = startProgress(io.stderr, showProgress, inputs.length, pass === 'index' ? 'files indexed' : 'files');
          }
          bar.update(done);
        },
      },
    );
    for await (const { input, outcome } of items) {
      await report(input, outcome, first);
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
    say(io, `${inputs.length} files: ${counts.summarized} summarized, ${counts.failed} failed, ${counts.skipped} skipped in ${secs} s${interrupted ? ' (interrupted)' : ''}`);
  }
  return { failed: counts.failed, interrupted };
};
