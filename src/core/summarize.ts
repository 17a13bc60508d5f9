// The public pipeline: text → Summary. Composes the steps and nothing else.
import { clean } from './clean.js';
import { computeFeatures } from './features.js';
import { normalize } from './normalize.js';
import { resolveLength, scoreAll, selectTop } from './rank.js';
import { segment, termsOf } from './segment.js';
import type { Doc, Length, Summary, SummarizeOptions } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

export const DEFAULT_LENGTH: Length = { kind: 'count', n: 3 };

/** Clean and segment an article into the Doc that ranking works on. */
export const readArticle = (text: string, knownTitle?: string): Doc => {
  const { title, paragraphs } = clean(normalize(text), knownTitle);
  return {
    title,
    titleTerms: title === null ? [] : termsOf(title),
    sentences: segment(paragraphs),
    paragraphCount: paragraphs.length,
  };
};

/** Summarize an article: its title, if found, and its best sentences in article order. */
export const summarize = (text: string, options: SummarizeOptions = {}): Summary => {
  const doc = readArticle(text, options.title);
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const scored = scoreAll(doc.sentences, computeFeatures(doc), weights);
  const n = resolveLength(options.length ?? DEFAULT_LENGTH, doc.sentences.length);
  return {
    title: doc.title,
    sentenceCount: doc.sentences.length,
    sentences: selectTop(scored, n).map(({ sentence, score, features }) => ({
      index: sentence.index,
      text: sentence.text,
      score,
      features,
    })),
  };
};
