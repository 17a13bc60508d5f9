// A JSON Lines record {"id", "text", "title"?} → a Source, or what is wrong with it.
import type { Missing, Source } from './source.js';

export type JsonlRecord = { readonly id: unknown; readonly source: Source | Missing };

const bad = (id: unknown, where: string, message: string): JsonlRecord => ({
  id,
  source: { kind: 'missing', name: where, code: 'EBADRECORD', message: `${where}: ${message}` },
});

/** Parse one line; `where` names it in messages ("recs.jsonl:12"). A leading BOM is an encoding artefact. */
export const parseRecord = (line: string, where: string): JsonlRecord => {
  let value: unknown;
  try {
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch {
    return bad(null, where, 'not a JSON object');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(null, where, 'not a JSON object');
  const { id = null, text, title } = value as { [key: string]: unknown };
  if (typeof text !== 'string') return bad(id, where, '"text" must be a string');
  if (title !== undefined && typeof title !== 'string') return bad(id, where, '"title" must be a string');
  return { id, source: { kind: 'content', name: where, content: text, ...(title === undefined ? {} : { title }) } };
};
