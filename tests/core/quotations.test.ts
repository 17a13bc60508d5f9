// Quotations whole in a short summary (core/quotations.ts): the rest comes in, or the pieces go out for
// what is left, and the summary keeps its count.
import { describe, expect, it } from 'vitest';
import { wholeQuotations } from '../../src/core/quotations.js';
import { prepareDoc } from '../../src/core/summarize.js';
import { quotationsOf } from '../../src/core/text/prose.js';
import type { Scored } from '../../src/core/types.js';

const ARTICLE = [
  'The harbour board approved a new ferry timetable for the winter months on Tuesday.',
  '',
  'The chair said: "We listened to the people who use the boats every single day. We moved the first crossing earlier for the morning shift. We could not keep the last crossing at midnight.',
  '',
  'A ferry captain said: "The crews asked for the change for years. They will finally get home before the bars close."',
].join('\n');

describe('wholeQuotations', () => {
  it('puts another quotation in whole where the pieces go out and nothing else is left, so the count stays', () => {
    const { sentences } = prepareDoc(ARTICLE);
    const quotation = quotationsOf(sentences);
    // the article as the test means it: a plain sentence, a quotation of three, one of two
    expect(quotation).toEqual([-1, 1, 1, 1, 4, 4]);
    const scores = [3, 2.5, 2.4, 0.1, 2, 1.9];
    const scored: Scored[] = sentences.map((sentence, i) => ({ sentence, score: scores[i]!, contributions: {} as Scored['contributions'] }));
    // the closing piece of the chair's words may not be chosen: the chair's words go out whole
    const eligible = (s: { index: number }): boolean => s.index !== 3;
    const kept = wholeQuotations([scored[0]!, scored[1]!, scored[2]!], scored, sentences, 'en', eligible);
    expect(kept.map((s) => s.sentence.index)).toEqual([0, 4, 5]);
  });
});
