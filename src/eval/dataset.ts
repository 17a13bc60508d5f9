// Evaluation data: JSON Lines of {article, reference, title?, id?}; reference sentences split by \n.
import { InputError } from '../errors.js';

export type EvalDoc = {
  readonly id: string;
  readonly article: string;
  readonly reference: readonly string[];
  readonly title: string | undefined;
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Parse one line; `where` names it in errors ("data.jsonl:12"). */
export const parseEvalLine = (line: string, where: string): EvalDoc => {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError(`${where}: not a JSON object`, 'EBADJSON');
  }
  if (!isRecord(value)) throw new InputError(`${where}: not a JSON object`, 'EBADJSON');
  const { article, reference, title, id } = value;
  if (typeof article !== 'string') throw new InputError(`${where}: "article" must be a string`, 'EBADJSON');
  if (typeof reference !== 'string') throw new InputError(`${where}: "reference" must be a string`, 'EBADJSON');
  if (title !== undefined && typeof title !== 'string') throw new InputError(`${where}: "title" must be a string`, 'EBADJSON');
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : where,
    article,
    reference: reference
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    title,
  };
};

/** Every non-blank line of a JSON Lines text. */
export const parseEvalData = (text: string, name: string): EvalDoc[] =>
  text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [parseEvalLine(line, `${name}:${i + 1}`)]));
