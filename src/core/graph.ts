// Graph centrality by PageRank (Brin & Page 1998), as TextRank and LexRank use it. Pure maths.
import { type Vector, dot, unit } from './vectors.js';

const MAX_ITERATIONS = 200;
const TOLERANCE = 1e-9;

/**
 * PageRank by power iteration over a graph given as an operator: `spread(q)` returns, for each node i,
 * the sum over its neighbours j of w(i, j) * q[j]; `degree[i]` is node i's total edge weight. Nodes
 * without edges spread their rank evenly. Scores sum to 1.
 */
export const pagerank = (
  degree: readonly number[],
  spread: (q: readonly number[]) => number[],
  damping: number,
): number[] => {
  const n = degree.length;
  if (n === 0) return [];
  let p: number[] = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let dangling = 0;
    const q = p.map((x, i) => {
      const d = degree[i] ?? 0;
      if (d > 0) return x / d;
      dangling += x;
      return 0;
    });
    const spreadQ = spread(q);
    const next = spreadQ.map((x) => (1 - damping) / n + damping * (x + dangling / n));
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] ?? 0) - (p[i] ?? 0));
    p = next;
    if (change < TOLERANCE) break;
  }
  return p;
};

/** PageRank over a dense weight matrix (symmetric, zero diagonal). O(n²) per iteration. */
export const matrixPagerank = (weights: ReadonlyArray<readonly number[]>, damping: number): number[] => {
  const degree = weights.map((row) => row.reduce((a, b) => a + b, 0));
  const spread = (q: readonly number[]): number[] =>
    weights.map((row) => row.reduce((sum, w, j) => sum + w * (q[j] ?? 0), 0));
  return pagerank(degree, spread, damping);
};

/**
 * PageRank over the complete graph whose edge weights are dot products of (already scaled) vectors,
 * without building the n² matrix: Σ_j w(i,j) q_j = v_i · (Σ_j q_j v_j) − (v_i · v_i) q_i. Linear in the
 * number of terms per iteration, so long articles cost no more than their length.
 */
export const dotPagerank = (vectors: readonly Vector[], damping: number): number[] => {
  const self = vectors.map((v) => dot(v, v));
  const spread = (q: readonly number[]): number[] => {
    const z = new Map<string, number>();
    vectors.forEach((v, j) => {
      const w = q[j] ?? 0;
      if (w !== 0) for (const [t, x] of v) z.set(t, (z.get(t) ?? 0) + w * x);
    });
    return vectors.map((v, i) => Math.max(0, dot(v, z) - self[i]! * (q[i] ?? 0)));
  };
  return pagerank(spread(vectors.map(() => 1)), spread, damping);
};

/** Continuous LexRank (Erkan & Radev 2004): edges weighted by the TF-IDF cosine of two sentences. */
export const cosinePagerank = (vectors: readonly Vector[], damping: number): number[] =>
  dotPagerank(vectors.map(unit), damping);

/**
 * TextRank's graph (Mihalcea & Tarau 2004): edges weighted by the words two sentences share over their
 * log lengths. TextRank divides by log|a| + log|b|; this divides by 2·sqrt(log|a|·log|b|), which is
 * never larger and factors into per-sentence vectors, so dotPagerank can run it in linear time.
 */
export const overlapPagerank = (termLists: ReadonlyArray<readonly string[]>, damping: number): number[] =>
  dotPagerank(
    termLists.map((terms) => {
      const logLength = Math.log(terms.length);
      const weight = logLength > 0 ? 1 / Math.sqrt(2 * logLength) : 0;
      return new Map(weight === 0 ? [] : [...new Set(terms)].map((t) => [t, weight]));
    }),
    damping,
  );
