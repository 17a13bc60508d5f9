// The public pipeline: text → Summary. Composes the steps and nothing else.
import { clean, isBoilerplate } from './text/clean.js';
import { blendIdf, corpusIdf } from './score/corpus.js';
import { extractKeywords } from './score/keywords.js';
import { rankDoc } from './score/methods.js';
import { normalize } from './text/normalize.js';
import { resolveLength, selectTop } from './select.js';
import { resolveLanguage } from './nlp/language.js';
import type { Doc, Length, Method, PickedSentence, Scored, Summary, SummarizeOptions } from './types.js';
import { sentenceIdf } from './score/vectors.js';
import { DEFAULT_WEIGHTS } from './score/weights.js';
import { DEFAULTS } from '../defaults.js';

export const DEFAULT_LENGTH: Length = { kind: 'count', n: DEFAULTS.sentences };
export const DEFAULT_METHOD: Method = DEFAULTS.method;

/**
 * Clean and segment an article into the Doc that ranking works on, in language `lang` (an ISO 639-1
 * code, or 'auto' to detect it from the body).
 */
export const prepareDoc = (text: string, knownTitle?: string, lang = 'auto'): Doc => {
  const { title, paragraphs, asides } = clean(normalize(text), knownTitle);
  const { adapter, note } = resolveLanguage(lang, paragraphs.join('\n'));
  return {
    title,
    lang: adapter.code,
    notes: note === undefined ? [] : [note],
    titleTerms: title === null ? [] : adapter.termsOf(title),
    // boilerplate inside a paragraph ("… the vote. Scroll down for video. The mayor …") shows only now
    sentences: adapter
      .segment(paragraphs)
      .filter((s) => !isBoilerplate(s.text))
      .map((s, index) => ({ ...s, index })),
    paragraphCount: paragraphs.length,
    asides,
  };
};

const toPicked = ({ sentence, score, contributions }: Scored): PickedSentence => ({
  index: sentence.index,
  paragraph: sentence.paragraph,
  text: sentence.text,
  words: sentence.words,
  score,
  contributions,
});

/** Summarize a Doc that prepareDoc made. */
export const summarizeDoc = (doc: Doc, options: Omit<SummarizeOptions, 'title'> = {}): Summary => {
  const n = resolveLength(options.length ?? DEFAULT_LENGTH, doc.sentences.length);
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const articleIdf = sentenceIdf(doc.sentences);
  const idf = options.corpus === undefined ? articleIdf : blendIdf(articleIdf, corpusIdf(options.corpus));
  const scored = rankDoc(doc, options.method ?? DEFAULT_METHOD, n, weights, idf);
  return {
    title: doc.title,
    lang: doc.lang,
    notes: doc.notes,
    sentenceCount: doc.sentences.length,
    wordCount: doc.sentences.reduce((n, s) => n + s.words, 0),
    sentences: selectTop(scored, n).map(toPicked),
    ranked: scored.map(toPicked),
    asides: doc.asides,
    keywords: extractKeywords(doc, idf, options.keywords ?? 0),
  };
};

/** Summarize an article: its title, if found, and its best sentences in article order. */
export const summarize = (text: string, options: SummarizeOptions = {}): Summary =>
  summarizeDoc(prepareDoc(text, options.title, options.lang), options);
