// How much each feature counts towards a sentence's score. One named object, one reason per weight.
import type { Weights } from './types.js';

export const DEFAULT_WEIGHTS: Weights = {
  // What the sentence is about, against what the article is about: the core of an extractive summary.
  tfidf: 1,
  // News puts the gist first; without this the lead, which human summaries lean on, loses to long middles.
  position: 1,
  // Fragments score high on a few rare terms and run-ons on many; both read badly out of context.
  length: 0.5,
  // A headline names the story; sentences that repeat its terms usually carry it.
  title: 0.5,
};
