// summarize --jsonl: JSON Lines records in, one JSON line out for each, in order. Each record is a
// Source like a file, summarized by the same batch; records are independent (IDF is each article's
// own unless --idf corpus), so any split of the input, as GNU parallel --pipe makes, gives the same lines.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SummarizeCommand } from '../args/options.js';
import { type Entry, summarizeAll } from '../batch/batch.js';
import { fileError } from '../errors.js';
import { toJson } from '../format/json.js';
import { opening } from '../read/fifos.js';
import { parseRecord } from '../read/record.js';
import { dataSource, sourceName } from '../read/source.js';
import { writeTo } from '../write/output.js';
import { type Io, type Status, say, taskSettings } from './shell.js';

// The iterator is made at once: readline drops the lines it reads before one exists.
const linesOf = (input: NodeJS.ReadableStream): AsyncIterableIterator<string> =>
  createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();

const openLines = async (arg: string | undefined, io: Io): Promise<AsyncIterableIterator<string>> => {
  if (arg === undefined || arg === '-') return linesOf(io.stdin);
  const stream = createReadStream(arg);
  const done = opening(arg);
  // surface a missing or unreadable file as an input error before any output
  await new Promise<void>((ready, fail) => {
    stream.once('readable', ready);
    stream.once('error', (err) => fail(fileError(arg, err)));
  }).finally(done);
  return linesOf(stream);
};

async function* records(lines: AsyncIterable<string>, name: string): AsyncGenerator<Entry<unknown>> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '' || line === '\ufeff') continue;
    const { id, source } = parseRecord(line, `${name}:${n}`);
    yield { item: id, source };
  }
}

export const jsonlCommand = async (cmd: SummarizeCommand, io: Io): Promise<Status> => {
  const arg = cmd.inputs[0];
  const name = arg === undefined ? 'standard input' : sourceName(dataSource(arg));
  const lines = await openLines(arg, io);
  let failed = 0;
  const done = summarizeAll(records(lines, name), {
    settings: taskSettings(cmd),
    idf: cmd.idf,
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
      await writeTo(io.stdout, `${JSON.stringify({ id, ...toJson(outcome.summary, cmd.explain) })}\n`);
    }
  }
  return { failed, interrupted: io.signal?.aborted === true };
};
