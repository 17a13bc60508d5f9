// Sparse TF-IDF vectors over sentence terms: IDF, vectors, cosine. Pure maths.
import type { Sentence } from './types.js';

/** A sparse vector: term → weight. */
export type Vector = ReadonlyMap<string, number>;

/** Inverse document frequency of a term. */
export type Idf = (term: string) => number;

/**
 * Smoothed IDF with each sentence as a "document" (the article's own statistics):
 * idf(t) = ln((1 + N) / (1 + df(t))) + 1, so a term found in every sentence still counts a little.
 */
export const sentenceIdf = (sentences: readonly Sentence[]): Idf => {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return (term) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
};

/** Term counts times IDF. */
export const tfidfVector = (terms: readonly string[], idf: Idf): Vector => {
  const v = new Map<string, number>();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  for (const [t, tf] of v) v.set(t, tf * idf(t));
  return v;
};

export const dot = (a: Vector, b: Vector): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, x] of small) sum += x * (large.get(t) ?? 0);
  return sum;
};

export const norm = (v: Vector): number => Math.sqrt(dot(v, v));

/** The vector scaled to length 1; the empty vector stays empty. */
export const unit = (v: Vector): Vector => {
  const n = norm(v);
  return n === 0 ? new Map() : new Map([...v].map(([t, x]) => [t, x / n]));
};

/** Cosine similarity, 0..1 for non-negative weights. */
export const cosine = (a: Vector, b: Vector): number => {
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot(a, b) / d;
};
