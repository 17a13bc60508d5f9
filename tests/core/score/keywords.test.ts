import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../../src/core/score/keywords.js';
import { sentenceIdf } from '../../../src/core/score/vectors.js';
import { buildDoc } from '../../helpers.js';

describe('extractKeywords', () => {
  const doc = buildDoc(['city council budget vote', 'city council school plan', 'road repair', 'city council budget delay']);
  const idf = sentenceIdf(doc.sentences);

  it('prefers a phrase that recurs to its single words, best first', () => {
    expect(extractKeywords(doc, idf, 2).map((k) => k.keyword)).toEqual(['city council', 'council budget']);
  });

  it('skips a keyword whose words are already shown', () => {
    const words = extractKeywords(doc, idf, 5).map((k) => k.keyword);
    expect(words).not.toContain('city');
    expect(words).not.toContain('council');
    expect(new Set(words).size).toBe(words.length);
  });

  it('doubles the weight of title words', () => {
    const plain = extractKeywords(doc, idf, 10).find((k) => k.keyword === 'road');
    const titled = extractKeywords({ ...doc, titleTerms: ['road'] }, idf, 10).find((k) => k.keyword === 'road');
    expect(titled!.score).toBeCloseTo(2 * plain!.score);
  });

  it('gives nothing when none is asked for', () => {
    expect(extractKeywords(doc, idf, 0)).toEqual([]);
  });
});
