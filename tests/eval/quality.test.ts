// Quality regression on a fixed slice of the dev sets in ../shared/eval (skipped where it is absent,
// as in a user's clone). A change that lowers ROUGE below these floors, or below the baselines, fails.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvalData } from '../../src/eval/dataset.js';
import { type EvalLength, evaluate } from '../../src/eval/evaluate.js';

const DIR = new URL('../../../shared/eval/', import.meta.url);
const SLICE = 100;
const load = (name: string) =>
  parseEvalData(readFileSync(new URL(name, DIR), 'utf8'), name).slice(0, SLICE);
const scores = async (name: string, length: EvalLength) => {
  const report = (await evaluate(load(name), ['tfidf', 'lead', 'textrank'], length))!;
  return Object.fromEntries(report.methods.map((m) => [m.method, [m.rouge1, m.rouge2, m.rougeL]]));
};

const atLeast = (actual: readonly number[], floors: readonly number[]): void =>
  floors.forEach((floor, i) => expect(actual[i]).toBeGreaterThanOrEqual(floor));

describe.skipIf(!existsSync(new URL('cnndm-dev.jsonl', DIR)))('quality on the dev sets', () => {
  it('cnndm-dev, first 100, 3 sentences: at least Lead-3 on ROUGE-1, -2 and -L, and no lower than measured', async () => {
    const s = await scores('cnndm-dev.jsonl', { kind: 'count', n: 3 });
    s.tfidf!.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(s.lead![i]!));
    // measured when the ranker was tuned: 41.12 / 17.24 / 37.26
    atLeast(s.tfidf!, [40.9, 17.0, 37.0]);
  });

  it("bbc-dev, first 100, title given, the reference's length: above TextRank and Lead-k", async () => {
    const s = await scores('bbc-dev.jsonl', { kind: 'reference' });
    s.tfidf!.forEach((x, i) => expect(x).toBeGreaterThan(s.textrank![i]!));
    s.tfidf!.forEach((x, i) => expect(x).toBeGreaterThan(s.lead![i]!));
    // measured when the ranker was tuned: 82.79 / 77.46 / 82.53; since sentences that lean on one left
    // out are kept with it (or left out), 82.05 / 76.46 / 81.76; since the title counts fully in a
    // summary of three sentences and a contraction leans as its pronoun, 81.72 / 76.07 / 81.42 (the
    // floor was lowered to 81.6 / 75.9 / 81.3 for those); since a connective in a summary of more than
    // five sentences links to the summary's thread (core/coherence.ts), 82.12 / 76.61 / 81.84, and the
    // floor is back where it was
    atLeast(s.tfidf!, [81.9, 76.3, 81.6]);
  });

  it('lands within half a point of the classic ROUGE-1.5.5 figures for Lead-3 on all of cnndm-dev', async () => {
    const report = (await evaluate(parseEvalData(readFileSync(new URL('cnndm-dev.jsonl', DIR), 'utf8'), 'c'), ['lead'], { kind: 'count', n: 3 }))!;
    const lead = report.methods[0]!;
    // ../shared/eval/README.md: Lead-3 40.84 / 17.58 / 36.88 (sentences cut by a regex splitter)
    expect(Math.abs(lead.rouge1 - 40.84)).toBeLessThan(0.5);
    expect(Math.abs(lead.rouge2 - 17.58)).toBeLessThan(0.5);
    expect(Math.abs(lead.rougeL - 36.88)).toBeLessThan(0.5);
  });
});

describe.skipIf(!existsSync(new URL('sci-dev.jsonl', DIR)))('where the lead is not the gist', () => {
  it('sci-dev, the abstract\'s length: at least 1 ROUGE-1 above Lead-k, and above TextRank and LexRank', async () => {
    const docs = parseEvalData(readFileSync(new URL('sci-dev.jsonl', DIR), 'utf8'), 'sci-dev.jsonl');
    const report = (await evaluate(docs, ['tfidf', 'lead', 'textrank', 'lexrank'], { kind: 'reference' }))!;
    const [tfidf, lead, textrank, lexrank] = report.methods;
    // measured: 38.97 against Lead-k's 32.15, TextRank's 34.95, LexRank's 35.56 (33.59 before the lead
    // prior learned to tell a paper from a news story)
    expect(tfidf!.rouge1).toBeGreaterThanOrEqual(lead!.rouge1 + 1);
    expect(tfidf!.rouge1).toBeGreaterThan(textrank!.rouge1);
    expect(tfidf!.rouge1).toBeGreaterThan(lexrank!.rouge1);
  });
});

describe.skipIf(!existsSync(new URL('bbc-dev.jsonl', DIR)))('sentences that stand on their own', () => {
  it('bbc-dev: at most 3% of 3-sentence summaries hold a dangling sentence, and at most 10% at the reference length one that dangles by a reference', async () => {
    const docs = parseEvalData(readFileSync(new URL('bbc-dev.jsonl', DIR), 'utf8'), 'bbc-dev.jsonl');
    const three = (await evaluate(docs, ['tfidf'], { kind: 'count', n: 3 }))!.methods[0]!;
    const ref = (await evaluate(docs, ['tfidf'], { kind: 'reference' }))!.methods[0]!;
    // measured: 1.7% at 3 sentences; at the reference's length, where a connective may link to the
    // summary's thread (core/coherence.ts, LINE_BY_LINE), 26.7% by any opener and 6.3% by a reference
    // (45.7% and 31.7% before)
    expect(three.dangling).toBeLessThanOrEqual(3);
    expect(ref.danglingReference).toBeLessThanOrEqual(10);
    const before = (await evaluate(docs, ['tfidf'], { kind: 'reference' }, { coherent: false }))!.methods[0]!;
    expect(before.dangling).toBeGreaterThan(ref.dangling);
    expect(before.danglingReference).toBeGreaterThan(ref.danglingReference);
  });
});

describe.skipIf(!existsSync(new URL('fr-dev.jsonl', DIR)))('quality in French', () => {
  const french = () => parseEvalData(readFileSync(new URL('fr-dev.jsonl', DIR), 'utf8'), 'fr-dev.jsonl');

  it('scores fr-dev on Unicode tokens, above Lead at 2 sentences on ROUGE-1 and not below it at 3', async () => {
    const two = (await evaluate(french(), ['tfidf', 'lead'], { kind: 'count', n: 2 }))!;
    expect(two.tokens).toBe('unicode');
    const [tfidf2, lead2] = two.methods;
    // measured when the French path was built: 27.39 against Lead-2's 27.32
    expect(tfidf2!.rouge1).toBeGreaterThan(lead2!.rouge1);
    const three = (await evaluate(french(), ['tfidf', 'lead'], { kind: 'count', n: 3 }))!;
    const [tfidf3, lead3] = three.methods;
    // 27.34 / 10.21 / 21.76 against Lead-3's 27.00 / 9.90 / 21.59
    expect(tfidf3!.rouge1).toBeGreaterThanOrEqual(lead3!.rouge1);
    expect(tfidf3!.rouge2).toBeGreaterThanOrEqual(lead3!.rouge2);
    expect(tfidf3!.rougeL).toBeGreaterThanOrEqual(lead3!.rougeL);
  });

  it('classic ROUGE would drop the accented letters: Unicode tokens keep them', async () => {
    const { tokenize, tokenizeUnicode } = await import('../../src/eval/rouge.js');
    expect(tokenize('Élysée déçu')).not.toContain('élysée');
    expect(tokenizeUnicode('Élysée déçu')).toEqual(['élysée', 'déçu']);
    expect(tokenizeUnicode('市议会 budget')).toEqual(['市', '议', '会', 'budget']);
  });
});
