// How much each feature counts towards a sentence's score. One named object, one reason per weight.
// Chosen on the dev sets (cnndm-dev at 3 sentences, bbc-dev at the reference's length and at 3): see
// the README's quality section for the figures and the command that reproduces them.
import type { Weights } from '../types.js';
import { DEFAULTS } from '../../defaults.js';

export const DEFAULT_WEIGHTS: Weights = {
  // What the article is about, by the sentences it is made of: the backbone of an extractive summary,
  // and all that counts when the summary keeps a large share of the article.
  centrality: 1,
  // A second view of centrality, by plain shared words: it favours sentences that say more, which is
  // what a long summary wants (+0.5 ROUGE-1 on bbc-dev) and a short one does not, so it fades as the
  // gist features take over.
  overlap: 1,
  // News puts the gist first. Human highlights lean on the lead so hard that Lead-3 beats every graph
  // method on CNN/Daily Mail; this weight lets the first sentences win unless they are poor.
  position: 6,
  // A headline names the story (Edmundson's title method); sentences that repeat its terms carry it.
  title: 1,
  // Highlights are short: among lead sentences, a concise one makes a better summary than a run-on.
  length: 1,
};

/**
 * Position, title and length describe the gist, which matters when the summary is selective. They
 * count fully when the summary keeps at most 25% of the article's sentences, not at all from 40%
 * (a summary that long is about coverage, where centrality and overlap were best), and in between fade.
 */
export const GIST_RANGE = { full: 0.25, none: 0.4 } as const;

/** 1 for a selective summary, 0 for one that keeps a large share of the article. */
export const gistFactor = (picked: number, total: number): number => {
  if (total === 0) return 1;
  const share = picked / total;
  if (share <= GIST_RANGE.full) return 1;
  if (share >= GIST_RANGE.none) return 0;
  return (GIST_RANGE.none - share) / (GIST_RANGE.none - GIST_RANGE.full);
};

/**
 * The title's share of the gist: as gistFactor, but whole in a summary of at most this many sentences
 * (the default length) however short the article. Three lines of an eight-sentence article are 37% of
 * it, where coverage starts to count, yet they are still read as the gist, and the story the headline
 * names belongs in them (web-dev against the editors' descriptions +0.59 ROUGE-1, a feature whose title
 * names its third sentence; position and length stay as they were: trusting the lead more there cost
 * bbc-dev 0.5).
 */
export const TITLE_GIST_SENTENCES = DEFAULTS.sentences;

/** 1 where the title counts fully (see TITLE_GIST_SENTENCES), else gistFactor. */
export const titleGistFactor = (picked: number, total: number): number =>
  picked <= TITLE_GIST_SENTENCES ? 1 : gistFactor(picked, total);
