// The lean model loader (src/core/nlp/model.ts) must segment exactly as the package's own loader does:
// same tokens, same types, same stop words, same sentence spans, on the bundled article, on texts
// written for the tests and, where ../shared is present, on the first articles of each dev set.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { leanModel } from '../../../src/core/nlp/model.js';

const require = createRequire(import.meta.url);
const stockModel = require('wink-eng-lite-web-model');
const pinned = (require('../../../package.json') as { dependencies: Record<string, string> }).dependencies['wink-eng-lite-web-model'];

type Nlp = ReturnType<typeof winkNLP>;
const stock: Nlp = winkNLP(stockModel, ['sbd']);
const lean: Nlp = winkNLP(leanModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd']);

const reading = (nlp: Nlp, text: string) => {
  const doc = nlp.readDoc(text);
  const { its } = nlp;
  return {
    tokens: doc.tokens().out(),
    types: doc.tokens().out(its.type),
    stops: doc.tokens().out(its.stopWordFlag),
    spaces: doc.tokens().out(its.precedingSpaces),
    spans: doc.sentences().out(its.span),
  };
};

const texts = [
  readFileSync(new URL('../../../fixtures/no-time-to-read.txt', import.meta.url), 'utf8'),
  "Dr. Smith met Mr. Jones at 5 p.m. on Jan. 3. They didn't agree. U.S. officials said it's \"over...\" Then they left!",
  'Email me at someone@example.com or visit https://example.com/path?x=1. Prices rose 3.5% to $1,200. #news @handle :)',
  'Zqxwv blorptastic unheardofword. CAPITALS EVERYWHERE HERE. Ünïcödé wörds and emoji 🎉 too.',
];
const DEV = new URL('../../../../shared/eval/', import.meta.url);
for (const set of ['cnndm-dev.jsonl', 'bbc-dev.jsonl', 'sci-dev.jsonl']) {
  if (!existsSync(new URL(set, DEV))) continue;
  const lines = readFileSync(new URL(set, DEV), 'utf8').trim().split('\n').slice(0, 40);
  for (const line of lines) texts.push((JSON.parse(line) as { article: string }).article);
}

describe('the lean model loader', () => {
  it('is for the pinned version of the model it knows the files of', () => {
    expect(pinned).toBe('1.8.1');
    expect((require('wink-eng-lite-web-model/package.json') as { version: string }).version).toBe(pinned);
  });

  it(`reads ${texts.length} texts exactly as the stock model does`, () => {
    for (const text of texts) expect(reading(lean, text)).toEqual(reading(stock, text));
  });
});
