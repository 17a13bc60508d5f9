import { describe, expect, it } from 'vitest';
import { computeFeatures, lengthScore, positionScore, sentenceIdf, titleScore } from '../../src/core/features.js';
import { buildDoc } from '../helpers.js';

describe('features', () => {
  it('keeps every feature within 0..1', () => {
    const doc = buildDoc(['alpha beta alpha', 'gamma'], ['alpha delta', 'epsilon zeta eta theta']);
    for (const f of computeFeatures({ ...doc, titleTerms: ['alpha', 'zeta'] })) {
      for (const v of [f.tfidf, f.position, f.length, f.title]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives a term found in fewer sentences a higher IDF', () => {
    const idf = sentenceIdf(buildDoc(['alpha beta', 'alpha gamma', 'alpha delta']).sentences);
    expect(idf('beta')).toBeGreaterThan(idf('alpha'));
    expect(idf('unseen')).toBeGreaterThan(idf('beta'));
  });

  it('decays position with the index and credits paragraph openers', () => {
    const doc = buildDoc('abcdefghijklmnopqrst'.split(''), ['u']);
    const [first, second] = doc.sentences;
    const last = doc.sentences[19]!;
    const opener = doc.sentences[20]!;
    expect(positionScore(first!, true)).toBe(1);
    expect(positionScore(second!, false)).toBeLessThan(1);
    expect(positionScore(opener, true)).toBeGreaterThan(positionScore(last, false));
  });

  it('penalises fragments and run-ons but not normal sentences', () => {
    expect(lengthScore(3)).toBeLessThan(0.2);
    expect(lengthScore(20)).toBe(1);
    expect(lengthScore(120)).toBeLessThan(0.5);
  });

  it('measures the share of title terms a sentence contains', () => {
    expect(titleScore(['alpha', 'beta', 'x'], ['alpha', 'beta', 'gamma', 'delta'])).toBe(0.5);
    expect(titleScore(['alpha'], [])).toBe(0);
  });
});
