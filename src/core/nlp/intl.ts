// Sentences and terms for every language but English, from the runtime's own Unicode segmentation
// (Intl.Segmenter: ICU's word boundaries, with dictionaries for Chinese and Japanese), sentences by
// the language's boundary rules (boundaries.ts, rules.ts: ICU's sentence breaks know no
// abbreviations), with the language's stop words (stopwords-iso) and Snowball stemmer
// (@orama/stemmers) when it has them.
import { createRequire } from 'node:module';
import type { Sentence } from '../types.js';
import type { LanguageAdapter } from './adapter.js';
import { LANGUAGES, type LanguageData } from './languages.js';
import { cutIntoPieces } from './pieces.js';
import { partsOf, sentenceSpans } from './boundaries.js';
import { boundaryRules } from './rules.js';
import { sentenceOf } from './sentence.js';
import { unicode } from '../text/unicode.js';

const LETTER = unicode`\p{L}`;

const MARKS = unicode.g`\p{M}`;

const require = createRequire(import.meta.url);

/** Word segmentation takes time quadratic in a text's length: it sees pieces this long. */
const MAX_PIECE = 2000;
/** Words longer than this are not stemmed (no real word is this long). */
const MAX_STEMMED = 40;

type StopWords = Readonly<Record<string, readonly string[]>>;
let stopLists: StopWords | undefined;
const stopWordsOf = (code: string): ReadonlySet<string> => {
  stopLists ??= require('stopwords-iso') as StopWords;
  return new Set(stopLists[code] ?? []);
};

const stemmerOf = (data: LanguageData | undefined): ((word: string) => string) | undefined => {
  if (data?.stemmer === undefined) return undefined;
  const { stemmer } = require(`@orama/stemmers/${data.stemmer}`) as { stemmer: (w: string) => string };
  const memo = new Map<string, string>();
  return (word) => {
    let s = memo.get(word);
    if (s === undefined) {
      if (memo.size > 100_000) memo.clear();
      s = stemmer(word);
      memo.set(word, s);
    }
    return s;
  };
};

/** Where a piece may end: after sentence punctuation, Chinese and Japanese full stops included. */
const PIECE_GAP = /[.!?…。！？]["'’”»)\]」』]*\s*/gu;

/** A text cut into pieces of at most about MAX_PIECE characters, after a sentence end where there is one. */
export const intlPieces = (text: string): string[] => cutIntoPieces(text, MAX_PIECE, PIECE_GAP, 0.25);

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** What a sentence holds when its surface words were not asked for. */
const NO_SURFACE: readonly string[] = Object.freeze([]);
/** A word as a stop-word list that spells it otherwise has it: "ότι" → "οτι", "și" → "şi". */
const SPELLED: Readonly<Record<NonNullable<LanguageData['stopWordsSpelled']>, (w: string) => string>> = {
  unaccented: (w) => w.normalize('NFD').replace(MARKS, '').normalize('NFC'),
  cedilla: (w) => w.replace(/ș/g, 'ş').replace(/ț/g, 'ţ'),
};

export const intlLanguage = (code: string): LanguageAdapter => {
  const data = LANGUAGES[code];
  const locale = code === 'und' ? undefined : code;
  const wordSegmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const stopList = code === 'und' ? new Set<string>() : stopWordsOf(code);
  const rules = boundaryRules(code, stopList);
  const spelled = data?.stopWordsSpelled === undefined ? undefined : SPELLED[data.stopWordsSpelled];
  const isStop = (w: string): boolean => stopList.has(w) || (spelled !== undefined && stopList.has(spelled(w)));
  const stem = stemmerOf(data);

  /** Sentences of one paragraph, by the language's boundary rules. */
  const split = (paragraph: string): string[] => {
    const out: string[] = [];
    for (const [start, end] of sentenceSpans(paragraph, rules)) {
      const text = fold(paragraph.slice(start, end));
      if (text !== '') out.push(text);
    }
    return out;
  };

  /** Words of a text: each word-like segment, lower-cased, elisions split off. */
  const wordsOf = (text: string): string[] => {
    const out: string[] = [];
    for (const piece of intlPieces(text)) {
      for (const w of wordSegmenter.segment(piece)) {
        if (w.isWordLike !== true) continue;
        let lower = w.segment.toLocaleLowerCase(locale);
        if (data?.elision !== undefined) lower = lower.replace(data.elision, '');
        out.push(lower);
      }
    }
    return out;
  };

  const analyse = (text: string, withSurface: boolean): { terms: string[]; surface: readonly string[]; wordCount: number } => {
    const all = wordsOf(text);
    const terms: string[] = [];
    const surface: string[] = [];
    for (const w of all) {
      if (!LETTER.test(w) || isStop(w)) continue;
      terms.push(stem === undefined || w.length > MAX_STEMMED ? w : stem(w));
      if (withSurface) surface.push(w);
    }
    return { terms, surface: withSurface ? surface : NO_SURFACE, wordCount: all.length };
  };

  return {
    code,
    segment: (paragraphs, options = {}) => {
      const out: Sentence[] = [];
      paragraphs.forEach((paragraph, p) => {
        for (const text of split(paragraph)) {
          if (options.keep !== undefined && !options.keep(text)) continue;
          const { terms, surface, wordCount } = analyse(text, options.surface === true);
          const parts = partsOf(text, rules);
          out.push(sentenceOf(out.length, text, p, terms, surface, wordCount, parts, false));
        }
      });
      return out;
    },
    termsOf: (text) => analyse(text, false).terms,
  };
};
