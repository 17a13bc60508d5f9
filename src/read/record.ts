// JSON Lines: one line → an object with the fields a reader asks for, or what is wrong with it. The
// one reader of records, for `--jsonl` ({"id", "text", "title"?} → a Source) and for `summarize eval`
// ({"article", "reference", "title"?, "id"?}, eval/dataset.ts).
import type { Missing, Source } from './source.js';

/** A line's fields: each asked-for string field as a string (or undefined when optional and absent). */
export type Fields<K extends string> = { readonly id: unknown } & { readonly [key in K]: string | undefined };

/**
 * Read one line as a JSON object with string fields `required` and, when present, `optional`; the
 * message says what is wrong. A leading BOM is an encoding artefact.
 */
export const readFields = <R extends string, O extends string>(
  line: string,
  required: readonly R[],
  optional: readonly O[],
): { readonly ok: true; readonly fields: Fields<R | O> } | { readonly ok: false; readonly id: unknown; readonly message: string } => {
  let value: unknown;
  try {
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch {
    return { ok: false, id: null, message: 'not a JSON object' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, id: null, message: 'not a JSON object' };
  const object = value as { readonly [key: string]: unknown };
  const id = object.id ?? null;
  for (const key of [...required, ...optional]) {
    const field = object[key];
    if ((field !== undefined || (required as readonly string[]).includes(key)) && typeof field !== 'string') {
      return { ok: false, id, message: `"${key}" must be a string` };
    }
  }
  return { ok: true, fields: { ...object, id } as Fields<R | O> };
};

export type JsonlRecord = { readonly id: unknown; readonly source: Source | Missing };

/** Parse one `--jsonl` line; `where` names it in messages ("recs.jsonl:12"). */
export const parseRecord = (line: string, where: string): JsonlRecord => {
  const read = readFields(line, ['text'], ['title']);
  if (!read.ok) return { id: read.id, source: { kind: 'missing', name: where, code: 'EBADRECORD', message: `${where}: ${read.message}` } };
  const { id, text, title } = read.fields;
  return { id, source: { kind: 'content', name: where, content: text!, ...(title === undefined ? {} : { title }) } };
};
