// Sentences and terms for every language but English, from the runtime's own Unicode segmentation
// (Intl.Segmenter: ICU's sentence and word boundaries, with dictionaries for Chinese and Japanese),
// with the language's stop words (stopwords-iso) and Snowball stemmer (@orama/stemmers) when it has
// them. ICU knows no abbreviations, so its false breaks are mended here from languages.ts's lists.
import { createRequire } from 'node:module';
import type { Sentence } from '../types.js';
import type { LanguageAdapter } from './adapter.js';
import { LANGUAGES, type LanguageData } from './languages.js';
import { cutIntoPieces } from './pieces.js';

const require = createRequire(import.meta.url);

/** Sentence and word segmentation take time quadratic in a text's length: they see pieces this long. */
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

/** Punctuation that only ever closes; and », which closes where « opens (French, Spanish, Russian…). */
const CLOSERS = /^\s*[)\]」』]+/u;
const CLOSERS_GUILLEMET = /^\s*[»)\]」』]+/u;
const GUILLEMET_CLOSES = new Set(['fr', 'es', 'it', 'pt', 'ru', 'uk', 'no', 'tr', 'el']);
const ENDED = /[.!?…。！？‼⁇;؟।](?:\s*["'’”“»«)\]」』])*\s*$/u;
const LAST_WORD = /(?:^|[\s(«„“"'‹¿¡])([\p{L}][\p{L}.]*)\.\s*$/u;

/**
 * Whether ICU's break between `prev` and `next` is false: after an abbreviation or an initial, before
 * a word in lower case, inside an ordinal date, or inside a quotation that a Japanese sentence goes on
 * after ("「行きます。」と言った").
 */
const falseBreak = (prev: string, next: string, abbreviations: ReadonlySet<string>, data: LanguageData | undefined): boolean => {
  const n = next.trimStart();
  if (n === '') return true;
  // no sentence ends without its punctuation: a break elsewhere is where a long text was cut in pieces
  if (!ENDED.test(prev)) return true;
  if (/^\p{Ll}/u.test(n)) return true;
  if (/[」』]\s*$/u.test(prev) && /^[\u3041-\u309f]/u.test(n)) return true;
  const word = LAST_WORD.exec(prev)?.[1];
  if (word !== undefined) {
    // an initial ("M. Dupont", "z. B."), or a listed abbreviation ("Dr.", "EE. UU.")
    if (word.length === 1) return true;
    const last = word.split('.').filter(Boolean).pop() ?? word;
    if (abbreviations.has(word.toLowerCase()) || abbreviations.has(last.toLowerCase())) return true;
  }
  return data?.ordinalBefore?.test(prev.trimEnd()) === true;
};

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** What a sentence holds when its surface words were not asked for. */
const NO_SURFACE: readonly string[] = Object.freeze([]);
/** A word as a stop-word list that spells it otherwise has it: "ότι" → "οτι", "și" → "şi". */
const SPELLED: Readonly<Record<NonNullable<LanguageData['stopWordsSpelled']>, (w: string) => string>> = {
  unaccented: (w) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'),
  cedilla: (w) => w.replace(/ș/g, 'ş').replace(/ț/g, 'ţ'),
};

export const intlLanguage = (code: string): LanguageAdapter => {
  const data = LANGUAGES[code];
  const locale = code === 'und' ? undefined : code;
  const sentences = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const words = new Intl.Segmenter(locale, { granularity: 'word' });
  const abbreviations = new Set(data?.abbreviations ?? []);
  const stopList = code === 'und' ? new Set<string>() : stopWordsOf(code);
  const spelled = data?.stopWordsSpelled === undefined ? undefined : SPELLED[data.stopWordsSpelled];
  const isStop = (w: string): boolean => stopList.has(w) || (spelled !== undefined && stopList.has(spelled(w)));
  const stem = stemmerOf(data);
  const closers = GUILLEMET_CLOSES.has(code) ? CLOSERS_GUILLEMET : CLOSERS;

  /** Sentences of one paragraph, ICU's false breaks mended. */
  const split = (paragraph: string): string[] => {
    const out: string[] = [];
    for (const piece of intlPieces(paragraph)) {
      for (const { segment } of sentences.segment(piece)) {
        const prev = out[out.length - 1];
        if (prev === undefined) {
          out.push(segment);
          continue;
        }
        // closing quotes that ICU left at the start of the next sentence belong to the one before
        const closer = closers.exec(segment)?.[0] ?? '';
        const rest = segment.slice(closer.length);
        if (closer !== '') out[out.length - 1] = prev + closer;
        if (falseBreak(out[out.length - 1]!, rest, abbreviations, data)) out[out.length - 1] += rest;
        else if (rest.trim() !== '') out.push(rest);
      }
    }
    return out.map(fold).filter((s) => s !== '');
  };

  /** Words of a text: each word-like segment, lower-cased, elisions split off. */
  const wordsOf = (text: string): string[] => {
    const out: string[] = [];
    for (const piece of intlPieces(text)) {
      for (const w of words.segment(piece)) {
        if (w.isWordLike !== true) continue;
        let lower = w.segment.toLocaleLowerCase(locale);
        if (data?.elision !== undefined) lower = lower.replace(data.elision, '');
        out.push(lower);
      }
    }
    return out;
  };

  const analyse = (text: string, withSurface: boolean): { terms: string[]; surface: readonly string[]; words: number } => {
    const all = wordsOf(text);
    const terms: string[] = [];
    const surface: string[] = [];
    for (const w of all) {
      if (!/\p{L}/u.test(w) || isStop(w)) continue;
      terms.push(stem === undefined || w.length > MAX_STEMMED ? w : stem(w));
      if (withSurface) surface.push(w);
    }
    return { terms, surface: withSurface ? surface : NO_SURFACE, words: all.length };
  };

  return {
    code,
    segment: (paragraphs, options = {}) => {
      const out: Sentence[] = [];
      paragraphs.forEach((paragraph, p) => {
        for (const text of split(paragraph)) {
          if (options.keep !== undefined && !options.keep(text)) continue;
          const { terms, surface, words: count } = analyse(text, options.surface === true);
          out.push({ index: out.length, text, paragraph: p, terms, surface, words: count });
        }
      });
      return out;
    },
    termsOf: (text) => analyse(text, false).terms,
  };
};
