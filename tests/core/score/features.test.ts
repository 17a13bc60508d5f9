import { describe, expect, it } from 'vitest';
import { computeFeatures, lengthScore, positionScore, titleScore } from '../../../src/core/score/features.js';
import { sentenceIdf } from '../../../src/core/score/vectors.js';
import { gistFactor, titleGistFactor } from '../../../src/core/score/weights.js';
import { buildDoc } from '../../helpers.js';

describe('features', () => {
  it('keeps every feature within 0..1 and gives the most central sentence 1', () => {
    const doc = buildDoc(['alpha beta alpha', 'gamma'], ['alpha delta', 'epsilon zeta eta theta alpha']);
    const features = computeFeatures({ ...doc, titleTerms: ['alpha', 'zeta'] });
    for (const f of features) {
      for (const v of [f.centrality, f.overlap, f.position, f.title, f.length]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(Math.max(...features.map((f) => f.centrality))).toBeCloseTo(1);
    // 'gamma' shares nothing with the rest
    expect(features[1]!.centrality).toBeLessThan(features[0]!.centrality);
  });

  it('leaves a feature whose weight is 0 uncomputed, at 0, and computes the others', () => {
    const doc = buildDoc(['alpha beta alpha', 'gamma'], ['alpha delta', 'epsilon zeta eta theta alpha']);
    const all = computeFeatures(doc);
    const some = computeFeatures(doc, undefined, { overlap: 0 });
    expect(all.some((f) => f.overlap > 0)).toBe(true);
    expect(some.map((f) => f.overlap)).toEqual([0, 0, 0, 0]);
    expect(some.map((f) => f.centrality)).toEqual(all.map((f) => f.centrality));
  });

  it('gives a term found in fewer sentences a higher IDF', () => {
    const idf = sentenceIdf(buildDoc(['alpha beta', 'alpha gamma', 'alpha delta']).sentences);
    expect(idf('beta')).toBeGreaterThan(idf('alpha'));
    expect(idf('unseen')).toBeGreaterThan(idf('beta'));
  });

  it('decays position with the index', () => {
    expect(positionScore(0)).toBe(1);
    expect(positionScore(1)).toBeLessThan(1);
    expect(positionScore(2)).toBeCloseTo(Math.exp(-1));
    expect(positionScore(10)).toBeLessThan(positionScore(3));
  });

  it('penalises fragments and run-ons but not sentences of a readable length', () => {
    expect(lengthScore(2)).toBeLessThan(0.2);
    expect(lengthScore(12)).toBe(1);
    expect(lengthScore(32)).toBeCloseTo(0.52);
    expect(lengthScore(80)).toBe(0);
  });

  it('measures the share of title terms a sentence contains', () => {
    expect(titleScore(['alpha', 'beta', 'x', 'alpha'], new Set(['alpha', 'beta', 'gamma', 'delta']))).toBe(0.5);
    expect(titleScore(['alpha'], new Set())).toBe(0);
  });
});

describe('gistFactor', () => {
  it.each([
    [3, 30, 1],
    [5, 20, 1],
    [13, 40, 0.5],
    [8, 20, 0],
    [10, 10, 0],
    [0, 0, 1],
  ])('is %i of %i sentences → %f', (picked, total, expected) => {
    expect(gistFactor(picked, total)).toBeCloseTo(expected);
  });
});

describe('titleGistFactor', () => {
  it.each([
    [3, 8, 1],
    [1, 2, 1],
    [4, 10, 0],
    [13, 40, 0.5],
    [3, 30, 1],
  ])('is %i of %i sentences → %f', (picked, total, expected) => {
    expect(titleGistFactor(picked, total)).toBeCloseTo(expected);
  });
});
