import { describe, expect, it } from 'vitest';
import { parseEvalData } from '../../src/eval/dataset.js';
import { evaluate } from '../../src/eval/evaluate.js';

const ARTICLE =
  'The council approved the budget on Tuesday. Schools will get more money next year. ' +
  'The mayor praised the vote. Critics said the plan was too optimistic. The weather was fine.';
const line = (o: object): string => JSON.stringify(o);

describe('parseEvalData', () => {
  it('reads article, reference sentences, optional title and id, skipping blank lines', async () => {
    const docs = parseEvalData(`${line({ id: 'a', article: ARTICLE, reference: 'One.\nTwo.\n', title: 'T' })}\n\n`, 'd.jsonl');
    expect(docs).toEqual([{ id: 'a', article: ARTICLE, reference: ['One.', 'Two.'], title: 'T' }]);
  });

  it.each([
    ['not json', /d\.jsonl:1: not a JSON object/],
    ['[1,2]', /d\.jsonl:1: not a JSON object/],
    [line({ reference: 'x' }), /"article" must be a string/],
    [line({ article: 'x' }), /"reference" must be a string/],
    [line({ article: 'x', reference: 'y', title: 3 }), /"title" must be a string/],
  ])('rejects %j naming the line', (text, message) => {
    expect(() => parseEvalData(text, 'd.jsonl')).toThrow(message);
  });
});

describe('evaluate', () => {
  const docs = parseEvalData(
    line({ article: ARTICLE, reference: 'The council approved the budget on Tuesday.\nSchools will get more money next year.' }),
    'd',
  );

  it('scores each method on every document', async () => {
    const report = (await evaluate(docs, ['lead', 'tfidf'], { kind: 'count', n: 2 }))!;
    expect(report.documents).toBe(1);
    expect(report.methods.map((m) => m.method)).toEqual(['lead', 'tfidf']);
    // Lead-2 is exactly the reference here
    expect(report.methods[0]).toMatchObject({ rouge1: 100, rouge2: 100, rougeL: 100 });
  });

  it("uses each reference's own length with --n ref", async () => {
    const fixed = (await evaluate(docs, ['lead'], { kind: 'count', n: 4 }))!;
    const byRef = (await evaluate(docs, ['lead'], { kind: 'reference' }))!;
    expect(byRef.methods[0]!.rouge1).toBe(100);
    expect(fixed.methods[0]!.rouge1).toBeLessThan(100);
  });

  it('reports progress after each document', async () => {
    const seen: number[] = [];
    await evaluate([...docs, ...docs], ['lead'], { kind: 'count', n: 1 }, { onDocument: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2]);
  });
});
