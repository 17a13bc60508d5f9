// Features + Weights → Scored[], then the choice: top scores, no near-duplicates, article order.
import type { Contributions, Features, Length, Scored, Sentence, Weights } from './types.js';

/**
 * The weights as they apply to one summary. `gist`, 0..1, says how selective the summary is (see
 * gistFactor): it scales the gist features (position, title, length) up and overlap down.
 */
export const weightsFor = (w: Weights, gist: number): Weights => ({
  centrality: w.centrality,
  overlap: (1 - gist) * w.overlap,
  position: gist * w.position,
  title: gist * w.title,
  length: gist * w.length,
});

/** Each feature's weighted share of a sentence's score. */
export const contributionsOf = (f: Features, w: Weights): Contributions => ({
  centrality: w.centrality * f.centrality,
  overlap: w.overlap * f.overlap,
  position: w.position * f.position,
  title: w.title * f.title,
  length: w.length * f.length,
});

const sum = (c: Contributions): number => Object.values(c).reduce((a, b) => a + b, 0);

/** Pair each sentence with its contributions and their sum. */
export const scoreAll = (sentences: readonly Sentence[], contributions: readonly Contributions[]): Scored[] =>
  sentences.map((sentence, i) => {
    const c = contributions[i] ?? {};
    return { sentence, contributions: c, score: sum(c) };
  });

/** How many sentences a Length asks for, out of `total`: at least 1 (if there is any), never more than total. */
export const resolveLength = (length: Length, total: number): number => {
  if (total === 0) return 0;
  const n = length.kind === 'count' ? length.n : Math.round(length.r * total);
  return Math.min(total, Math.max(1, n));
};

/** Two sentences sharing this share of their terms (Jaccard) say the same thing. */
const DUPLICATE_OVERLAP = 0.6;

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
};

/** Best first; equal scores go to the earlier sentence, so output is deterministic. */
export const byScore = (a: Scored, b: Scored): number => b.score - a.score || a.sentence.index - b.sentence.index;

/**
 * Pick the n best sentences, skipping any that nearly repeats one already picked (redundancy control,
 * as in MMR), and return them in article order.
 */
export const selectTop = (scored: readonly Scored[], n: number): Scored[] => {
  const picked: Array<{ s: Scored; terms: Set<string> }> = [];
  for (const s of [...scored].sort(byScore)) {
    if (picked.length >= n) break;
    const terms = new Set(s.sentence.terms);
    if (picked.some((p) => jaccard(p.terms, terms) >= DUPLICATE_OVERLAP)) continue;
    picked.push({ s, terms });
  }
  return picked.map((p) => p.s).sort((a, b) => a.sentence.index - b.sentence.index);
};
