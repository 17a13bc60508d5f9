// Case folding as case-insensitive patterns compare text (core/text/fold.ts), checked against the
// engine on every character: a pattern written in lower case and matched without the i flag on the
// folded text must match where the same pattern with /iu matches on the text.
import { describe, expect, it } from 'vitest';
import { foldCase, foldCaseAligned } from '../../../src/core/text/fold.js';

/** Every character, each once. */
const ALL: readonly string[] = (() => {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(String.fromCodePoint(cp));
  return out;
})();

/** Where `re` (global) matches in `text`. */
const indices = (re: RegExp, text: string): number[] => [...text.matchAll(re)].map((m) => m.index);

describe('foldCase', () => {
  it('folds what /iu takes for an ASCII letter to that letter ("ſ" is "s", "K" is "k")', () => {
    const wrong: string[] = [];
    const all = ALL.join('\n');
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      for (const flags of ['giu', 'gi']) {
        for (const m of all.matchAll(new RegExp(letter, flags))) if (foldCase(m[0]) !== letter) wrong.push(`${m[0]} as ${letter} (/${flags})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('foldCaseAligned', () => {
  const text = ALL.join('');
  const folded = foldCaseAligned(text);

  it('folds each character to one, so that an index into the folding is one into the text', () => {
    expect(folded.length).toBe(text.length);
    expect(foldCaseAligned('İstanbul ΣΟΦΙΑ Straße')).toBe('İstanbul σοφια straße');
    expect(foldCase('İ')).toBe('i̇');
  });

  // the classes that patterns matched on a folding hold (core/headline.ts's attribution)
  it.each(['\\p{L}', '\\p{N}', "[\\p{L}\\p{N}.'’&-]", '[\\p{L}\\s]', '\\s', '[^,;]'])(
    'matches %s without the i flag on the folding where /iu matches on the text',
    (source) => {
      expect(indices(new RegExp(source, 'gu'), folded)).toEqual(indices(new RegExp(source, 'giu'), text));
    },
  );
});
