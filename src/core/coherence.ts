// Sentences that cannot stand on their own: those that open by leaning on the sentence before ("But",
// "However", "He said", "This is…"). Extractive news summaries have incomplete references in about
// 15% of cases and broken discourse links in about 11% ("Extractive is not Faithful", 2022); a summary
// that takes such a sentence without the one before it reads as a non sequitur.
import { LANGUAGES } from './nlp/languages.js';
import type { Sentence } from './types.js';
import { unicode } from './text/unicode.js';

/** Leading quotes and brackets, which do not change what a sentence opens with. */
const LEADING = /^[\s"'“‘(«„‹[¿¡—–-]+/u;
const WORDS = unicode.g`[\p{L}\p{N}'’-]+`;
/** An opener is found among a sentence's first words: this many. */
const OPENING_WORDS = 5;

/** Openers of one kind: single words, and phrases of several. */
type Words = { readonly single: ReadonlySet<string>; readonly phrases: readonly string[][] };
type Openers = {
  readonly connectives: Words;
  readonly references: Words;
  readonly standalone: ReadonlySet<string>;
  readonly demonstratives: ReadonlySet<string>;
  readonly placeholders: Words;
};
const cache = new Map<string, Openers | null>();

const wordsOf = (list: readonly string[] = []): Words => ({
  single: new Set(list.filter((x) => !x.includes(' '))),
  phrases: list.filter((x) => x.includes(' ')).map((x) => x.split(' ')),
});

const openersOf = (lang: string): Openers | null => {
  let o = cache.get(lang);
  if (o === undefined) {
    const data = LANGUAGES[lang];
    o =
      data?.connectives === undefined && data?.references === undefined
        ? null
        : {
            connectives: wordsOf(data.connectives),
            references: wordsOf(data.references),
            standalone: new Set(data.standalone ?? []),
            demonstratives: new Set(data.demonstratives ?? []),
            placeholders: wordsOf(data.placeholders),
          };
    cache.set(lang, o);
  }
  return o;
};

/** How many of `words` from `at` are one of `kind`'s words or phrases (0: none). */
const matchAt = (kind: Words, words: readonly string[], at: number): number => {
  for (const p of kind.phrases) if (p.every((w, i) => words[at + i] === w)) return p.length;
  return words[at] !== undefined && kind.single.has(words[at]) ? 1 : 0;
};

/**
 * How a sentence leans on what came before it, in language `lang`: by a `reference` to something only
 * the sentence before names ("He said…", "This is…", "And they…"), by a `connective` that links it to
 * what came before ("But…", "As a result…"), or not at all (null). "This year…" points at the calendar.
 */
export type Lean = 'reference' | 'connective' | null;

export const leanOf = (text: string, lang: string): Lean => {
  const openers = openersOf(lang);
  if (openers === null) return null;
  // no words, no opener; the first five, lower-cased, pushed onto a literal (over map()'s array, and
  // an empty one for no words, V8 deoptimized the callers: 'wrong map'), found one by one (not every
  // word of the first 100 characters)
  const head = text.replace(LEADING, '').slice(0, 100);
  const words: string[] = [];
  const pattern = WORDS.regex;
  pattern.lastIndex = 0;
  while (words.length < OPENING_WORDS) {
    const m = pattern.exec(head);
    if (m === null) break;
    let word = m[0].toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    // a contraction leans as its pronoun does ("It's also…", "They're…", "That'll…")
    if (lang === 'en' && word.includes("'")) word = word.replace(/'(?:s|re|ll|d|ve)$/u, '');
    words.push(word);
  }
  pattern.lastIndex = 0;
  if (words.length === 0) return null;
  const connective = matchAt(openers.connectives, words, 0);
  // a reference first, or right after the connective ("And he said…")
  const at = connective > 0 && matchAt(openers.references, words, 0) === 0 ? connective : 0;
  const reference = matchAt(openers.references, words, at);
  // "This year, …": a demonstrative before a time word points at the calendar, not at the sentence before
  const calendar = reference === 1 && openers.demonstratives.has(words[at]!) && words[at + 1] !== undefined && openers.standalone.has(words[at + 1]!);
  // "It is time to…": a placeholder subject, pointing at what follows
  const placeholder = reference > 0 && matchAt(openers.placeholders, words, at) > 0;
  if (reference > 0 && !calendar && !placeholder) return 'reference';
  return connective > 0 ? 'connective' : null;
};

/** Whether a sentence opens by leaning on the one before it, in language `lang` (see leanOf). */
export const opensDependent = (text: string, lang: string): boolean => leanOf(text, lang) !== null;

/**
 * A summary of at most this many sentences (the medium length) is read line by line, as the gist, even
 * where it holds much of a short article. A longer one is read as the article condensed, about
 * coverage. Read line by line, no line may open a quote it never closes (core/quotations.ts), and a
 * line that opens "But…" answers the line before it in the article: without it, a non sequitur. In a
 * long summary quotations mostly come whole, and breaking them up ranks better (bbc-dev at the
 * reference's length: 81.62 as chosen; 80.05 with every quotation whole, 81.02 up to 5 sentences); a
 * connective links to the summary's thread, which runs close beside it, and only a reference needs its
 * own sentence (bbc-dev at the reference's length, where summaries hold 45% of the article: ROUGE-1
 * 81.12 with every opener leaning, 81.56 with references only; summaries with a line whose sentence
 * before is left out, 9.7% and 26.7%, all of the rise by a connective).
 */
export const LINE_BY_LINE = 5;

/**
 * Whether a summary of this plan is read line by line (see LINE_BY_LINE): a count of few sentences, or
 * a budget, which is read as the short ones are. There a connective leans on the sentence before.
 */
export const readLineByLine = (plan: { readonly n: number; readonly budget?: unknown }): boolean => plan.budget !== undefined || plan.n <= LINE_BY_LINE;

/** How `s` dangles in a summary that holds `picked` (indices): how it leans on a sentence left out, or null. */
export const danglingLean = (s: Sentence, picked: ReadonlySet<number>, lang: string): Lean =>
  s.index > 0 && !picked.has(s.index - 1) ? leanOf(s.text, lang) : null;

/** Whether `s` dangles in a summary that holds `picked` (indices): it leans on a sentence left out. */
export const dangles = (s: Sentence, picked: ReadonlySet<number>, lang: string): boolean => danglingLean(s, picked, lang) !== null;
