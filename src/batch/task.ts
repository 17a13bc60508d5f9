// One unit of batch work, the same in a worker thread and in the main thread: read an input, then
// either list its terms (for corpus IDF) or summarize it. Failures come back as values, never thrown.
import { type CorpusBuilder, documentTerms } from '../core/corpus.js';
import { summarize } from '../core/summarize.js';
import type { Corpus, Length, Method, Summary } from '../core/types.js';
import { InputError } from '../errors.js';
import { type Decoded, type Encoding, decodeText, readFileBytes } from '../io/input.js';

/** An input is a file to read, or text already read (standard input, a JSON Lines record). */
export type TaskInput = { readonly path: string } | { readonly text: string; readonly name: string };

export type SummarizeSettings = {
  readonly length: Length | undefined;
  readonly method: Method;
  readonly maxBytes: number;
  readonly encoding: Encoding;
  /** Keep every sentence's score (for --explain all); otherwise only the picked ones travel back. */
  readonly keepRanked: boolean;
};

export type Task =
  | { readonly kind: 'terms'; readonly input: TaskInput; readonly maxBytes: number; readonly encoding: Encoding }
  | {
      readonly kind: 'summarize';
      readonly input: TaskInput;
      readonly title: string | undefined;
      readonly settings: SummarizeSettings;
    };

export type TaskError = { readonly code: string; readonly message: string };

export type Outcome =
  | { readonly ok: true; readonly indexed: true }
  | { readonly ok: true; readonly summary: Summary; readonly warning: string | undefined }
  | { readonly ok: false; readonly error: TaskError };

const readText = (input: TaskInput, maxBytes: number, encoding: Encoding): Decoded => {
  if ('text' in input) return { text: input.text, warning: undefined };
  return decodeText(readFileBytes(input.path, maxBytes), input.path, encoding);
};

/**
 * What a thread keeps between tasks: the share of the batch's document frequencies it has counted,
 * and, once the whole batch is counted, the batch's corpus.
 */
export type TaskState = { readonly index: CorpusBuilder; corpus: Corpus | undefined };

/** Run one task: 'terms' counts the input into `state.index`; 'summarize' uses `state.corpus`. */
export const runTask = async (task: Task, state: TaskState): Promise<Outcome> => {
  const { corpus } = state;
  try {
    if (task.kind === 'terms') {
      state.index.add(documentTerms(readText(task.input, task.maxBytes, task.encoding).text));
      return { ok: true, indexed: true };
    }
    const { settings } = task;
    const { text, warning } = readText(task.input, settings.maxBytes, settings.encoding);
    const summary = summarize(text, {
      method: settings.method,
      ...(settings.length === undefined ? {} : { length: settings.length }),
      ...(task.title === undefined ? {} : { title: task.title }),
      ...(corpus === undefined ? {} : { corpus }),
    });
    return { ok: true, summary: settings.keepRanked ? summary : { ...summary, ranked: [] }, warning };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
};
