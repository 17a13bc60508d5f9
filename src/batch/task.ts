// One unit of work, the same in a worker thread and in the main thread: load a source, then either
// count its terms (for corpus IDF) or summarize it. Failures come back as values, never thrown.
import { CorpusBuilder } from '../core/score/corpus.js';
import { corpusTermIds } from '../core/nlp/language.js';
import { summarize } from '../core/summarize.js';
import { stripControls } from '../core/text/normalize.js';
import { stripMarkup } from '../extract/markup.js';
import type { Corpus, Summary, SummarySettings } from '../core/types.js';
import { InputError } from '../errors.js';
import { type Article, type LoadOptions, load } from '../read/load.js';
import type { Source } from '../read/source.js';
import { withStarts } from '../extract/captions.js';

/**
 * All a task needs: how to read its source, what summary to make of it (as the core takes it), and
 * whether every sentence's score travels back (for --explain all, --highlight) or only the picked ones.
 */
export type TaskSettings = { readonly load: LoadOptions; readonly summary: SummarySettings; readonly keepRanked: boolean };

export type Task =
  | { readonly kind: 'terms'; readonly source: Source; readonly load: LoadOptions; readonly lang: string | undefined }
  | { readonly kind: 'summarize'; readonly source: Source; readonly settings: TaskSettings };

export type TaskError = { readonly code: string; readonly message: string };

export type Outcome =
  | { readonly ok: true; readonly indexed: true }
  | { readonly ok: true; readonly summary: Summary; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: TaskError };

/**
 * How much a thread keeps from the corpus pass for the summary pass, in characters, counting each
 * kept article as its length plus ENTRY_COST (README → IDF in a batch says why).
 */
const KEPT_TEXT_BUDGET = 8 * 1024 * 1024;
const ENTRY_COST = 256;

/**
 * Articles as the corpus pass loaded them, kept for the summary pass up to a budget, so that a batch
 * of ordinary size reads and extracts each input once. Each is handed out once.
 */
export class KeptArticles {
  private readonly articles = new Map<string, Article>();
  private size = 0;

  constructor(private readonly budget = KEPT_TEXT_BUDGET) {}

  keep(key: string, article: Article): void {
    const cost = article.text.length + ENTRY_COST;
    if (this.size + cost > this.budget) return;
    this.articles.set(key, article);
    this.size += cost;
  }

  take(key: string): Article | undefined {
    const article = this.articles.get(key);
    if (article !== undefined) {
      this.articles.delete(key);
      this.size -= article.text.length + ENTRY_COST;
    }
    return article;
  }
}

/** The key a source's kept article is found by: files and URLs are named once in a batch. */
const keyOf = (source: Source): string | undefined =>
  source.kind === 'file' ? `file:${source.path}` : source.kind === 'url' ? `url:${source.url}` : undefined;

/**
 * What a thread keeps between tasks: the share of the batch's document frequencies it has counted,
 * the articles it loaded for them, and, once the whole batch is counted, the batch's corpus.
 */
export type TaskState = { readonly index: CorpusBuilder; readonly kept: KeptArticles; corpus: Corpus | undefined };

export const newTaskState = (): TaskState => ({ index: new CorpusBuilder(), kept: new KeptArticles(), corpus: undefined });

/** Summarize an article that load() gave. */
export const summarizeArticle = (article: Article, settings: TaskSettings, corpus?: Corpus): Summary => {
  const summary = summarize(stripMarkup(article.text), {
    ...settings.summary,
    ...(article.title === null ? {} : { title: article.title }),
    ...(article.subtitle === undefined ? {} : { subtitle: article.subtitle }),
    ...(article.genre === undefined ? {} : { genre: article.genre }),
    ...(corpus === undefined ? {} : { corpus }),
    ranked: settings.keepRanked,
  });
  const withSubtitle = article.subtitle === undefined ? summary : { ...summary, subtitle: article.subtitle };
  const timed = article.times === undefined ? withSubtitle : withStarts(withSubtitle, article.text, article.times);
  return settings.keepRanked ? timed : { ...timed, ranked: [], asides: [] };
};

/** Run one task: 'terms' counts the source into `state.index`; 'summarize' uses `state.corpus`. */
export const runTask = async (task: Task, state: TaskState, signal?: AbortSignal): Promise<Outcome> => {
  const key = keyOf(task.source);
  try {
    if (task.kind === 'terms') {
      const article = await load(task.source, signal === undefined ? task.load : { ...task.load, signal });
      if (key !== undefined) state.kept.keep(key, article);
      // invisible characters would split a word; the rest of normalizing changes only spaces and line ends
      state.index.addIds(corpusTermIds(stripControls(stripMarkup(article.text)), task.lang));
      return { ok: true, indexed: true };
    }
    const { settings } = task;
    const article =
      (key === undefined ? undefined : state.kept.take(key)) ??
      (await load(task.source, signal === undefined ? settings.load : { ...settings.load, signal }));
    const summary = summarizeArticle(article, settings, state.corpus);
    // a page with nothing to summarize is a page whose article could not be found: say so, and fail
    if (summary.sentenceCount === 0 && article.inputKind === 'html') {
      return { ok: false, error: { code: 'ENOARTICLE', message: `${article.name}: no article text found on the page` } };
    }
    return { ok: true, summary, warnings: [...article.warnings, ...summary.notes.map((n) => `${article.name}: ${n}`)] };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
};
