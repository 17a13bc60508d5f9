import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { prepareDoc } from '../../src/core/summarize.js';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
const FIXTURE = readFileSync(new URL('../../fixtures/no-time-to-read.txt', import.meta.url), 'utf8');
const BOILERPLATE = [
  'No time to read?',
  'Get a summary',
  'Previous Article',
  'Next Article',
  'San Lorenzo Eyes Three Points to Solidify Cup and League Standings',
  'Man Arrested in Connection with Fatal Stabbing in Villena and Alicante Pursuit',
];

describe('summarize (library API)', () => {
  it('returns an empty summary for empty or blank input', () => {
    for (const text of ['', '   \n\n\t ']) {
      expect(summarize(text)).toEqual({ title: null, sentences: [], ranked: [], asides: [], keywords: [], sentenceCount: 0, wordCount: 0, lang: 'en', notes: [], type: 'key-points' });
    }
  });

  it('returns at most the requested number of sentences, verbatim and in article order', () => {
    const summary = summarize(FIXTURE, { length: { kind: 'count', n: 5 } });
    expect(summary.sentences).toHaveLength(5);
    const indices = summary.sentences.map((s) => s.index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    for (const s of summary.sentences) expect(fold(FIXTURE)).toContain(s.text);
  });

  it('is deterministic', () => {
    expect(summarize(FIXTURE)).toEqual(summarize(FIXTURE));
  });

  it('honours a ratio', () => {
    const { sentenceCount, sentences } = summarize(FIXTURE, { length: { kind: 'ratio', r: 0.25 } });
    expect(sentences).toHaveLength(Math.round(sentenceCount * 0.25));
  });

  it('uses a title given by the caller for overlap', () => {
    const text = 'Rain fell across the valley all week long. The harvest festival drew record crowds to the square. Farmers sold apples and pears at the stalls.';
    const withTitle = summarize(text, { length: { kind: 'count', n: 1 }, title: 'Harvest festival crowds', weights: { position: 0 } });
    expect(withTitle.title).toBe('Harvest festival crowds');
    expect(withTitle.sentences.map((s) => s.index)).toEqual([1]);
  });
});

describe('the title in a short summary of a short article', () => {
  // eight sentences: three of them are 37% of the article, where the gist features fade for coverage;
  // the title names the third sentence's news, and a three-line summary is still read as the gist
  const text = [
    'A case of a rare tick-borne fever was confirmed in the Harlow Valley over the weekend, a week after two other cases were reported in the north of the county.',
    'Such fevers were common across the region a century ago, when they killed hundreds of farm workers each summer.',
    'The new patient, a sheep farmer from Upper Brenning, was bitten while shearing a flock of imported Merino sheep on June 4, according to the county health office.',
    'The patient, who was not named, was taken to the regional hospital in Carrow, the office said, citing its own doctors.',
    'A total of 12 people who had been in close contact with the patient were asked to stay at home.',
    'None of them has shown any symptoms so far, the office said.',
    'The case comes after the two other patients from the north of the county were treated at the hospital in Carrow for the same fever.',
    'Officials say the cases appear to be unrelated.',
  ].join('\n');
  const title = 'Sheep farmer catches tick fever while shearing imported Merino flock';

  it('holds the sentence the title names', () => {
    const picked = summarize(text, { title, length: { kind: 'count', n: 3 } }).sentences.map((s) => s.index);
    expect(picked).toContain(2);
    expect(picked).toContain(0);
  });

  it('is about coverage again when it is long', () => {
    // six of eight: the title counts no more than it did
    const long = summarize(text, { title, length: { kind: 'count', n: 6 } });
    const none = summarize(text, { title: 'Unrelated words entirely', length: { kind: 'count', n: 6 } });
    expect(long.sentences.map((s) => s.index)).toEqual(none.sentences.map((s) => s.index));
  });
});

describe('the bundled no-time-to-read article', () => {
  it('finds the headline as the title', () => {
    expect(summarize(FIXTURE).title).toBe('Russia-Turkey Talks, Putin-Erdogan Phone Status, and the Ukraine Crisis');
  });

  it('never offers the headline or boilerplate as a sentence, even when every sentence is asked for', () => {
    const all = summarize(FIXTURE, { length: { kind: 'ratio', r: 1 } });
    expect(all.sentences).toHaveLength(all.sentenceCount);
    const texts = all.sentences.map((s) => s.text);
    for (const line of [...BOILERPLATE, 'Russia-Turkey Talks, Putin-Erdogan Phone Status, and the Ukraine Crisis']) {
      expect(texts.some((t) => t.includes(line))).toBe(false);
    }
  });

  it('takes every sentence from the five body paragraphs', () => {
    const body = FIXTURE.split(/\n\s*\n/).filter((p) => p.length > 200);
    expect(body).toHaveLength(5);
    // each body paragraph is prose; together they hold every picked sentence
    const all = summarize(FIXTURE, { length: { kind: 'ratio', r: 1 } });
    for (const s of all.sentences) expect(body.some((p) => fold(p).includes(s.text))).toBe(true);
  });
});

describe("summarize's ranked option", () => {
  const text = [
    'The council approved a new budget for the city schools on Tuesday night after a long debate.',
    'The mayor said the vote was close but fair to every district in the city.',
    'Teachers welcomed the money, which will pay for books and repairs next year.',
    'Opponents said the plan leaves the river clean-up without funds for another year.',
  ].join(' ');

  it('fills ranked with every sentence by default, and leaves it empty when asked, choosing the same', () => {
    const full = summarize(text, { length: { kind: 'count', n: 2 } });
    const lean = summarize(text, { length: { kind: 'count', n: 2 }, ranked: false });
    expect(full.ranked).toHaveLength(full.sentenceCount);
    expect(full.sentenceCount).toBe(4);
    expect(lean.ranked).toEqual([]);
    expect(lean.sentences).toEqual(full.sentences);
  });
});

describe('surface words', () => {
  const text = 'The councils approved budgets for the schools on Tuesday. Teachers welcomed the budgets and the councils said schools come first.';

  it('are kept only when asked for, one for each term', () => {
    const lean = prepareDoc(text);
    expect(lean.sentences.every((s) => s.surface.length === 0)).toBe(true);
    const full = prepareDoc(text, undefined, 'auto', true);
    for (const s of full.sentences) expect(s.surface).toHaveLength(s.terms.length);
    expect(full.sentences[0]!.surface).toContain('councils');
    expect(full.sentences.map((s) => s.terms)).toEqual(lean.sentences.map((s) => s.terms));
  });

  it('show keywords as written, not as stems', () => {
    const words = summarize(text, { keywords: 3 }).keywords.map((k) => k.keyword);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(text.toLowerCase()).toContain(w);
  });
});
