// JSON Lines in, JSON Lines out: each line {"id", "text", "title"?} becomes one result, in order.
// Records are independent (IDF is each article's own), so any split of the input, as GNU parallel
// --pipe or Hadoop Streaming make, gives the same lines back.
import { mapOrdered } from './ordered.js';
import { createPool, windowFor } from './pool.js';
import type { Outcome, SummarizeSettings, TaskError } from './task.js';

export type RecordItem = { readonly line: number; readonly id: unknown; readonly outcome: Outcome };

type Parsed = { readonly id: unknown; readonly text: string; readonly title: string | undefined } | { readonly id: unknown; readonly error: TaskError };

const bad = (id: unknown, message: string): Parsed => ({ id, error: { code: 'EBADRECORD', message } });

export const parseRecord = (line: string, where: string): Parsed => {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return bad(null, `${where}: not a JSON object`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(null, `${where}: not a JSON object`);
  const { id = null, text, title } = value as Record<string, unknown>;
  if (typeof text !== 'string') return bad(id, `${where}: "text" must be a string`);
  if (title !== undefined && typeof title !== 'string') return bad(id, `${where}: "title" must be a string`);
  return { id, text, title };
};

/** Summarize each non-blank line of `lines`; `name` names the input in messages. */
export async function* summarizeRecords(
  lines: AsyncIterable<string>,
  name: string,
  settings: SummarizeSettings & { readonly jobs: number | undefined; readonly cores: number },
  signal?: AbortSignal,
): AsyncGenerator<RecordItem> {
  // how many records will come is not known: one job per core unless told
  const pool = await createPool(settings.jobs ?? settings.cores, Number.POSITIVE_INFINITY);
  async function* numbered(): AsyncGenerator<{ line: number; text: string }> {
    let line = 0;
    for await (const text of lines) {
      line++;
      if (text.trim() !== '') yield { line, text };
    }
  }
  const one = async ({ line, text }: { line: number; text: string }): Promise<RecordItem> => {
    const record = parseRecord(text, `${name}:${line}`);
    if ('error' in record) return { line, id: record.id, outcome: { ok: false, error: record.error } };
    const outcome = await pool.run({ kind: 'summarize', input: { text: record.text, name: `${name}:${line}` }, title: record.title, settings });
    return { line, id: record.id, outcome };
  };
  try {
    yield* mapOrdered(numbered(), one, windowFor(pool), signal);
  } finally {
    await pool.close();
  }
}
