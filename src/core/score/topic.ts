// What an article without a title line is about: its first heading, else the terms its opening
// paragraph shares with the rest of it. These stand in for the title's terms (the title feature, and
// telling a warm-up from the point).
import type { Aside, Sentence } from '../types.js';
import { termMatrix } from './vectors.js';

/** The opening: this many sentences at most (a paper's first paragraph, a news story's first lines). */
const OPENING_SENTENCES = 3;
/** A term of the opening counts when this many sentences after it hold it too. */
const MIN_ECHOES = 2;
/** At most this many terms: about a headline's worth. */
const MAX_TERMS = 4;

/**
 * Topic terms for an article with no title: those of a heading placed before its first paragraph of
 * prose (`headingTerms`), else the opening's terms that recur most often in the rest of the article,
 * ties going to the earlier. Empty when nothing recurs.
 */
export const topicTerms = (sentences: readonly Sentence[], asides: readonly Aside[], headingTerms: (text: string) => readonly string[]): string[] => {
  const heading = asides.find((a) => a.before === 0);
  if (heading !== undefined) {
    const terms = headingTerms(heading.text);
    if (terms.length > 0) return [...new Set(terms)];
  }
  // the article's term matrix (built once, for ranking too) numbers terms in order of first use, so
  // the opening's terms are the first ones, in that order; its rows list each sentence's distinct
  // terms (a sentence counts once however often it says a term)
  const { terms, counts } = termMatrix(sentences);
  const { offsets, ids } = counts;
  const opening = Math.min(OPENING_SENTENCES, sentences.length);
  let openingTerms = 0;
  for (let k = 0; k < offsets[opening]!; k++) openingTerms = Math.max(openingTerms, ids[k]! + 1);
  // how many sentences after the opening echo each of its terms
  const echoes = new Int32Array(openingTerms);
  for (let k = offsets[opening]!; k < offsets[sentences.length]!; k++) if (ids[k]! < openingTerms) echoes[ids[k]!]!++;
  const recurring: number[] = [];
  for (let id = 0; id < openingTerms; id++) if (echoes[id]! >= MIN_ECHOES) recurring.push(id);
  return recurring
    .sort((a, b) => echoes[b]! - echoes[a]! || a - b)
    .slice(0, MAX_TERMS)
    .map((id) => terms[id]!);
};
