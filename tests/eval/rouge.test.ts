import { describe, expect, it } from 'vitest';
import { rouge, tokenize } from '../../src/eval/rouge.js';

describe('tokenize', () => {
  it('lower-cases, splits on anything not alphanumeric, and stems words longer than 3 letters', () => {
    expect(tokenize("The runners' RUNNING-shoes cost $1.20!")).toEqual(['the', 'runner', 'run', 'shoe', 'cost', '1', '20']);
  });
});

describe('rouge', () => {
  it('scores unigram, bigram and LCS overlap', () => {
    const r = rouge(['the cat sat on the mat'], ['the cat was on the mat']);
    expect(r.rouge1.f1).toBeCloseTo(5 / 6);
    expect(r.rouge2.f1).toBeCloseTo(3 / 5);
    expect(r.rougeL.f1).toBeCloseTo(5 / 6);
  });

  it('clips repeated n-grams to their count in the reference', () => {
    const r = rouge(['the the the the'], ['the cat']);
    expect(r.rouge1.precision).toBeCloseTo(1 / 4);
    expect(r.rouge1.recall).toBeCloseTo(1 / 2);
  });

  it('takes the union of LCS hits across candidate sentences (summary-level ROUGE-L)', () => {
    // reference words 'a b' come from one candidate sentence, 'c d' from another
    const r = rouge(['a b x', 'y c d'], ['a b c d']);
    expect(r.rougeL.recall).toBeCloseTo(1);
    expect(r.rougeL.precision).toBeCloseTo(4 / 6);
  });

  it('gives 0 for no overlap and for an empty candidate', () => {
    expect(rouge(['alpha'], ['beta']).rouge1.f1).toBe(0);
    expect(rouge([], ['beta']).rougeL.f1).toBe(0);
  });

  it('is 1 for identical texts', () => {
    const r = rouge(['One sentence here.', 'And another one.'], ['One sentence here.', 'And another one.']);
    expect([r.rouge1.f1, r.rouge2.f1, r.rougeL.f1]).toEqual([1, 1, 1]);
  });
});
