// Properties that must hold for any input, checked on random and adversarial strings (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/core/text/normalize.js';
import { stripMarkup } from '../src/extract/markup.js';
import { summarize } from '../src/index.js';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

const WORDS = ['the', 'council', 'Dr.', 'U.S.', 'approved', '$1.2', 'billion', '3.5%', 'budget', 'e.g.', '"quoted', 'text."', '...', '—', '日本語', 'مرحبا', '😀', '<p>', '</div>', '&amp;', 'http://x.y/z?a=1', 'A.', 'No', 'time', 'to', 'read?'];
const PUNCT = ['. ', '! ', '? ', '\n', '\n\n', ', ', ' ', '\r\n', '\t', '"', '…'];

/** Text made of words that stress the segmenter, glued with sentence punctuation and line breaks. */
const articleLike = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)), { maxLength: 120 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));

/**
 * Shapes that once cost quadratic time or worse (issue "Bounded work"): a long run of one character,
 * of one mark, of one entity, unclosed comments, deep nesting; alone or inside ordinary text.
 */
const adversarial = fc
  .tuple(
    fc.constantFrom('x', '\u0301', '&amp;', '<!--', '<div>', '[', '**a ', '<p ', '.', 'ab'),
    fc.integer({ min: 100, max: 20_000 }),
    articleLike,
    articleLike,
  )
  .map(([unit, n, before, after]) => `${before} ${unit.repeat(n)} ${after}`);

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  articleLike,
  adversarial,
);

const settings = { numRuns: 150 };

describe('summarize, for any text', () => {
  it('never throws, returns at most N sentences, in input order, each a verbatim piece of the input', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 6 }), (text, n) => {
        const summary = summarize(text, { length: { kind: 'count', n } });
        expect(summary.sentences.length).toBeLessThanOrEqual(n);
        expect(summary.sentences.length).toBeLessThanOrEqual(summary.sentenceCount);
        const indices = summary.sentences.map((s) => s.index);
        expect(indices).toEqual([...indices].sort((a, b) => a - b));
        const source = fold(normalize(stripMarkup(text)));
        for (const s of summary.sentences) {
          expect(s.text).toBe(fold(s.text));
          expect(source).toContain(s.text);
        }
      }),
      settings,
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(summarize(text)).toEqual(summarize(text));
      }),
      settings,
    );
  });

  it('never lets a tag or a script through from HTML', () => {
    const html = fc
      .array(fc.tuple(fc.constantFrom('p', 'div', 'h2', 'li', 'span'), articleLike), { minLength: 1, maxLength: 6 })
      .map((blocks) => `<html><head><script>var secret = "Leak. Me."</script></head><body>${blocks.map(([tag, t]) => `<${tag} class="x">${t.replace(/[<>]/g, ' ')}</${tag}>`).join('')}</body></html>`);
    fc.assert(
      fc.property(html, (text) => {
        for (const s of summarize(text, { length: { kind: 'ratio', r: 1 } }).sentences) {
          expect(s.text).not.toMatch(/<\/?(p|div|h2|li|span|script|html|body|head)\b/);
          expect(s.text).not.toContain('secret');
        }
      }),
      { numRuns: 60 },
    );
  });
});
