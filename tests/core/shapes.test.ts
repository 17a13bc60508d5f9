// The summary people asked for: types, lengths, budgets, what it saves, sentences to avoid, and
// sentences that stand on their own. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { opensDependent } from '../../src/core/coherence.js';
import { choose } from '../../src/core/select.js';
import { countFor } from '../../src/core/shapes.js';
import { summarize } from '../../src/core/summarize.js';
import type { Scored, Sentence } from '../../src/core/types.js';
import { runCli } from '../helpers.js';

const sentence = (index: number, text: string): Sentence => {
  const terms = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return { index, text, paragraph: 0, terms: terms.map((t) => `${t}${index}`), surface: terms, wordCount: text.split(/\s+/).length };
};
const scored = (s: Sentence, score: number): Scored => ({ sentence: s, score, contributions: { centrality: score } });
const indices = (picked: readonly Scored[]): number[] => picked.map((s) => s.sentence.index);

const ARTICLE = [
  'Budget Day at City Hall',
  '',
  'The city council approved a new budget for the coming year on Tuesday night after a long debate.',
  'Spending on schools rises by a tenth, the largest increase in a decade.',
  'But the rise depends on a new tax that has yet to be approved.',
  'The mayor said the plan would hire two hundred teachers and repair forty buildings.',
  '',
  'Opponents argued that the city could not afford the rise without cutting other services.',
  'Why should families pay more while the roads are still full of holes?',
  'A final vote on the tax is expected next month, when the council meets again.',
  '"We will not let the schools wait another year," the mayor told reporters after the vote.',
  'Parents at the meeting welcomed the decision and said they hoped the money would arrive soon.',
].join('\n');

describe('sentences that stand on their own', () => {
  it('tells sentences that lean on the one before: connectives, pronouns, demonstratives', () => {
    for (const text of ['But the rise depends on a tax.', 'However, nothing changed.', 'He said the vote was close.', 'This is the largest rise.', '"They will pay," she said.', 'In addition, two schools close.', 'It’s also, honestly, easier than pie.', "They're paying for it.", "That'll cost more."]) {
      expect(opensDependent(text, 'en'), text).toBe(true);
    }
    for (const text of ['The council met.', 'This year the council met early.', 'Heavy rain fell.', 'Thessaloniki hosts the fair.']) {
      expect(opensDependent(text, 'en'), text).toBe(false);
    }
    expect(opensDependent('Mais le conseil a refusé.', 'fr')).toBe(true);
    expect(opensDependent('Aber der Rat lehnte ab.', 'de')).toBe(true);
  });

  it('brings in the sentence a chosen one leans on when there is room, else takes one that stands alone', () => {
    const s = [sentence(0, 'The council met on Tuesday.'), sentence(1, 'Rain fell all day.'), sentence(2, 'But the vote was close.'), sentence(3, 'Schools get more money.')];
    const ranked = [scored(s[0]!, 1), scored(s[1]!, 0.2), scored(s[2]!, 3), scored(s[3]!, 0.9)];
    // room for two: "But…" comes with the sentence before it
    expect(indices(choose(ranked, { n: 2, lang: 'en', coherent: true }))).toEqual([1, 2]);
    // room for one: the best sentence that stands alone, unless it scores far below the leaning one
    expect(indices(choose([scored(s[0]!, 2.9), scored(s[1]!, 0.2), scored(s[2]!, 3), scored(s[3]!, 0.9)], { n: 1, lang: 'en', coherent: true }))).toEqual([0]);
    expect(indices(choose(ranked, { n: 1, lang: 'en', coherent: true }))).toEqual([2]);
    // the baselines choose as published
    expect(indices(choose(ranked, { n: 2, lang: 'en', coherent: false }))).toEqual([0, 2]);
  });

  it('never leaves "But the rise…" without its predecessor in a summary of the article', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const picked = summarize(ARTICLE, { length: { kind: 'count', n } }).sentences.map((s) => s.index);
      if (picked.includes(2)) expect(picked, `n = ${n}`).toContain(1);
    }
  });
});

describe('budgets', () => {
  it('fills a budget with the best total score that fits, not the top sentences cut off', () => {
    const long = sentence(0, 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty');
    const a = sentence(1, 'alpha beta gamma delta epsilon zeta eta theta iota kappa');
    const b = sentence(2, 'lambda mu nu xi omicron pi rho sigma tau upsilon');
    const ranked = [scored(long, 5), scored(a, 3), scored(b, 3)];
    // the top sentence alone fills 20 words with 5; the two others fill them with 6
    expect(indices(choose(ranked, { n: 3, lang: 'en', coherent: true, budget: { unit: 'words', max: 20 } }))).toEqual([1, 2]);
    expect(indices(choose(ranked, { n: 3, lang: 'en', coherent: true, budget: { unit: 'words', max: 19 } }))).toEqual([1]);
  });

  it('--words, --chars and --time keep the whole summary within the budget', async () => {
    const words = await runCli(['--json', '--words', '40', '-'], { stdin: ARTICLE });
    const w = JSON.parse(words.stdout);
    expect(w.stats.summaryWords).toBeLessThanOrEqual(40);
    expect(w.sentences.length).toBeGreaterThan(1);
    const chars = await runCli(['--chars', '200', '-'], { stdin: ARTICLE });
    expect(chars.stdout.length).toBeLessThanOrEqual(200);
    expect(chars.stdout.length).toBeGreaterThan(60);
    // 15 seconds at 120 words a minute: 30 words
    const time = JSON.parse((await runCli(['--json', '--time', '15s', '--wpm', '120', '-'], { stdin: ARTICLE })).stdout);
    expect(time.stats.summaryWords).toBeLessThanOrEqual(30);
    expect(time.stats.summaryWords).toBeGreaterThan(0);
  });

  it('takes one length at a time, and reports a bad one', async () => {
    const both = await runCli(['-n', '3', '--words', '50', '-'], { stdin: ARTICLE });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/-n\/--sentences and --words cannot be used together/);
    const bad = await runCli(['--time', 'soon', '-'], { stdin: ARTICLE });
    expect(bad.stderr).toMatch(/invalid value 'soon' for --time: expected a reading time/);
    const headline = await runCli(['--type', 'headline', '-n', '2', '-'], { stdin: ARTICLE });
    expect(headline.stderr).toMatch(/a headline is one sentence/);
  });
});

describe('types and presets', () => {
  it('key points: 3, 5, 7 sentences for short, medium, long', async () => {
    for (const [preset, n] of [['short', 3], ['medium', 5], ['long', 7]] as const) {
      const { stdout } = await runCli(['--length', preset, '-'], { stdin: ARTICLE });
      expect(stdout.trim().split('\n'), preset).toHaveLength(n);
    }
    // as sumy spells it
    expect((await runCli(['--length', '4', '-'], { stdin: ARTICLE })).stdout.trim().split('\n')).toHaveLength(4);
    expect((await runCli(['--length', '20%', '-'], { stdin: ARTICLE })).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('tl;dr: the chosen sentences as one paragraph, in every form', async () => {
    const list = (await runCli(['-n', '3', '-'], { stdin: ARTICLE })).stdout.trim().split('\n');
    const plain = await runCli(['--type', 'tldr', '-'], { stdin: ARTICLE });
    expect(plain.stdout).toBe(`${list.join(' ')}\n`);
    const md = await runCli(['--type', 'tldr', '--format', 'markdown', '-'], { stdin: ARTICLE });
    expect(md.stdout).not.toMatch(/^- /m);
    expect(md.stdout).toContain(list[0]!);
    expect(JSON.parse((await runCli(['--type', 'tldr', '--json', '-'], { stdin: ARTICLE })).stdout).type).toBe('tldr');
  });

  it('headline: one sentence within 12, 17 or 22 words that stands alone and is not the title', async () => {
    const article = `${ARTICLE}\nSchools win big in the new city budget.\nThey get the most.`;
    for (const [preset, max] of [['short', 12], ['medium', 17], ['long', 22]] as const) {
      const { stdout } = await runCli(['--type', 'headline', '--length', preset, '-'], { stdin: article });
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.split(' ').length, preset).toBeLessThanOrEqual(max);
      expect(lines[0]).not.toBe('Budget Day at City Hall');
      expect(opensDependent(lines[0]!, 'en')).toBe(false);
    }
    // when no sentence is short enough, the best one cut to fit, its words in the article in order
    const { stdout } = await runCli(['--type', 'headline', '--words', '5', '-'], { stdin: ARTICLE });
    expect(stdout.trim().split(' ').length).toBeLessThanOrEqual(5);
    expect(ARTICLE.toLowerCase()).toContain(stdout.trim().toLowerCase());
    expect(stdout.trim()).not.toMatch(/\b(?:a|the|of|for)$/);
  });

  it('headline in a language written in other letters: a sentence, not nothing', () => {
    // its title was compared with each sentence in ASCII word characters only, so that every Russian,
    // Greek or Chinese sentence read as the title itself, and none was left to choose
    const title = 'Городской совет утвердил бюджет';
    const body = [
      'Городской совет во вторник утвердил новый бюджет для школ после долгих дебатов.',
      'Мэр сказал, что голосование было честным для всех районов.',
      'Учителя приветствовали деньги на книги и ремонт в следующем году.',
    ].join(' ');
    const summary = summarize(`${title}\n\n${body}`, { type: 'headline' });
    expect(summary.title).toBe(title);
    expect(summary.sentences).toHaveLength(1);
    expect(body).toContain(summary.sentences[0]!.text);
  });

  it('tl;dr in Chinese: one paragraph with no space after a full stop, as Chinese is written', async () => {
    const text = '市议会通过预算\n\n市议会周二在长时间辩论后批准了城市学校的新预算。市长说，这次投票对所有地区都是公平的。教师们欢迎明年用于书籍和维修的资金。反对者说，该计划使河流清理工作没有资金。\n';
    const json = await runCli(['--type', 'tldr', '-n', '2', '--json', '-'], { stdin: text });
    const sentences = (JSON.parse(json.stdout) as { sentences: Array<{ text: string }> }).sentences.map((s) => s.text);
    expect(sentences).toHaveLength(2);
    for (const format of ['text', 'markdown']) {
      const { code, stdout } = await runCli(['--type', 'tldr', '-n', '2', '--format', format, '-'], { stdin: text });
      expect(code).toBe(0);
      expect(stdout.trim().split('\n').pop(), format).toBe(sentences.join(''));
    }
  });

  it('teaser: the hook after the lead, never one of the first two sentences', async () => {
    const { stdout } = await runCli(['--type', 'teaser', '--json', '-'], { stdin: ARTICLE });
    const json = JSON.parse(stdout);
    expect(json.sentences).toHaveLength(2);
    for (const s of json.sentences) expect(s.index).toBeGreaterThanOrEqual(2);
    const lead = JSON.parse((await runCli(['--json', '-n', '2', '-'], { stdin: ARTICLE })).stdout);
    expect(json.sentences.map((s: { index: number }) => s.index)).not.toEqual(lead.sentences.map((s: { index: number }) => s.index));
  });

  it('--avoid leaves out questions, quotes and exclamations unless nothing else is left', async () => {
    const all = (await runCli(['--length', 'long', '--avoid', 'questions,quotes', '-'], { stdin: ARTICLE })).stdout;
    expect(all).not.toMatch(/\?\n|"We will/);
    const only = (await runCli(['--avoid', 'questions', '-n', '1', '-'], { stdin: 'Why now? Who pays? What next?' })).stdout;
    expect(only.trim()).toMatch(/\?$/);
    const bad = await runCli(['--avoid', 'questons', '-'], { stdin: ARTICLE });
    expect(bad.stderr).toMatch(/did you mean 'questions'/);
  });
});

describe('what a summary saves', () => {
  it('says it under the summary on a terminal, and in JSON stats', async () => {
    const { stdout } = await runCli(['-'], { stdin: ARTICLE, tty: true });
    expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/\n  3 of \d+ sentences · \d+ of \d+ words · about \d+ s saved\n/);
    const json = JSON.parse((await runCli(['--json', '-'], { stdin: ARTICLE })).stdout);
    expect(json.stats.words).toBeGreaterThan(json.stats.summaryWords);
    expect(json.stats.reduction).toBeCloseTo(1 - json.stats.summaryWords / json.stats.words, 3);
    expect(json.stats.readingSeconds).toBe(Math.round((json.stats.words * 60) / 238));
  });
});

describe('countFor', () => {
  it.each([
    [{ kind: 'count', n: 3 } as const, 10, 3],
    [{ kind: 'count', n: 30 } as const, 10, 10],
    [{ kind: 'ratio', r: 0.2 } as const, 10, 2],
    [{ kind: 'ratio', r: 0.25 } as const, 10, 3],
    [{ kind: 'ratio', r: 0.01 } as const, 10, 1],
    [{ kind: 'ratio', r: 1 } as const, 7, 7],
    [{ kind: 'count', n: 3 } as const, 0, 0],
  ])('%j of %i sentences is %i', (length, total, expected) => {
    expect(countFor(length, total)).toBe(expected);
  });
});
