// One unit of batch work, the same in a worker thread and in the main thread: read an input, then
// either list its terms (for corpus IDF) or summarize it. Failures come back as values, never thrown.
import { documentTerms } from '../core/corpus.js';
import { summarize } from '../core/summarize.js';
import type { Corpus, Length, Method, Summary } from '../core/types.js';
import { InputError } from '../errors.js';
import { decodeText, readFileBytes } from '../io/input.js';

/** An input is a file to read, or text already read (standard input, a JSON Lines record). */
export type TaskInput = { readonly path: string } | { readonly text: string; readonly name: string };

export type SummarizeSettings = {
  readonly length: Length | undefined;
  readonly method: Method;
  readonly maxBytes: number;
  /** Keep every sentence's score (for --explain all); otherwise only the picked ones travel back. */
  readonly keepRanked: boolean;
};

export type Task =
  | { readonly kind: 'terms'; readonly input: TaskInput; readonly maxBytes: number }
  | {
      readonly kind: 'summarize';
      readonly input: TaskInput;
      readonly title: string | undefined;
      readonly settings: SummarizeSettings;
    };

export type TaskError = { readonly code: string; readonly message: string };

export type Outcome =
  | { readonly ok: true; readonly terms: readonly string[] }
  | { readonly ok: true; readonly summary: Summary }
  | { readonly ok: false; readonly error: TaskError };

const readText = async (input: TaskInput, maxBytes: number): Promise<string> =>
  'text' in input ? input.text : decodeText(await readFileBytes(input.path, maxBytes), input.path);

/** Run one task. `corpus`, when set, gives the batch's document frequencies. */
export const runTask = async (task: Task, corpus: Corpus | undefined): Promise<Outcome> => {
  try {
    if (task.kind === 'terms') return { ok: true, terms: documentTerms(await readText(task.input, task.maxBytes)) };
    const { settings } = task;
    const summary = summarize(await readText(task.input, settings.maxBytes), {
      method: settings.method,
      ...(settings.length === undefined ? {} : { length: settings.length }),
      ...(task.title === undefined ? {} : { title: task.title }),
      ...(corpus === undefined ? {} : { corpus }),
    });
    return { ok: true, summary: settings.keepRanked ? summary : { ...summary, ranked: [] } };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
};
