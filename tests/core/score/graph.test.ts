import { describe, expect, it } from 'vitest';
import { cosinePagerank, matrixPagerank, overlapPagerank } from '../../../src/core/score/graph.js';
import { cosine, idfWeights, termMatrix, tfidfVector } from '../../../src/core/score/vectors.js';

const sentences = [
  ['alpha', 'beta', 'gamma'],
  ['alpha', 'beta', 'delta', 'alpha'],
  ['epsilon', 'zeta'],
  ['gamma', 'delta', 'epsilon', 'eta'],
  ['theta'],
];
const termsMatrix = termMatrix(sentences.map((terms) => ({ terms })));
const idf = (t: string): number => 1 + t.length / 10;

describe('pagerank', () => {
  it('computes cosine PageRank without the matrix exactly as with it', () => {
    const vectors = sentences.map((s) => tfidfVector(s, idf));
    const matrix = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
    const sparse = cosinePagerank(termsMatrix, idfWeights(termsMatrix, idf), 0.85);
    const dense = matrixPagerank(matrix, 0.85);
    sparse.forEach((x, i) => expect(x).toBeCloseTo(dense[i]!, 9));
  });

  it('computes the factored overlap graph exactly as its matrix', () => {
    const w = sentences.map((s) => {
      const l = Math.log(s.length);
      return l > 0 ? 1 / Math.sqrt(2 * l) : 0;
    });
    const matrix = sentences.map((a, i) =>
      sentences.map((b, j) => (i === j ? 0 : new Set(a.filter((t) => b.includes(t))).size * w[i]! * w[j]!)),
    );
    const sparse = overlapPagerank(termsMatrix, 0.85);
    const dense = matrixPagerank(matrix, 0.85);
    sparse.forEach((x, i) => expect(x).toBeCloseTo(dense[i]!, 9));
  });

  it('sums to 1 and ranks an isolated sentence lowest', () => {
    const ranks = cosinePagerank(termsMatrix, idfWeights(termsMatrix, idf), 0.95);
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Math.min(...ranks)).toBe(ranks[4]);
  });

  it('handles a graph with no edges and an empty graph', () => {
    expect(matrixPagerank([[0, 0], [0, 0]], 0.85)).toEqual([0.5, 0.5]);
    expect(cosinePagerank(termMatrix([]), new Float64Array(0), 0.85)).toEqual([]);
  });
});
