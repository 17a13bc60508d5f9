// wrap: lines of at most `width` terminal columns, broken where the language allows.
import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/format/text.js';

const columns = (s: string): number => [...s].reduce((n, c) => n + (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}。、，「」]/u.test(c) ? 2 : 1), 0);

describe('wrap', () => {
  it('breaks English between words, and leaves a word longer than the width whole', () => {
    expect(wrap('The council approved a new budget for the city schools on Tuesday night.', 20)).toEqual([
      'The council approved',
      'a new budget for the',
      'city schools on',
      'Tuesday night.',
    ]);
    expect(wrap('see https://example.com/a/very/long/address/indeed now', 12)).toEqual(['see', 'https://example.com/a/very/long/address/indeed', 'now']);
  });

  it('breaks Chinese and Japanese between characters, within the width in columns, losing nothing', () => {
    for (const text of ['市议会周二在长时间辩论后批准了城市学校的新预算。市长说，这次投票对所有地区都是公平的。', '東京都は火曜日、新しい予算を承認した。「よい」と市長は言った。']) {
      for (const width of [10, 16, 21]) {
        const lines = wrap(text, width);
        expect(lines.join('')).toBe(text);
        for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(width);
      }
    }
  });

  it('never ends a line with an opening bracket, nor starts one with a full stop', () => {
    const text = '市長は「予算はよい」と言った。教師たちは「本が買える」と喜んだ。';
    for (let width = 6; width <= 30; width++) {
      for (const line of wrap(text, width)) {
        expect(line, `${width}: ${line}`).not.toMatch(/「$/u);
        expect(line, `${width}: ${line}`).not.toMatch(/^[。、」]/u);
      }
    }
  });
});
