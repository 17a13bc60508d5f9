import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../../src/core/features.js';
import { resolveLength, scoreAll, selectTop } from '../../src/core/rank.js';
import type { Weights } from '../../src/core/types.js';
import { buildDoc } from '../helpers.js';

const ONLY_TFIDF: Weights = { tfidf: 1, position: 0, length: 0, title: 0 };
const ONLY_POSITION: Weights = { tfidf: 0, position: 1, length: 0, title: 0 };

const pick = (doc: ReturnType<typeof buildDoc>, w: Weights, n: number): number[] =>
  selectTop(scoreAll(doc.sentences, computeFeatures(doc), w), n).map((s) => s.sentence.index);

describe('selectTop', () => {
  it('picks the sentences closest to the article by TF-IDF', () => {
    const doc = buildDoc(['zeta eta', 'alpha beta alpha delta', 'theta iota', 'alpha beta gamma epsilon', 'kappa lambda']);
    expect(pick(doc, ONLY_TFIDF, 2)).toEqual([1, 3]);
  });

  it('keeps document order after ranking', () => {
    const doc = buildDoc(['kappa', 'alpha beta delta', 'alpha gamma alpha epsilon']);
    const picked = pick(doc, ONLY_TFIDF, 2);
    expect(picked).toEqual([...picked].sort((a, b) => a - b));
    expect(picked).toEqual([1, 2]);
  });

  it('breaks ties by position: the earlier sentence wins', () => {
    const doc = buildDoc(['alpha beta', 'gamma delta', 'alpha beta', 'gamma delta']);
    // all four have the same TF-IDF score; the duplicates of 0 and 1 are skipped
    expect(pick(doc, ONLY_TFIDF, 2)).toEqual([0, 1]);
  });

  it('never picks two near-identical sentences', () => {
    const doc = buildDoc(['alpha beta gamma delta', 'alpha beta gamma delta', 'alpha beta epsilon', 'omega']);
    expect(pick(doc, ONLY_TFIDF, 2)).toEqual([0, 2]);
  });

  it('prefers the lead under the position prior', () => {
    const doc = buildDoc(['a b', 'c d', 'e f'], ['g h', 'i j']);
    expect(pick(doc, ONLY_POSITION, 2)).toEqual([0, 1]);
  });

  it('returns every sentence when asked for more than the article has', () => {
    const doc = buildDoc(['alpha', 'beta'], ['gamma']);
    expect(pick(doc, ONLY_TFIDF, 10)).toEqual([0, 1, 2]);
  });

  it('returns nothing for an empty document', () => {
    expect(pick(buildDoc(), ONLY_TFIDF, 3)).toEqual([]);
  });

  it('returns the only sentence of a one-sentence document', () => {
    expect(pick(buildDoc(['alpha beta']), ONLY_TFIDF, 3)).toEqual([0]);
  });
});

describe('resolveLength', () => {
  it.each([
    [{ kind: 'count', n: 3 } as const, 10, 3],
    [{ kind: 'count', n: 30 } as const, 10, 10],
    [{ kind: 'ratio', r: 0.2 } as const, 10, 2],
    [{ kind: 'ratio', r: 0.25 } as const, 10, 3],
    [{ kind: 'ratio', r: 0.01 } as const, 10, 1],
    [{ kind: 'ratio', r: 1 } as const, 7, 7],
    [{ kind: 'count', n: 3 } as const, 0, 0],
  ])('%j of %i sentences is %i', (length, total, expected) => {
    expect(resolveLength(length, total)).toBe(expected);
  });
});
