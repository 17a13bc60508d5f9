// The lean model loader (src/core/nlp/model.ts) must segment exactly as the package's own loader does:
// same tokens, same types, same stop words, same sentence spans, on the bundled article, on texts
// written for the tests and, where ../shared is present, on the first articles of each dev set.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { leanModel, stopWordVaries } from '../../../src/core/nlp/model.js';

const require = createRequire(import.meta.url);
const stockModel = require('wink-eng-lite-web-model');
const pinned = (require('../../../package.json') as { dependencies: Record<string, string> }).dependencies['wink-eng-lite-web-model'];

type Nlp = ReturnType<typeof winkNLP>;
const stock: Nlp = winkNLP(stockModel, ['sbd']);
const lean: Nlp = winkNLP(leanModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd']);
// the lexicon indexed for a quick start (a Map behind a proxy), as a run of a few articles builds it,
// read side by side with a stock model of its own: wink reads a word it has learnt from one text as
// a known word in the next, so both must have read the same texts before
const leanMap: Nlp = winkNLP(leanModel('map') as unknown as Parameters<typeof winkNLP>[0], ['sbd']);
const stockBeside: Nlp = winkNLP(stockModel, ['sbd']);

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

  it(`reads them the same with its lexicon indexed for a quick start, words it learns included`, () => {
    // read twice: the second time, the words the first reading added to the lexicon are found in it
    for (const text of [...texts, ...texts]) expect(reading(leanMap, text)).toEqual(reading(stockBeside, text));
  });

  it('tells the lexemes whose stop-word flag depends on the token: any other has one flag wherever it occurs', () => {
    // every contraction of the lexicon (each read as the parts it expands into), and every part alone
    const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
    const model = JSON.parse(readFileSync(file, 'utf8')) as {
      packing: { layout: Record<string, number[]>; size: number };
      features: { lexeme: { list: string[] } };
      lexicon: string;
      xpansions: string;
    };
    const words = (base64: string): Uint32Array => new Uint32Array(Uint8Array.from(Buffer.from(base64, 'base64')).buffer);
    const lexicon = words(model.lexicon);
    const xpansions = words(model.xpansions);
    const [at, mask, shift] = model.packing.layout.isContraction!;
    const { list } = model.features.lexeme;
    const contractions = list.filter((_, k) => ((lexicon[at! + k * model.packing.size]! & mask!) >>> shift!) === 1);
    const parts = Array.from({ length: xpansions.length / 4 }, (_, m) => list[xpansions[4 * m]!]!);
    expect(contractions.length).toBeGreaterThan(100);
    const doc = lean.readDoc([...contractions, ...parts].join(' '));
    const ids = doc.tokens().out(lean.its.uniqueId) as unknown as number[];
    const stops = doc.tokens().out(lean.its.stopWordFlag) as unknown as boolean[];
    const flags = new Map<number, Set<boolean>>();
    ids.forEach((id, i) => flags.set(id, (flags.get(id) ?? new Set()).add(stops[i]!)));
    const mixed = [...flags].filter(([, seen]) => seen.size > 1).map(([id]) => id);
    expect(mixed.length).toBeGreaterThan(0);
    for (const id of mixed) expect(stopWordVaries(id), list[id]).toBe(true);
  });
});
