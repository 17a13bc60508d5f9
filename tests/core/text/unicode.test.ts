import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/index.js';
import { UnicodePattern, declared, regexOf, unicode, unicodeFrom } from '../../../src/core/text/unicode.js';

const ENGLISH =
  'The Harbour Council voted on Tuesday to close the old ferry pier. ' +
  'Repairs would have cost £4m, Ms. Okafor said. “We had no choice,” she added. ' +
  'The pier opened in 1911. Its last ferry sailed in 1998.\n\n' +
  'Residents will meet on Friday to discuss a memorial.';
const FRENCH =
  'Le conseil municipal a voté mardi la fermeture de la vieille jetée. ' +
  'Il faut rouvrir les petites gares, a dit la maire. Les travaux auraient coûté quatre millions.';

describe('unicode patterns', () => {
  it('is built the first time it is used, not when it is written', () => {
    const broken = new UnicodePattern('\\p{NoSuchProperty}', 'u');
    expect(() => broken.source).not.toThrow();
    expect(() => broken.test('a')).toThrow(SyntaxError);
  });

  it('matches as the literal it stands for: test, exec, replace, match, split, a global search', () => {
    const word = unicode.g`\p{L}+`;
    const literal = /\p{L}+/gu;
    const text = 'Åsa, Ödön und Zoë';
    expect(text.match(word)).toEqual(text.match(literal));
    expect(text.replace(word, (w) => w.toUpperCase())).toBe('ÅSA, ÖDÖN UND ZOË');
    expect(text.split(unicode`,\s*`)).toEqual(['Åsa', 'Ödön und Zoë']);
    word.lastIndex = 0;
    const found: string[] = [];
    for (let m = word.exec(text); m !== null; m = word.exec(text)) found.push(m[0]);
    expect(found).toEqual(['Åsa', 'Ödön', 'und', 'Zoë']);
    expect(word.lastIndex).toBe(0);
    expect(unicode.i`^ödön`.test('ÖDÖN')).toBe(true);
    expect(unicode`^ödön`.test('ÖDÖN')).toBe(false);
    expect(unicode.y`\p{Lu}`.flags).toBe('uy');
    expect([...'Zoë'.matchAll(regexOf(unicode.g`\p{L}`))].length).toBe(3);
  });

  it('writes a backslash as one, as a literal does, and takes another pattern’s source', () => {
    const name = unicode`\p{Lu}\p{Ll}+`;
    const two = unicode`^${name}\s${name}$`;
    expect(two.source).toBe('^\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+$');
    expect(two.test('Ada Lovelace')).toBe(true);
    expect(unicodeFrom('^(?:da|dá)$', 'iu').test('DÁ')).toBe(true);
  });

  it('every pattern the library declares is a valid pattern', async () => {
    // every module of the core, loaded: the command's own entry loads the rest
    await import('../../../src/run.js');
    expect(declared.length).toBeGreaterThan(100);
    // (but the broken one the first test makes)
    const invalid = declared.filter((p) => {
      if (p.source === '\\p{NoSuchProperty}') return false;
      try {
        return !(p.regex instanceof RegExp);
      } catch {
        return true;
      }
    });
    expect(invalid.map((p) => p.source)).toEqual([]);
  });

  it('summarizing declares no pattern: they are all made once, when their module loads', () => {
    const options = [{}, { type: 'headline' as const }, { lang: 'auto' }];
    for (const o of options) summarize(ENGLISH, o);
    summarize(FRENCH, { lang: 'auto' });
    const before = declared.length;
    for (const o of options) summarize(ENGLISH, o);
    summarize(FRENCH, { lang: 'auto' });
    summarize(FRENCH, { lang: 'auto', type: 'headline' });
    expect(declared.length).toBe(before);
  });
});
