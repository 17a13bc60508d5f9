// Graph centrality by PageRank (Brin & Page 1998), as TextRank and LexRank use it. Pure maths.
import { type Vector, unit } from './vectors.js';

const MAX_ITERATIONS = 200;
/** Total change in rank (which sums to 1) below which the walk has settled; far finer than rankings need. */
const TOLERANCE = 1e-7;

/**
 * PageRank by power iteration over a graph given as an operator: `spread(q, out)` writes, for each
 * node i, the sum over its neighbours j of w(i, j) * q[j]; `degree[i]` is node i's total edge weight.
 * Nodes without edges spread their rank evenly. Scores sum to 1.
 */
export const pagerank = (
  degree: ArrayLike<number>,
  spread: (q: Float64Array, out: Float64Array) => void,
  damping: number,
): number[] => {
  const n = degree.length;
  if (n === 0) return [];
  let p = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const q = new Float64Array(n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const d = degree[i]!;
      if (d > 0) q[i] = p[i]! / d;
      else {
        q[i] = 0;
        dangling += p[i]!;
      }
    }
    spread(q, next);
    const base = (1 - damping) / n + (damping * dangling) / n;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = base + damping * next[i]!;
      change += Math.abs(next[i]! - p[i]!);
    }
    [p, next] = [next, p];
    if (change < TOLERANCE) break;
  }
  return Array.from(p);
};

/** PageRank over a dense weight matrix (symmetric, zero diagonal). O(n²) per iteration. */
export const matrixPagerank = (weights: ReadonlyArray<readonly number[]>, damping: number): number[] => {
  const degree = weights.map((row) => row.reduce((a, b) => a + b, 0));
  const spread = (q: Float64Array, out: Float64Array): void => {
    weights.forEach((row, i) => {
      let sum = 0;
      for (let j = 0; j < row.length; j++) sum += row[j]! * q[j]!;
      out[i] = sum;
    });
  };
  return pagerank(degree, spread, damping);
};

/** Sparse vectors packed for speed: vector i holds entries offsets[i] .. offsets[i+1]-1. */
type Packed = { readonly offsets: Int32Array; readonly ids: Int32Array; readonly values: Float64Array; readonly size: number };

const pack = (vectors: readonly Vector[]): Packed => {
  const idOf = new Map<string, number>();
  let total = 0;
  for (const v of vectors) total += v.size;
  const offsets = new Int32Array(vectors.length + 1);
  const ids = new Int32Array(total);
  const values = new Float64Array(total);
  let k = 0;
  vectors.forEach((v, i) => {
    offsets[i] = k;
    for (const [term, x] of v) {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = idOf.size));
      ids[k] = id;
      values[k++] = x;
    }
  });
  offsets[vectors.length] = k;
  return { offsets, ids, values, size: idOf.size };
};

/**
 * PageRank over the complete graph whose edge weights are dot products of (already scaled) vectors,
 * without building the n² matrix: Σ_j w(i,j) q_j = v_i · (Σ_j q_j v_j) − (v_i · v_i) q_i. Linear in the
 * number of terms per iteration, so long articles cost no more than their length.
 */
export const dotPagerank = (vectors: readonly Vector[], damping: number): number[] => {
  const { offsets, ids, values, size } = pack(vectors);
  const n = vectors.length;
  const self = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) self[i]! += values[k]! ** 2;
  const z = new Float64Array(size);
  const spread = (q: Float64Array, out: Float64Array): void => {
    z.fill(0);
    for (let j = 0; j < n; j++) {
      const w = q[j]!;
      if (w !== 0) for (let k = offsets[j]!; k < offsets[j + 1]!; k++) z[ids[k]!]! += w * values[k]!;
    }
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) sum += values[k]! * z[ids[k]!]!;
      out[i] = Math.max(0, sum - self[i]! * q[i]!);
    }
  };
  const degree = new Float64Array(n);
  spread(new Float64Array(n).fill(1), degree);
  return pagerank(degree, spread, damping);
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
