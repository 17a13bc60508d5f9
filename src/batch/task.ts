// One unit of batch work, the same in a worker thread and in the main thread: read an input, then
// either list its terms (for corpus IDF) or summarize it. Failures come back as values, never thrown.
import { CorpusBuilder } from '../core/score/corpus.js';
import { wordTermIds } from '../core/nlp/segment.js';
import { summarize } from '../core/summarize.js';
import type { Corpus, Length, Method, Summary } from '../core/types.js';
import { InputError } from '../errors.js';
import { type FormatChoice, detectFormat, extract } from '../extract/extract.js';
import type { InputFormat } from '../extract/extracted.js';
import { stripControls, stripMarkup } from '../core/text/normalize.js';
import { type Decoded, type Encoding, decodeText, readFileBytes } from '../read/files.js';

/**
 * An input is a file to read, or text already read (standard input, a fetched page, a JSON Lines
 * record), whose format may be known (a page's content type).
 */
export type TaskInput =
  | { readonly path: string }
  | { readonly text: string; readonly name: string; readonly format?: InputFormat };

export type SummarizeSettings = {
  readonly length: Length | undefined;
  readonly method: Method;
  readonly maxBytes: number;
  readonly encoding: Encoding;
  /** --input: what kind of text the inputs are. */
  readonly input: FormatChoice;
  /** Keep every sentence's score (for --explain all, --highlight); otherwise only the picked ones travel back. */
  readonly keepRanked: boolean;
  readonly keywords: number;
};

export type Task =
  | {
      readonly kind: 'terms';
      readonly input: TaskInput;
      readonly maxBytes: number;
      readonly encoding: Encoding;
    }
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

const readText = async (input: TaskInput, maxBytes: number, encoding: Encoding): Promise<Decoded> => {
  if ('text' in input) return { text: input.text, warning: undefined };
  return decodeText(await readFileBytes(input.path, maxBytes), input.path, encoding);
};

/**
 * How much a thread keeps from the corpus pass for the summary pass, in characters, counting each
 * kept text as its length plus ENTRY_COST: 100,000 small files cost 115 MB more at 16M without an
 * entry cost, for little gain.
 */
const KEPT_TEXT_BUDGET = 8 * 1024 * 1024;
const ENTRY_COST = 256;

/**
 * Files' texts as the corpus pass read them, kept for the summary pass up to a budget, so that a
 * batch of ordinary size reads each file once. Each text is handed out once.
 */
export class KeptTexts {
  private readonly texts = new Map<string, Decoded>();
  private size = 0;

  constructor(private readonly budget = KEPT_TEXT_BUDGET) {}

  keep(path: string, decoded: Decoded): void {
    const cost = decoded.text.length + ENTRY_COST;
    if (this.size + cost > this.budget) return;
    this.texts.set(path, decoded);
    this.size += cost;
  }

  take(path: string): Decoded | undefined {
    const decoded = this.texts.get(path);
    if (decoded !== undefined) {
      this.texts.delete(path);
      this.size -= decoded.text.length + ENTRY_COST;
    }
    return decoded;
  }
}

/**
 * What a thread keeps between tasks: the share of the batch's document frequencies it has counted,
 * the texts it read for them, and, once the whole batch is counted, the batch's corpus.
 */
export type TaskState = { readonly index: CorpusBuilder; readonly kept: KeptTexts; corpus: Corpus | undefined };

export const newTaskState = (): TaskState => ({ index: new CorpusBuilder(), kept: new KeptTexts(), corpus: undefined });

/** Run one task: 'terms' counts the input into `state.index`; 'summarize' uses `state.corpus`. */
export const runTask = async (task: Task, state: TaskState): Promise<Outcome> => {
  const { corpus } = state;
  try {
    if (task.kind === 'terms') {
      // markup stripped, for HTML (the full extraction would cost as much again), and the invisible
      // characters that would split a word; the rest of normalize changes only spaces and line ends
      const decoded = await readText(task.input, task.maxBytes, task.encoding);
      if ('path' in task.input) state.kept.keep(task.input.path, decoded);
      state.index.addIds(wordTermIds(stripControls(stripMarkup(decoded.text))));
      return { ok: true, indexed: true };
    }
    const { settings } = task;
    const { text, warning } =
      ('path' in task.input ? state.kept.take(task.input.path) : undefined) ??
      (await readText(task.input, settings.maxBytes, settings.encoding));
    const name = 'path' in task.input ? task.input.path : task.input.name;
    const known = 'format' in task.input ? task.input.format : undefined;
    const article = await extract(known ?? detectFormat(settings.input, name, text), text);
    const title = task.title ?? article.title ?? undefined;
    const summary = summarize(article.text, {
      method: settings.method,
      ...(settings.length === undefined ? {} : { length: settings.length }),
      ...(title === undefined ? {} : { title }),
      keywords: settings.keywords,
      ...(corpus === undefined ? {} : { corpus }),
    });
    return { ok: true, summary: settings.keepRanked ? summary : { ...summary, ranked: [] }, warning };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
};
