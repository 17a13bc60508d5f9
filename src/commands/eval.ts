// summarize eval: ROUGE of each method against reference summaries.
import type { EvalCommand } from '../args/options.js';
import { METHODS } from '../core/score/methods.js';
import { InputError } from '../errors.js';
import { parseEvalData } from '../eval/dataset.js';
import { evaluate } from '../eval/evaluate.js';
import { formatEvalJson, formatEvalTable } from '../format/eval.js';
import { readSource, sourceName } from '../read/files.js';
import { startProgress } from '../write/progress.js';
import { type Io, type Status, stdoutStyle } from './shell.js';

export const evalCommand = async (cmd: EvalCommand, io: Io): Promise<Status> => {
  const docs = parseEvalData(await readSource(cmd.data, io.stdin), sourceName(cmd.data));
  if (docs.length === 0) throw new InputError(`${sourceName(cmd.data)}: no documents to evaluate`, 'EEMPTY');
  const methods = [cmd.method, ...METHODS.filter((m) => m !== cmd.method)];
  const progress = startProgress(io.stderr, io.stderrIsTTY === true && !cmd.output.quiet, docs.length, 'docs');
  const report = evaluate(docs, methods, cmd.length, cmd.idf, progress.update);
  progress.stop();
  io.stdout.write(cmd.output.json ? formatEvalJson(report) : formatEvalTable(report, cmd.method, await stdoutStyle(cmd.output, io)));
  return { failed: 0, interrupted: false };
};
