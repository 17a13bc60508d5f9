import { describe, expect, it } from 'vitest';
import { METHODS, rankDoc } from '../../../src/core/score/methods.js';
import { choose } from '../../../src/core/select.js';
import { DEFAULT_WEIGHTS } from '../../../src/core/score/weights.js';
import { buildDoc } from '../../helpers.js';

const doc = buildDoc(
  ['omega psi', 'alpha beta gamma kappa', 'chi phi'],
  ['alpha delta lambda mu', 'beta gamma delta alpha nu xi', 'upsilon tau'],
);
const top = (method: (typeof METHODS)[number], n: number): number[] =>
  choose(rankDoc(doc, method, n, DEFAULT_WEIGHTS), { n, lang: 'en', coherent: false }).map((s) => s.sentence.index);

describe('methods', () => {
  it('lead takes the first sentences', () => {
    expect(top('lead', 2)).toEqual([0, 1]);
  });

  it.each(['textrank', 'lexrank'] as const)('%s takes the sentences connected to the others', (method) => {
    expect(top(method, 3)).toEqual([1, 3, 4]);
  });

  it('textrank puts the sentence that shares most first', () => {
    expect(top('textrank', 1)).toEqual([4]);
  });

  it('tfidf favours the lead for a short summary and the connected sentences for a long one', () => {
    expect(top('tfidf', 1)).toEqual([0]);
    expect(top('tfidf', 3)).toEqual([1, 3, 4]);
  });

  it('explains every score as the sum of its contributions', () => {
    for (const method of METHODS) {
      for (const s of rankDoc(doc, method, 2, DEFAULT_WEIGHTS)) {
        expect(Object.values(s.contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(s.score);
      }
    }
  });
});
