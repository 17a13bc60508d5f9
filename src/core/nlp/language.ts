// The one boundary between the ranker and language libraries: a language gives sentences with their
// terms, and terms of a short text; the ranker never sees wink-nlp, ICU, a stemmer or a detector.
// English goes to wink-nlp (segment.ts), every other language to Intl.Segmenter (intl.ts); an article
// in a language that cannot be told or is not supported takes a language-neutral path, and says so.
import type { LanguageAdapter } from './adapter.js';
import { SAMPLE, detectLanguage } from './detect.js';
import { intlLanguage } from './intl.js';
import { LANGUAGES } from './languages.js';
import { segment, termsOf, wordTermIds } from './segment.js';
import { termId, termById } from './terms.js';
import { DEFAULTS } from '../../defaults.js';
import { unicode } from '../text/unicode.js';

const LETTERS = unicode.g`\p{L}`;

export { expectArticles } from './segment.js';

const ENGLISH: LanguageAdapter = { code: 'en', segment, termsOf };
const adapters = new Map<string, LanguageAdapter>([['en', ENGLISH]]);

const adapterFor = (code: string): LanguageAdapter => {
  let adapter = adapters.get(code);
  if (adapter === undefined) {
    adapter = intlLanguage(code);
    adapters.set(code, adapter);
  }
  return adapter;
};

/**
 * The opening of an article's paragraphs, as much as language detection looks at: joining a long
 * article's paragraphs whole would copy all of it to read its first few thousand characters.
 */
export const detectionSample = (paragraphs: readonly string[]): string => {
  const parts: string[] = [];
  let length = 0;
  for (const p of paragraphs) {
    if (length >= SAMPLE) break;
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n');
};

export type ResolvedLanguage = { readonly adapter: LanguageAdapter; readonly note?: string };

/** Nine letters in ten or more are a to z. */
const mostlyAscii = (text: string): boolean => {
  const letters = text.match(LETTERS) ?? [];
  const ascii = letters.filter((c) => c < '\u0080').length;
  return letters.length === 0 || ascii >= 0.9 * letters.length;
};

const nameOf = (code: string): string => {
  const known = LANGUAGES[code]?.name;
  if (known !== undefined) return known;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * The language to summarize `text` in: `requested` when it is a code, else the one detected. English
 * when unsure and the text is in plain Latin letters, as it always was; otherwise unsure or unsupported languages
 * get the neutral path and a note.
 */
export const resolveLanguage = (requested: string, text: string): ResolvedLanguage => {
  if (requested !== 'auto') return { adapter: adapterFor(requested) };
  const { code, sure } = detectLanguage(text);
  if (code === 'en') return { adapter: ENGLISH };
  if (!sure) {
    // short texts in plain Latin letters: the English path is as neutral as any, and was the only one
    if (mostlyAscii(text.slice(0, 4000))) return { adapter: ENGLISH };
    return {
      adapter: adapterFor('und'),
      note: `could not tell the language for sure${code === 'und' ? '' : ` (${nameOf(code)}?)`}: summarized without stop words or stemming; --lang sets it`,
    };
  }
  if (LANGUAGES[code] === undefined) {
    return { adapter: adapterFor('und'), note: `${nameOf(code)} (${code}) is not supported yet: summarized without stop words or stemming` };
  }
  return { adapter: adapterFor(code) };
};

/**
 * The ids of an article's terms for a batch's document frequencies (--idf corpus, `eval --idf corpus`),
 * in its language (`lang`, or 'auto' to detect it as a summary does): a French article's terms are
 * its French stems, as its sentences' are, not English ones. English takes the fast road.
 */
export const corpusTermIds = (text: string, lang: string = DEFAULTS.lang): number[] => {
  const { adapter } = resolveLanguage(lang, text.slice(0, SAMPLE));
  return adapter.code === 'en' ? wordTermIds(text) : adapter.termsOf(text).map(termId);
};

/** The distinct terms of an article, as corpusTermIds counts them. */
export const corpusTerms = (text: string, lang: string): string[] => [...new Set(corpusTermIds(text, lang))].map(termById);
