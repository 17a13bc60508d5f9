// One parser of summary options for the command line and the API: the same values give the same
// settings, and the same mistakes the same words, each naming the option as its caller does.
import { describe, expect, it } from 'vitest';
import { toSummarize } from '../../src/args/options.js';
import { parseSummary } from '../../src/args/summary.js';
import { Problems } from '../../src/args/values.js';
import { toTask } from '../../src/serve/request.js';
import { UsageError } from '../../src/errors.js';

const LIMITS = { maxBytes: 1 << 20, timeoutMs: 1000, allowPrivateUrls: false };

const fromApi = (fields: Record<string, unknown>) => {
  const task = toTask({ text: 'An article.', ...fields }, LIMITS);
  if (task.kind !== 'summarize') throw new Error('not a summary task');
  return task.settings.summary;
};
const fromCli = (argv: Record<string, string>) => toSummarize([], argv).summary;

describe('summary options', () => {
  it('gives the core the same settings from the command line and from a request', () => {
    const pairs: Array<[Record<string, string>, Record<string, unknown>]> = [
      [{}, {}],
      [{ sentences: '5', method: 'lexrank' }, { sentences: 5, method: 'lexrank' }],
      [{ ratio: '20%', avoid: 'quotes,questions' }, { ratio: '20%', avoid: ['quotes', 'questions'] }],
      [{ type: 'headline', length: 'short' }, { type: 'headline', length: 'short' }],
      [{ type: 'teaser', length: 'long', lang: 'FR' }, { type: 'teaser', length: 'long', lang: 'fr' }],
      // sumy's spellings and the reading-time budget, once the command line's alone
      [{ length: '4' }, { length: '4' }],
      [{ time: '30s' }, { time: '30s' }],
      [{ keywords: '7', words: '60' }, { keywords: 7, words: 60 }],
    ];
    for (const [argv, fields] of pairs) expect(fromApi(fields), JSON.stringify(fields)).toEqual(fromCli(argv));
    expect(fromCli({ time: '30s' }).length).toEqual({ kind: 'words', n: 119 });
    expect(fromApi({ keywords: true }).keywords).toBe(10);
    expect(fromApi({ keywords: false }).keywords).toBe(0);
  });

  it('tells every mistake at once, naming each option as its caller does', () => {
    const cli = new Problems();
    parseSummary({ method: 'textrnk', sentences: '0', avoid: 'jokes' }, (k) => `--${k}`, cli);
    const api = new Problems();
    parseSummary({ method: 'textrnk', sentences: '0', avoid: 'jokes' }, (k) => `"${k}"`, api);
    expect(cli.list).toHaveLength(3);
    expect(api.list).toEqual(cli.list.map((m) => m.replace(/--(\w+)/g, '"$1"')));
    expect(cli.list.join('\n')).toMatch(/did you mean 'textrank'\?/);
  });

  it('refuses two lengths, and a headline measured in sentences, on both roads', () => {
    expect(() => toSummarize([], { sentences: '2', words: '40' })).toThrow(/-n\/--sentences and --words cannot be used together/);
    expect(() => fromApi({ sentences: 2, words: 40 })).toThrow(/"sentences" and "words" cannot be used together/);
    expect(() => toSummarize([], { type: 'headline', sentences: '2' })).toThrow(UsageError);
    expect(() => fromApi({ type: 'headline', ratio: 0.5 })).toThrow(/a headline is one sentence: its length is "length" or "words"/);
  });
});
