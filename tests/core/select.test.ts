import { describe, expect, it } from 'vitest';
import { rankDoc } from '../../src/core/score/methods.js';
import { contributionsOf, weightsFor } from '../../src/core/score/combine.js';
import { choose } from '../../src/core/select.js';
import type { Weights } from '../../src/core/types.js';
import { buildDoc } from '../helpers.js';

const ONLY_CENTRALITY: Weights = { centrality: 1, overlap: 0, position: 0, title: 0, length: 0 };
const ONLY_POSITION: Weights = { centrality: 0, overlap: 0, position: 1, title: 0, length: 0 };

const pick = (doc: ReturnType<typeof buildDoc>, w: Weights, n: number): number[] =>
  choose(rankDoc(doc, 'tfidf', n, w), { n, lang: 'en', coherent: false }).map((s) => s.sentence.index);

describe('choose, with the default method', () => {
  it('picks the sentences most connected to the rest by TF-IDF similarity', () => {
    const doc = buildDoc(['zeta eta', 'alpha beta delta', 'theta iota', 'alpha beta gamma', 'kappa lambda', 'gamma delta mu']);
    expect(pick(doc, ONLY_CENTRALITY, 2)).toEqual([1, 3]);
  });

  it('keeps document order after ranking', () => {
    const doc = buildDoc(['kappa', 'alpha beta delta', 'omega', 'alpha gamma delta', 'beta gamma nu']);
    const picked = pick(doc, ONLY_CENTRALITY, 2);
    expect(picked).toEqual([...picked].sort((a, b) => a - b));
  });

  it('breaks ties by position: the earlier sentence wins', () => {
    const doc = buildDoc(['alpha', 'beta', 'gamma', 'delta']);
    // no sentence shares a term: every centrality is equal
    expect(pick(doc, ONLY_CENTRALITY, 2)).toEqual([0, 1]);
  });

  it('never picks two near-identical sentences', () => {
    const doc = buildDoc(['alpha beta gamma delta', 'alpha beta gamma delta', 'alpha beta epsilon', 'omega']);
    expect(pick(doc, ONLY_CENTRALITY, 2)).toEqual([0, 2]);
  });

  it('prefers the lead under the position prior', () => {
    const doc = buildDoc(['a b', 'c d', 'e f'], ['g h', 'i j']);
    expect(pick(doc, ONLY_POSITION, 2)).toEqual([0, 1]);
  });

  it('returns every sentence when asked for more than the article has', () => {
    const doc = buildDoc(['alpha', 'beta'], ['gamma']);
    expect(pick(doc, ONLY_CENTRALITY, 10)).toEqual([0, 1, 2]);
  });

  it('returns nothing for an empty document', () => {
    expect(pick(buildDoc(), ONLY_CENTRALITY, 3)).toEqual([]);
  });

  it('returns the only sentence of a one-sentence document', () => {
    expect(pick(buildDoc(['alpha beta']), ONLY_CENTRALITY, 3)).toEqual([0]);
  });
});

describe('contributionsOf', () => {
  const f = { index: 0, centrality: 0.5, overlap: 0.4, position: 1, title: 0.25, length: 0.8 };
  const w: Weights = { centrality: 2, overlap: 1, position: 6, title: 1, length: 1 };

  it('counts the gist features fully and overlap not at all for a selective summary', () => {
    expect(contributionsOf(f, weightsFor(w, 1))).toEqual({ centrality: 1, overlap: 0, position: 6, title: 0.25, length: 0.8 });
  });

  it('counts only centrality and overlap for a summary that keeps much of the article', () => {
    expect(contributionsOf(f, weightsFor(w, 0))).toEqual({ centrality: 1, overlap: 0.4, position: 0, title: 0, length: 0 });
  });
});

describe('choose', () => {
  const scored = (rows: ReadonlyArray<[text: string, score: number, parts?: number]>) =>
    rows.map(([text, score, parts], index) => ({
      sentence: { index, text, paragraph: index, terms: text.toLowerCase().match(/\p{L}+/gu) ?? [], surface: [], wordCount: text.split(' ').length, ...(parts === undefined ? {} : { parts }) },
      score,
      contributions: {},
    }));
  const texts = (picked: ReadonlyArray<{ sentence: { text: string } }>): string[] => picked.map((s) => s.sentence.text);
  const plan = { lang: 'en', coherent: true };

  it('takes the best, in article order, and never a near repeat of one taken', () => {
    const s = scored([
      ['The river flooded the old town on Monday night.', 1],
      ['Rescue teams reached the stranded families by boat.', 3],
      ['Rescue teams reached the stranded families by boat early.', 2.9],
      ['Schools stay closed until the water goes down.', 2],
    ]);
    expect(texts(choose(s, { ...plan, n: 2 }))).toEqual(['Rescue teams reached the stranded families by boat.', 'Schools stay closed until the water goes down.']);
  });

  it('brings a sentence that leans on the one before in with it, when both fit', () => {
    const s = scored([
      ['The council approved the new budget on Tuesday.', 1],
      ['But the mayor said the vote came too late for the schools.', 3],
      ['Parking fees will rise in the spring.', 2],
    ]);
    expect(texts(choose(s, { ...plan, n: 2 }))).toEqual(['The council approved the new budget on Tuesday.', 'But the mayor said the vote came too late for the schools.']);
    expect(texts(choose(s, { ...plan, n: 2, coherent: false }))).toEqual(['But the mayor said the vote came too late for the schools.', 'Parking fees will rise in the spring.']);
  });

  it('in a long summary lets a connective link to the summary, but never a reference stand without its sentence', () => {
    // eight sentences; the sixth best opens "But" and the one before it scores last: no room for both
    const article = (opener: string) =>
      scored([
        ['The county opened its new flood barrier on Monday after four years of work.', 9],
        ['The barrier cost 40 million pounds and protects 3,000 homes.', 8],
        ['Engineers tested the gates twice during the autumn storms.', 7],
        ['Residents had waited since the floods of 2019 for protection.', 6],
        ['Insurers say premiums in the valley could now fall.', 5],
        ['A ribbon was cut by the oldest resident of the street.', 0.5],
        [`${opener} the gates cannot hold back a surge higher than four metres.`, 4.5],
        ['Maintenance will cost the county 200,000 pounds a year.', 4],
      ]);
    const long = (opener: string) => texts(choose(article(opener), { ...plan, n: 6 }));
    expect(long('But')).toContain('But the gates cannot hold back a surge higher than four metres.');
    expect(long('But')).not.toContain('Maintenance will cost the county 200,000 pounds a year.');
    // "They" points at what only the sentence left out names: it waits, as it always did
    expect(long('They say')).not.toContain('They say the gates cannot hold back a surge higher than four metres.');
    expect(long('They say')).toContain('Maintenance will cost the county 200,000 pounds a year.');
    // a short summary is read line by line: "But" answers the sentence before, and waits for it
    const short = texts(choose(article('But').slice(4), { ...plan, n: 2 }));
    expect(short).not.toContain('But the gates cannot hold back a surge higher than four metres.');
  });

  it('counts a unit of several sentences as the sentences it holds', () => {
    const s = scored([
      ['The bridge reopened on Friday (Engineers checked every cable. They found no fault.) after a month.', 3, 3],
      ['Traffic returned to normal within the hour.', 2],
      ['Ferries will keep running until the end of the month.', 1],
    ]);
    expect(texts(choose(s, { ...plan, n: 2 }))).toEqual(['Traffic returned to normal within the hour.', 'Ferries will keep running until the end of the month.']);
    expect(choose(s, { ...plan, n: 4 })).toHaveLength(2);
  });

  it('fills a budget with whole sentences, the best set that fits', () => {
    const s = scored([
      ['One two three four five six seven eight nine ten.', 3],
      ['One two three four five.', 2],
      ['Six seven eight nine ten.', 2],
    ]);
    expect(texts(choose(s, { ...plan, n: 3, budget: { unit: 'words', max: 10 } }))).toEqual(['One two three four five.', 'Six seven eight nine ten.']);
  });
});
