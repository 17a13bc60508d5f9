// What an article without a title line is about: its first heading, else the terms its opening
// paragraph shares with the rest of it. These stand in for the title's terms (the title feature, and
// telling a warm-up from the point).
import type { Aside, Sentence } from '../types.js';

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
  const opening = sentences.slice(0, OPENING_SENTENCES);
  // each term of the opening, in order of first use, with how many sentences after it echo it and
  // the last one that did (a sentence counts once however often it says the term)
  const echoes = new Map<string, { order: number; count: number; last: number }>();
  for (const s of opening) for (const t of s.terms) if (!echoes.has(t)) echoes.set(t, { order: echoes.size, count: 0, last: -1 });
  for (let i = opening.length; i < sentences.length; i++) {
    for (const t of sentences[i]!.terms) {
      const echo = echoes.get(t);
      if (echo === undefined || echo.last === i) continue;
      echo.last = i;
      echo.count++;
    }
  }
  return [...echoes]
    .filter(([, e]) => e.count >= MIN_ECHOES)
    .sort(([, a], [, b]) => b.count - a.count || a.order - b.order)
    .slice(0, MAX_TERMS)
    .map(([t]) => t);
};
