// Sentences that cannot stand on their own: those that open by leaning on the sentence before ("But",
// "However", "He said", "This is…"). Extractive news summaries have incomplete references in about
// 15% of cases and broken discourse links in about 11% ("Extractive is not Faithful", 2022); a summary
// that takes such a sentence without the one before it reads as a non sequitur.
import { LANGUAGES } from './nlp/languages.js';
import type { Sentence } from './types.js';

/** Leading quotes and brackets, which do not change what a sentence opens with. */
const LEADING = /^[\s"'“‘(«„‹[¿¡—–-]+/u;
const WORDS = /[\p{L}\p{N}'’-]+/gu;

type Openers = {
  readonly single: ReadonlySet<string>;
  readonly phrases: readonly string[][];
  readonly standalone: ReadonlySet<string>;
  readonly demonstratives: ReadonlySet<string>;
};
const cache = new Map<string, Openers | null>();

const openersOf = (lang: string): Openers | null => {
  let o = cache.get(lang);
  if (o === undefined) {
    const data = LANGUAGES[lang];
    o =
      data?.openers === undefined
        ? null
        : {
            single: new Set(data.openers.filter((x) => !x.includes(' '))),
            phrases: data.openers.filter((x) => x.includes(' ')).map((x) => x.split(' ')),
            standalone: new Set(data.standalone ?? []),
            demonstratives: new Set(data.demonstratives ?? []),
          };
    cache.set(lang, o);
  }
  return o;
};

/** Whether a sentence opens by leaning on the one before it, in language `lang`. */
export const opensDependent = (text: string, lang: string): boolean => {
  const openers = openersOf(lang);
  if (openers === null) return false;
  // no words, no opener; the first four, lower-cased, pushed onto a literal (over map()'s array, and
  // an empty one for no words, V8 deoptimized the callers: 'wrong map')
  const found = text.replace(LEADING, '').slice(0, 80).match(WORDS);
  if (found === null) return false;
  const words: string[] = [];
  for (let k = 0; k < Math.min(4, found.length); k++) words.push(found[k]!.toLowerCase().replace(/’/g, "'"));
  // a contraction leans as its pronoun does ("It's also…", "They're…", "That'll…")
  if (lang === 'en' && words[0] !== undefined) words[0] = words[0].replace(/'(?:s|re|ll|d|ve)$/u, '');
  const first = words[0];
  if (first === undefined) return false;
  if (openers.phrases.some((p) => p.every((w, i) => words[i] === w))) return true;
  if (!openers.single.has(first)) return false;
  // "This year, …": a demonstrative before a time word points at the calendar, not at the sentence before
  if (openers.demonstratives.has(first) && words[1] !== undefined && openers.standalone.has(words[1])) return false;
  return true;
};

/** Whether `s` dangles in a summary that holds `picked` (indices): it leans on a sentence left out. */
export const dangles = (s: Sentence, picked: ReadonlySet<number>, lang: string): boolean =>
  s.index > 0 && !picked.has(s.index - 1) && opensDependent(s.text, lang);
