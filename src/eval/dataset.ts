// Evaluation data: JSON Lines of {article, reference, title?, id?}; reference sentences split by \n.
import { InputError } from '../errors.js';
import { readFields } from '../read/record.js';

export type EvalDoc = {
  readonly id: string;
  readonly article: string;
  readonly reference: readonly string[];
  readonly title: string | undefined;
};

/** Parse one line; `where` names it in errors ("data.jsonl:12"). */
export const parseEvalLine = (line: string, where: string): EvalDoc => {
  const read = readFields(line, ['article', 'reference'], ['title']);
  if (!read.ok) throw new InputError(`${where}: ${read.message}`, 'EBADJSON');
  const { article, reference, title, id } = read.fields;
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : where,
    article: article!,
    reference: reference!
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    title,
  };
};

/** Every non-blank line of a JSON Lines text. */
export const parseEvalData = (text: string, name: string): EvalDoc[] =>
  text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [parseEvalLine(line, `${name}:${i + 1}`)]));
