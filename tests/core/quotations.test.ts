// Quotations whole in a short summary (core/quotations.ts): the rest comes in, or the pieces go out for
// what is left, and the summary keeps its count unless nothing whole is left to fill it.
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

  it('drops a piece rather than the lead to complete a quotation, when nothing whole can take the piece\'s place', () => {
    const article = [
      'The harbour board approved a new ferry timetable for the winter months on Tuesday.',
      'The first crossing will leave at six instead of seven from November.',
      '',
      'The chair said: "We listened to the people who use the boats. We moved the first crossing for the morning shift. We could not keep the last one at midnight."',
      '',
      'A captain said: "The crews asked for years. They will get home before the bars close. It is about time."',
    ].join('\n');
    const { sentences } = prepareDoc(article);
    expect(quotationsOf(sentences)).toEqual([-1, -1, 2, 2, 2, 5, 5, 5]);
    const scores = [1.3, 1.4, 2, 0.4, 0.5, 1, 1, 1];
    const scored: Scored[] = sentences.map((sentence, i) => ({ sentence, score: scores[i]!, contributions: {} as Scored['contributions'] }));
    const kept = wholeQuotations([scored[0]!, scored[1]!, scored[2]!], scored, sentences, 'en');
    // the chair's words whole would leave no lead (0.97 a line); without them the lead is worth 1.35 a
    // line, and no other quotation fits in one line's place
    expect(kept.map((s) => s.sentence.index)).toEqual([0, 1]);
  });
});
