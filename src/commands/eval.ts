// summarize eval: ROUGE of each method against reference summaries.
import type { EvalCommand } from '../args/options.js';
import { METHODS } from '../core/score/methods.js';
import { InputError } from '../errors.js';
import { parseEvalData } from '../eval/dataset.js';
import { evaluate } from '../eval/evaluate.js';
import { formatEvalJson, formatEvalTable } from '../format/eval.js';
import { loadText } from '../read/load.js';
import { sourceName } from '../read/source.js';
import { SILENT_PROGRESS, startProgress } from '../write/progress.js';
import { type Io, type Status, say, stdoutStyle } from './shell.js';

export const evalCommand = async (cmd: EvalCommand, io: Io): Promise<Status> => {
  const name = sourceName(cmd.data);
  const { text, warning } = await loadText(cmd.data, { ...cmd.read, ...(io.signal === undefined ? {} : { signal: io.signal }) }, io.stdin);
  if (warning !== undefined && !cmd.output.quiet) say(io, warning);
  const docs = parseEvalData(text, name);
  if (docs.length === 0) throw new InputError(`${name}: no documents to evaluate`, 'EEMPTY');
  const methods = [cmd.method, ...METHODS.filter((m) => m !== cmd.method)];
  const bar = io.stderrIsTTY === true && !cmd.output.quiet ? startProgress(io.stderr, () => io.stderrColumns ?? 80, 'documents') : SILENT_PROGRESS;
  let report;
  try {
    report = await evaluate(docs, methods, cmd.length, {
      idfSource: cmd.idfSource,
      onDocument: (done) => bar.update(done, docs.length),
      ...(io.signal === undefined ? {} : { signal: io.signal }),
      lang: cmd.lang,
      coherent: cmd.coherent,
    });
  } finally {
    bar.stop();
  }
  if (report === undefined) return { failed: 0, interrupted: true };
  io.stdout.write(cmd.json ? formatEvalJson(report) : formatEvalTable(report, cmd.method, await stdoutStyle(cmd.output, io)));
  return { failed: 0, interrupted: false };
};
