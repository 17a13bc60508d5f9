// What a language gives the ranker, as types: the one shape that wink-nlp's English (segment.ts) and
// Intl.Segmenter's other languages (intl.ts) both take, and that language.ts hands out.
import type { Sentence } from '../types.js';

export type SegmentOptions = {
  /** Keep each sentence's words as written (keywords show them). */
  readonly surface?: boolean;
  /** Which sentences to keep, by their text; the kept ones are numbered in order. */
  readonly keep?: (text: string) => boolean;
};

export type LanguageAdapter = {
  /** ISO 639-1 code; 'und' for the language-neutral path. */
  readonly code: string;
  /** Sentences of the paragraphs; with `surface`, each with the words its terms come from. */
  readonly segment: (paragraphs: readonly string[], options?: SegmentOptions) => Sentence[];
  readonly termsOf: (text: string) => string[];
};
