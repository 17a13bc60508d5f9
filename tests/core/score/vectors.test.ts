import { describe, expect, it } from 'vitest';
import { constantRows, idfWeights, sentenceIdf, termMatrix, unitRows } from '../../../src/core/score/vectors.js';

const sentences = [{ terms: ['rain', 'flood', 'rain'] }, { terms: ['flood', 'river'] }, { terms: [] }];

describe('termMatrix', () => {
  it('numbers terms by first appearance and counts each sentence’s distinct terms', () => {
    const m = termMatrix(sentences);
    expect(m.terms).toEqual(['rain', 'flood', 'river']);
    expect(Array.from(m.counts.offsets)).toEqual([0, 2, 4, 4]);
    expect(Array.from(m.counts.ids)).toEqual([0, 1, 1, 2]);
    expect(Array.from(m.counts.values)).toEqual([2, 1, 1, 1]);
    expect(Array.from(m.lengths)).toEqual([3, 2, 0]);
    expect(m.counts.size).toBe(3);
  });

  it('builds a matrix once per array of sentences', () => {
    expect(termMatrix(sentences)).toBe(termMatrix(sentences));
    expect(termMatrix([...sentences])).not.toBe(termMatrix(sentences));
  });
});

describe('sentenceIdf', () => {
  it('is ln((1 + N) / (1 + df)) + 1 over sentences, unknown terms counting as df 0', () => {
    const idf = sentenceIdf(sentences);
    expect(idf('rain')).toBeCloseTo(Math.log(4 / 2) + 1, 12);
    expect(idf('flood')).toBeCloseTo(Math.log(4 / 3) + 1, 12);
    expect(idf('snow')).toBeCloseTo(Math.log(4) + 1, 12);
  });
});

describe('rows', () => {
  it('weights counts by term and scales each row to length 1, leaving empty rows empty', () => {
    const m = termMatrix(sentences);
    const rows = unitRows(m.counts, idfWeights(m, (t) => (t === 'rain' ? 3 : 1)));
    // row 0: rain 2 x 3 = 6, flood 1 → (6, 1) / sqrt(37)
    expect(rows.values[0]).toBeCloseTo(6 / Math.sqrt(37), 12);
    expect(rows.values[1]).toBeCloseTo(1 / Math.sqrt(37), 12);
    expect(rows.values[2]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(rows.offsets[3]! - rows.offsets[2]!).toBe(0);
    expect(Array.from(constantRows(m.counts, [0.5, 2, 9]).values)).toEqual([0.5, 0.5, 2, 2]);
  });
});
