// summarize --jsonl: JSON Lines records in, one JSON line out for each, in order. Each record is a
// Source like a file, summarized by the same batch; records are independent (IDF is each article's
// own unless --idf corpus), so any split of the input, as GNU parallel --pipe makes, gives the same lines.
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { SummarizeCommand } from '../args/options.js';
import { type Entry, summarizeAll } from '../batch/batch.js';
import { UsageError, fileError } from '../errors.js';
import { type RenderOptions, renderSummary } from '../format/render.js';
import { PLAIN_STYLE } from '../format/text.js';
import { opening } from '../read/fifos.js';
import { type Line, readLines } from '../read/lines.js';
import { parseRecord } from '../read/record.js';
import { dataSource, sourceName } from '../read/source.js';
import { writeTo } from '../write/output.js';
import { type Io, type Status, say, taskSettings } from './shell.js';

/** Whether `path` names a folder (anything else, missing included, is left to the reader to report). */
const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

const openStream = async (arg: string | undefined, io: Io): Promise<Readable> => {
  if (arg === undefined || arg === '-') return io.stdin;
  if (isFolder(arg)) throw new UsageError(`${arg} is a folder: --jsonl reads its records from one JSON Lines file (or standard input)`);
  const stream = createReadStream(arg);
  const done = opening(arg);
  // surface a missing or unreadable file as an input error before any output
  await new Promise<void>((ready, fail) => {
    stream.once('readable', ready);
    stream.once('error', (err) => fail(fileError(arg, err)));
  }).finally(done);
  return stream;
};

/** Each record of the stream; a line over --max-bytes is an error in its place, never held whole. */
async function* records(lines: AsyncIterable<Line>, name: string, maxBytes: number): AsyncGenerator<Entry<unknown>> {
  let n = 0;
  for await (const line of lines) {
    n++;
    const where = `${name}:${n}`;
    if ('tooLong' in line) {
      const message = `${where}: larger than --max-bytes (${maxBytes} bytes)`;
      yield { item: null, source: { kind: 'missing', name: where, code: 'EFBIG', message } };
      continue;
    }
    if (line.text.trim() === '' || line.text === '\ufeff') continue;
    const { id, source } = parseRecord(line.text, where);
    yield { item: id, source };
  }
}

export const jsonlCommand = async (cmd: SummarizeCommand, io: Io): Promise<Status> => {
  // each record's result renders as a file's does with --json, its id first
  const JSON_LINE: RenderOptions = { form: 'json', highlight: false, explain: cmd.explain, style: PLAIN_STYLE, width: undefined, wpm: cmd.wpm };
  const arg = cmd.inputs[0];
  const name = arg === undefined ? 'standard input' : sourceName(dataSource(arg));
  const lines = readLines(await openStream(arg, io), cmd.read.maxBytes);
  let failed = 0;
  const done = summarizeAll(records(lines, name, cmd.read.maxBytes), {
    settings: taskSettings(cmd),
    idfSource: cmd.idfSource,
    jobs: cmd.jobs,
    cores: io.cpus ?? 1,
    ...(io.signal === undefined ? {} : { signal: io.signal }),
  });
  for await (const { item: id, outcome } of done) {
    if (!outcome.ok) {
      failed++;
      say(io, outcome.error.message);
      await writeTo(io.stdout, `${JSON.stringify({ id, error: outcome.error })}\n`);
    } else if ('summary' in outcome) {
      await writeTo(io.stdout, renderSummary(outcome.summary, JSON_LINE, { id }));
    }
  }
  return { failed, interrupted: io.signal?.aborted === true };
};
