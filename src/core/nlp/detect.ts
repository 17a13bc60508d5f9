// Which language an article is in. English is told at once by its commonest words, so that English
// articles never load a detector; anything else goes to tinyld (its character n-gram model, loaded on
// first use).
import { createRequire } from 'node:module';
import { unicode } from '../text/unicode.js';

const LETTERS = unicode.g`\p{L}`;

export type Detected = {
  /** ISO 639-1 code, or 'und' when no language could be told. */
  readonly code: string;
  /** Whether the detector was sure: a long enough text, and a clear winner. */
  readonly sure: boolean;
};

/** Words common in English text and rare in other languages written in Latin letters. */
const ENGLISH = new Set(
  'the of and to is that for was with are this be have from by were has which it he she they been their said not but would will there what when who its'.split(' '),
);
/** How much of an article the detectors look at. */
export const SAMPLE = 4000;
/** In English prose, these words are a fifth of all words or more; in other languages, a few in a hundred. */
const ENGLISH_SHARE = 0.12;
/** Below this many letters, no detector is sure. */
const MIN_SURE_LETTERS = 40;

/**
 * The opening that is read first. Most articles are English, and their opening says so plainly: the
 * whole sample is read only when it does not (reading 4,000 characters cost an eighth of what wink
 * takes to read a news article).
 */
const OPENING = 1000;
/** In an opening, English by a wide margin: English news runs at about a quarter. */
const CLEAR_ENGLISH_SHARE = 0.2;
const MIN_OPENING_WORDS = 100;

/** The longest of the ENGLISH words: a longer word is not looked up. */
const LONGEST_MARKER = Math.max(...[...ENGLISH].map((w) => w.length));
/** A run of letters (any script), tried where one may start. */
const LETTERS_AT = unicode.y`\p{L}+`;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiLetter = (c: number): boolean => isAsciiLower(c) || (c >= 65 && c <= 90);

/**
 * English by its commonest words, when they are plainly there: at least `share` of the words. The
 * words are runs of letters (\p{L}+); a run of a-z, what most English words are, is read code by
 * code, and only a run that holds another letter goes through the pattern.
 */
const looksEnglish = (sample: string, share = ENGLISH_SHARE, minWords = 8): boolean => {
  const text = sample.toLowerCase();
  const n = text.length;
  let words = 0;
  let latin = 0;
  let marked = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetter(c)) {
      i++;
      continue;
    }
    if (isAsciiLower(c)) {
      let j = i + 1;
      while (j < n && isAsciiLower(text.charCodeAt(j))) j++;
      const after = j < n ? text.charCodeAt(j) : 0;
      if (after < 128 && !isAsciiLetter(after)) {
        words++;
        latin++;
        if (j - i <= LONGEST_MARKER && ENGLISH.has(text.slice(i, j))) marked++;
        i = j;
        continue;
      }
    }
    // a run that holds a capital or a letter past ASCII, or a character that may not be a letter
    LETTERS_AT.lastIndex = i;
    const word = LETTERS_AT.exec(text)?.[0];
    if (word === undefined) {
      i++;
      continue;
    }
    words++;
    if (/^[a-z]+$/.test(word)) latin++;
    if (ENGLISH.has(word)) marked++;
    i += word.length;
  }
  if (words < minWords) return false;
  return latin / words > 0.8 && marked / words >= share;
};

type DetectAll = (text: string) => Array<{ lang: string; accuracy: number }>;
let detectAll: DetectAll | undefined;

export const detectLanguage = (text: string): Detected => {
  const sample = text.slice(0, SAMPLE);
  if (looksEnglish(sample.slice(0, OPENING), CLEAR_ENGLISH_SHARE, MIN_OPENING_WORDS) || looksEnglish(sample)) return { code: 'en', sure: true };
  const letters = (sample.match(LETTERS) ?? []).length;
  if (letters === 0) return { code: 'und', sure: false };
  detectAll ??= (createRequire(import.meta.url)('tinyld') as { detectAll: DetectAll }).detectAll;
  const [first, second] = detectAll(sample);
  if (first === undefined) return { code: 'und', sure: false };
  const clear = second === undefined || first.accuracy >= 1.5 * second.accuracy;
  return { code: first.lang, sure: letters >= MIN_SURE_LETTERS && clear };
};
