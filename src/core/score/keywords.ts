// The article's key terms and two-word phrases, from the same TF-IDF statistics that rank sentences.
import type { Doc, Keyword } from '../types.js';
import type { Idf } from './vectors.js';

type Candidate = { key: string; words: string[]; surfaces: Map<string, number>; count: number; first: number; score: number };

/** The most frequent way a term was written; the first seen on a tie. */
const bestSurface = (surfaces: ReadonlyMap<string, number>): string => {
  let best = '';
  let most = 0;
  for (const [s, n] of surfaces) if (n > most) [best, most] = [s, n];
  return best;
};

/**
 * Top `k` keywords: terms scored by TF × IDF (count in the article times inverse sentence frequency,
 * doubled for words of the title), and pairs of consecutive content words that occur at least twice,
 * scored by their count times the sum of their weights. A keyword whose words are all in keywords
 * already chosen is skipped.
 */
export const extractKeywords = (doc: Doc, idf: Idf, k: number): Keyword[] => {
  if (k <= 0) return [];
  const candidates = new Map<string, Candidate>();
  let position = 0;
  const see = (key: string, words: string[], surface: string): void => {
    let c = candidates.get(key);
    if (c === undefined) candidates.set(key, (c = { key, words, surfaces: new Map(), count: 0, first: position, score: 0 }));
    c.count++;
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
  };
  for (const s of doc.sentences) {
    s.terms.forEach((term, i) => {
      position++;
      if (term.length < 2) return;
      see(term, [term], s.surface[i] ?? term);
      const next = s.terms[i + 1];
      if (next !== undefined && next !== term && next.length >= 2) see(`${term} ${next}`, [term, next], `${s.surface[i]} ${s.surface[i + 1]}`);
    });
  }
  // a word of the headline is twice as likely to be what the article is about (Edmundson's title cue)
  const title = new Set(doc.titleTerms);
  const weight = (w: string): number => idf(w) * (title.has(w) ? 2 : 1);
  for (const c of candidates.values()) {
    c.score = c.words.length === 1 ? c.count * weight(c.words[0]!) : c.count >= 2 ? c.count * (weight(c.words[0]!) + weight(c.words[1]!)) : 0;
  }
  const ranked = [...candidates.values()].filter((c) => c.score > 0).sort((a, b) => b.score - a.score || a.first - b.first);
  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  for (const c of ranked) {
    if (chosen.length >= k) break;
    if (c.words.every((w) => covered.has(w))) continue;
    chosen.push(c);
    for (const w of c.words) covered.add(w);
  }
  return chosen.map((c) => ({ keyword: bestSurface(c.surfaces), score: c.score }));
};
