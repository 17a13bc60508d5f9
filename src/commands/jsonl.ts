// summarize --jsonl: JSON Lines records in, one JSON line out for each, in order.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SummarizeCommand } from '../args/options.js';
import { summarizeRecords } from '../batch/records.js';
import { fileError } from '../errors.js';
import { toJson } from '../format/json.js';
import { type Source, sourceName } from '../read/files.js';
import { writeTo } from '../write/output.js';
import { type Io, type Status, say, settingsOf } from './shell.js';

// The iterator is made at once: readline drops the lines it reads before one exists.
const linesOf = (input: NodeJS.ReadableStream): AsyncIterableIterator<string> =>
  createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();

const openLines = async (source: Source, io: Io): Promise<AsyncIterableIterator<string>> => {
  if (source.kind === 'stdin') return linesOf(io.stdin);
  const stream = createReadStream(source.path);
  // surface a missing or unreadable file as an input error before any output
  await new Promise<void>((ready, fail) => {
    stream.once('readable', ready);
    stream.once('error', (err) => fail(fileError(source.path, err)));
  });
  return linesOf(stream);
};

export const recordsCommand = async (cmd: SummarizeCommand, source: Source, io: Io): Promise<Status> => {
  const lines = await openLines(source, io);
  let failed = 0;
  const items = summarizeRecords(
    lines,
    sourceName(source),
    settingsOf(cmd, io),
    io.signal,
  );
  for await (const { id, outcome } of items) {
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
