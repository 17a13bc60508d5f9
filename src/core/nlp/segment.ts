// The only module that knows wink-nlp: paragraphs → Sentence[] (wink's tokens, boundaries.ts's
// sentences), and text → content terms.
// wink's `T | string` outputs are narrowed here so that nothing else sees wink's types.
import winkNLP from 'wink-nlp';
import { stopWordVaries, leanModel, stemWord, wordClassOf, type LexiconIndex, type WordClass } from './model.js';
import { cutIntoPieces } from './pieces.js';
import { termId } from './terms.js';
import type { Sentence } from '../types.js';
import type { SegmentOptions } from './adapter.js';
import { partsOf, sentenceSpans } from './boundaries.js';
import { boundaryRules } from './rules.js';
import { sentenceOf } from './sentence.js';
import { unicode } from '../text/unicode.js';

const OPENS_UPPER = unicode`^\p{Lu}`;

const ENGLISH_RULES = boundaryRules('en');

type Nlp = ReturnType<typeof winkNLP>;

/** What a token of wink's lexicon means for ranking, the same wherever it occurs. */
type Lexeme = {
  /** The token's text, as written. */
  readonly value: string;
  readonly kind: Kind;
  readonly lower: string;
  /** Its term, for a WORD: the stem of the lower-cased word. */
  readonly term: string;
  /**
   * Whether a clitic or a contraction is a verb's ('re, n't, "it's"); for any other WORD undefined, and
   * what the lexicon says of it as a verb and as a subject is asked when needed (useOf).
   */
  readonly use: WordClass | undefined;
  /**
   * For a WORD, whether it is a stop word; undefined where that depends on the token (some parts of
   * contractions, model.ts) or for anything else. Asking wink for every token's flag cost about half
   * of what our own pass over the tokens costs.
   */
  readonly stop: boolean | undefined;
  /** The value's length: read with the lexeme, not from the string, which is elsewhere in memory. */
  readonly length: number;
};

/**
 * Every lexeme is made here, its fields always in this order: objects of one shape keep the loops
 * over tokens monomorphic (a spread or a missing field makes another hidden class, and each function
 * that reads them slower and liable to deoptimize).
 */
const lexemeOf = (value: string, kind: Kind, lower: string, term: string, use: WordClass | undefined, stop: boolean | undefined): Lexeme => ({
  value,
  kind,
  lower,
  term,
  use,
  stop,
  length: value.length,
});

/**
 * A token's kind: what the sentence steps need to know of it. A WORD has a letter and is not a clitic
 * (wink splits off 's, n't, 're, 'll: grammar, not content); it is a CONTENT or a STOP word in a text.
 */
const OTHER = 0;
const WORD = 1;
const CONTENT = 2;
const STOP = 3;
const NUMBER = 4;
const BREAK = 5;
type Kind = typeof OTHER | typeof WORD | typeof CONTENT | typeof STOP | typeof NUMBER | typeof BREAK;

type Tokens = {
  readonly spaces: readonly string[];
  /** Each token's kind; words are CONTENT or STOP. */
  readonly kinds: Uint8Array;
  readonly lexemes: readonly Lexeme[];
};

// Built on first use and reused: the model takes tens of milliseconds to load. Nothing is needed
// from the pipe: tokens, stems and stop words are properties of the lexicon, and sentence boundaries
// are boundaries.ts's (wink's own 'sbd' pipe cost a quarter of reading a text).
const memo: { nlp?: Nlp; index: LexiconIndex } = { index: 'object' };
const getNlp = (): Nlp => (memo.nlp ??= winkNLP(leanModel(memo.index) as unknown as Parameters<typeof winkNLP>[0], []));

/** At most this many articles are read sooner with the lexicon indexed for a quick start (model.ts LexiconIndex). */
const QUICK_START_ARTICLES = 50;

/**
 * How many articles this process is about to read, told before the first: a few are read sooner with
 * the lexicon indexed for a quick start, many with it indexed for lookups (model.ts). Without it, or
 * once an article has been read, the index is the one for many.
 */
export const expectArticles = (count: number): void => {
  if (memo.nlp === undefined) memo.index = count <= QUICK_START_ARTICLES ? 'map' : 'object';
};

const MAX_MEMO = 200_000;

// The model's own stemmer (what its.stem calls), memoised. The memo is emptied when it grows large.
const stems = new Map<string, string>();
const stem = (word: string): string => {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= MAX_MEMO) stems.clear();
    s = stemWord(word);
    stems.set(word, s);
  }
  return s;
};

const LETTER = unicode`\p{L}`;
const CLITIC = unicode.i`^(['’]\p{L}{1,2}|n['’]t)$`;

/**
 * Words longer than this are not stemmed: the stemmer's suffix patterns take time quadratic in a
 * word's length, and no real word is this long.
 */
const MAX_STEMMED = 40;
const stemOrKeep = (lower: string): string => (lower.length > MAX_STEMMED ? lower : stem(lower));

/** Clitics that are a verb's: "they're", "I'm", "we've", "she'll", "don't" ('s and 'd may be a possessive or "had"). */
const VERB_CLITIC = /^(?:['’](?:re|m|ve|ll)|n['’]t)$/iu;
const CLITIC_VERB: WordClass = { verb: 'verb', subject: false, adverb: false };
/** A word that holds such a clitic (wink keeps "I'm" one token unless it expands contractions), or a pronoun's 's ("it's"). */
const VERB_CONTRACTION = /(?:['’](?:re|m|ve|ll)|n['’]t)$|^(?:it|that|he|she|what|who|there|here|where|how)['’]s$/u;

/** A cheap look before VERB_CONTRACTION, which most words (with no apostrophe) fail. */
const hasApostrophe = (word: string): boolean => word.includes("'") || word.includes('’');

/** `stop`: whether the token the lexeme is learnt from is a stop word (read only for a word). */
const newLexeme = (value: string, type: string, id: number, stop: boolean): Lexeme => {
  if (type === 'word' && LETTER.test(value) && !CLITIC.test(value)) {
    const lower = value.toLowerCase();
    // what the lexicon says of the word is asked only where a short line is checked for a verb (useOf)
    const use = hasApostrophe(lower) && VERB_CONTRACTION.test(lower) ? CLITIC_VERB : undefined;
    return lexemeOf(value, WORD, lower, stemOrKeep(lower), use, stopWordVaries(id) ? undefined : stop);
  }
  return lexemeOf(value, type === 'number' ? NUMBER : type === 'tabCRLF' ? BREAK : OTHER, '', '', VERB_CLITIC.test(value) ? CLITIC_VERB : undefined, undefined);
};

/** Pronouns that are a subject (a verb is near, whatever the lexicon says of it). */
const PRONOUN = /^(?:i|you|he|she|it|we|they|this|that|these|those|who)$/u;
/** A line of this many words at most is checked for a verb: a longer one without any is rare, and costs the check. */
const MAX_VERBLESS_WORDS = 8;
const MIN_VERBLESS_WORDS = 3;
/** What a lexeme is as a verb and a subject: a clitic's own, or a word's by the lexicon (model.ts). */
const useOf = (lexeme: Lexeme): WordClass | undefined => lexeme.use ?? (lexeme.kind === WORD ? wordClassOf(lexeme.lower) : undefined);

/**
 * A short statement with no verb ("One very small bridge.", "Proper buttons, a lovely screen."): no
 * word that is mostly a verb, no word that may be one right after a subject ("the package costs…"), no
 * pronoun for a subject. By the lexicon alone, so a rare verb the lexicon takes for an adjective
 * ("They brainwashed her.") is saved by its subject. Questions and exclamations are left to their own rules.
 */
const isVerbless = (tokens: Tokens, start: number, end: number, words: number, text: string): boolean => {
  if (words < MIN_VERBLESS_WORDS || words > MAX_VERBLESS_WORDS || !/\.["'’”)]*$/u.test(text)) return false;
  let afterSubject = false;
  for (let i = start; i <= end; i++) {
    const use = useOf(tokens.lexemes[i]!);
    if (use === undefined) continue;
    if (use.verb === 'verb' || (use.verb === 'maybe' && afterSubject)) return false;
    if (use.subject && PRONOUN.test(tokens.lexemes[i]!.lower)) return false;
    // "the prime minister almost blushed": an adverb keeps the subject's place
    if (!use.adverb) afterSubject = use.subject;
  }
  return true;
};

// Lexemes by wink's id for the token's text (its.uniqueId): looking up, lower-casing and stemming
// every token by its string were the largest costs of a summary after wink's own. `slots[id]` is the
// lexeme's place in `lexemes` plus one (0: not seen yet), grown as wink's lexicon grows; both are
// emptied when the memo grows large.
const lexemes: Lexeme[] = [];
let slots = new Int32Array(1 << 16);
// what the pass over a text's tokens reads of each lexeme, by its place in `lexemes`: packed apart
// from the lexeme objects, which that pass then never reads (each was a load from elsewhere in memory)
// (grown as lexemes are learnt: a short run learns a few hundred)
let slotKinds = new Uint8Array(1 << 12);
let slotLengths = new Int32Array(slotKinds.length);
/** 0: not a stop word, 1: a stop word, 2: ask wink, token by token (Lexeme.stop). */
let slotStops = new Uint8Array(slotKinds.length);
const ASK = 2;

/** The slot arrays with room for slot `slot`. */
const roomFor = (slot: number): void => {
  if (slot < slotKinds.length) return;
  const size = Math.min(MAX_MEMO, Math.max(2 * slotKinds.length, slot + 1));
  const kinds = new Uint8Array(size);
  kinds.set(slotKinds);
  slotKinds = kinds;
  const lengths = new Int32Array(size);
  lengths.set(slotLengths);
  slotLengths = lengths;
  const stops = new Uint8Array(size);
  stops.set(slotStops);
  slotStops = stops;
};

/** Remember the lexeme of wink's id `id`, from the text, type and stop-word flag of a token with that id. */
const learnLexeme = (id: number, value: string, type: string, stop: boolean): Lexeme => {
  if (lexemes.length >= MAX_MEMO) {
    lexemes.length = 0;
    slots.fill(0);
  }
  if (id >= slots.length) {
    const grown = new Int32Array(Math.max(slots.length * 2, id + 1));
    grown.set(slots);
    slots = grown;
  }
  const lexeme = newLexeme(value, type, id, stop);
  const slot = lexemes.length;
  roomFor(slot);
  lexemes.push(lexeme);
  slots[id] = slot + 1;
  slotKinds[slot] = lexeme.kind;
  slotLengths[slot] = lexeme.length;
  slotStops[slot] = lexeme.stop === undefined ? ASK : lexeme.stop ? 1 : 0;
  return lexeme;
};

/** Punctuation that closes a sentence and so belongs to the one before it: `over..."` */
const CLOSING = /^[.!?…"'’”»)\]]+$/u;

/**
 * A run of this many characters without a space is no word (a URL, a hash, a line of `&amp;` or of
 * combining marks): wink's tokenizer and the stemmer run patterns over each token in time quadratic
 * in its length, so such runs are hidden from wink behind a placeholder and put back afterwards.
 */
const MAX_TOKEN = 64;
// tried only where a run starts (after a space), not at every character of every word: 3 to 4 times
// faster on news text; lengths count UTF-16 units
const LONG_RUN = new RegExp(`(?<=^|\\s)\\S{${MAX_TOKEN},}`, 'g');
/** Closing punctuation at a run's end stays outside it, where wink sees the sentence end. */
const isClosing = (c: string): boolean => '.!?…"\'’”»)]'.includes(c);

/**
 * Whether `text` may hold a run of MAX_TOKEN characters without a space: one pass over its code units
 * that takes every one past ASCII for no space, so that it never misses a run (LONG_RUN then finds
 * them). Most texts hold none, and the pattern, tried at every character, cost several times the pass.
 */
const mayHoldLongRun = (text: string): boolean => {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run >= MAX_TOKEN) return true;
  }
  return false;
};

/** `text` with each long run replaced by `placeholder`; the runs, in order. */
export const maskLongRuns = (text: string, placeholder: string): { masked: string; runs: string[] } => {
  const runs: string[] = [];
  if (!mayHoldLongRun(text)) return { masked: text, runs };
  const masked = text.replace(LONG_RUN, (run) => {
    let end = run.length;
    while (end > 0 && isClosing(run[end - 1]!)) end--;
    if (end === 0) return run;
    runs.push(run.slice(0, end));
    return `${placeholder}${run.slice(end)}`;
  });
  return { masked, runs };
};

/** A word no text contains, to stand for a long run while wink reads the text. */
const placeholderFor = (text: string): string => {
  let p = 'Qzqlongrunqzq';
  while (text.includes(p)) p += 'q';
  return p;
};

/**
 * The tokens of a text as wink reads it, and with `withSentences` its sentences as token spans and,
 * where the tokens, each after its preceding spaces, spell the text (no long run was hidden from
 * wink), where each token starts in it.
 */
const readTokens = (
  nlp: Nlp,
  original: string,
  withSentences: boolean,
): { tokens: Tokens; spans: Array<[number, number]>; starts: Int32Array | undefined } => {
  const { its } = nlp;
  const placeholder = original.length >= MAX_TOKEN ? placeholderFor(original) : '';
  // a text shorter than MAX_TOKEN holds no long run, and maskLongRuns gives it back as it is (one
  // object literal for both: a second one, seen first at a title, deoptimized readTokens)
  const { masked: text, runs } = maskLongRuns(original, placeholder);
  let nextRun = 0;
  const doc = nlp.readDoc(text);
  const t = doc.tokens();
  const ids = t.out(its.uniqueId) as unknown as number[];
  // wink's stop-word flags, asked of the whole text at most once: only where a lexeme is new, or is
  // a part of a contraction whose flag varies (a token item for each cost more than all the flags).
  // Asked in the loop, not through a closure made for each text: a call of a function made anew for
  // each text deoptimized readTokens ('wrong call target')
  let stops: boolean[] | undefined;
  const kinds = new Uint8Array(ids.length);
  const found: Lexeme[] = new Array(ids.length);
  // each token's length as wink read it (the placeholder for a long run, not the run)
  const lengths = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let slot = (id < slots.length ? slots[id]! : 0) - 1;
    if (slot < 0) {
      const token = t.itemAt(i);
      stops ??= stopFlags(t, its);
      learnLexeme(id, token.out(), token.out(its.type), stops[i]!);
      slot = slots[id]! - 1;
    }
    lengths[i] = slotLengths[slot]!;
    found[i] = lexemes[slot]!;
    if (runs.length > 0 && found[i]!.value === placeholder) {
      // the long run, put back: text, not a word
      found[i] = lexemeOf(runs[nextRun++] ?? '', OTHER, '', '', undefined, undefined);
      kinds[i] = OTHER;
      continue;
    }
    const kind = slotKinds[slot]!;
    const stop = slotStops[slot]!;
    if (kind === WORD && stop === ASK) stops ??= stopFlags(t, its);
    kinds[i] = kind === WORD ? ((stop === ASK ? stops![i]! : stop === 1) ? STOP : CONTENT) : kind;
  }
  const spaces = t.out(its.precedingSpaces) as string[];
  const tokens: Tokens = { spaces, kinds, lexemes: found };
  // one object literal for both: a second one, for titles only, was never seen before readTokens was
  // optimized, and deoptimized it at every title
  const starts = withSentences ? startsOf(spaces, lengths) : undefined;
  return { tokens, spans: starts === undefined ? [] : tokenSpans(text, tokens, starts), starts: runs.length === 0 ? starts : undefined };
};

/** wink's stop-word flag of each of the tokens `t`. */
const stopFlags = (t: ReturnType<ReturnType<Nlp['readDoc']>['tokens']>, its: Nlp['its']): boolean[] => t.out(its.stopWordFlag) as unknown as boolean[];

/**
 * Where each token starts in the text wink read: a token's spaces, then the token; the last entry is
 * where the last token ends.
 */
const startsOf = (spaces: readonly string[], lengths: Int32Array): Int32Array => {
  const n = lengths.length;
  const starts = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    at += spaces[i]!.length;
    starts[i] = at;
    at += lengths[i]!;
  }
  starts[n] = at;
  return starts;
};

/**
 * The sentences of `text` (boundaries.ts) as spans of its tokens: a token belongs to the sentence in
 * which it starts; tokens of whitespace at a span's edges are left out. `starts`: where each token
 * starts in `text`.
 */
const tokenSpans = (text: string, tokens: Tokens, starts: Int32Array): Array<[number, number]> => {
  const sentences = sentenceSpans(text, ENGLISH_RULES);
  // typed: over the array that map() made, V8 deoptimized this loop ('wrong map')
  const ends = new Int32Array(sentences.length);
  for (let k = 0; k < sentences.length; k++) ends[k] = sentences[k]![1];
  const spans: Array<[number, number]> = [];
  let e = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.kinds.length; i++) {
    const at = starts[i]!;
    while (e < ends.length - 1 && at >= ends[e]!) {
      if (first >= 0) spans.push([first, last]);
      first = -1;
      e++;
    }
    if (tokens.kinds[i] === BREAK) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first >= 0) spans.push([first, last]);
  return spans;
};

const isWord = (tokens: Tokens, i: number): boolean => {
  const kind = tokens.kinds[i];
  return kind === CONTENT || kind === STOP;
};

/**
 * wink sometimes starts a sentence with the closing punctuation of the one before (`over.` | `.." Then`),
 * makes a sentence of punctuation alone, or ends one at a full stop inside a word (`www.` | `ascom.` |
 * `com`). Move such glued punctuation back, and merge wordless spans and spans cut inside a word.
 */
const repairSpans = (tokens: Tokens, spans: ReadonlyArray<[number, number]>): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    let s = start;
    const prev = out[out.length - 1];
    if (prev !== undefined) {
      // a full stop with a lower-case letter right after it ("www.ascom.com", "e.g.the") ends no
      // sentence; before a capital ("said.The") it may, in text that lost a space
      if (tokens.spaces[start] === '' && tokens.lexemes[start - 1]?.value === '.' && isWord(tokens, start) && !OPENS_UPPER.test(tokens.lexemes[start]?.value ?? '')) {
        prev[1] = end;
        continue;
      }
      while (s <= end && tokens.spaces[s] === '' && CLOSING.test(tokens.lexemes[s]?.value ?? '')) s++;
      prev[1] = s - 1;
      let hasWord = false;
      for (let i = s; i <= end && !hasWord; i++) hasWord = isWord(tokens, i) || tokens.kinds[i] === NUMBER;
      if (!hasWord) {
        prev[1] = end;
        continue;
      }
    }
    out.push([s, end]);
  }
  return out;
};

/**
 * The sentence as written, any run of whitespace between tokens (line breaks too) folded to one space.
 * Joined from an array, not concatenated: a string built with += is a tree of one node per token,
 * which V8 keeps until the string is next read, about 30 bytes per token of a long article.
 */
const spanText = (tokens: Tokens, start: number, end: number): string => {
  const parts: string[] = [];
  let gap = false;
  for (let i = start; i <= end; i++) {
    if (tokens.kinds[i] === BREAK) {
      gap = true;
      continue;
    }
    if (parts.length > 0 && (gap || tokens.spaces[i] !== '')) parts.push(' ');
    parts.push(tokens.lexemes[i]?.value ?? '');
    gap = false;
  }
  return parts.join('');
};

/** What a sentence holds when its surface words were not asked for. */
const NO_SURFACE: readonly string[] = Object.freeze([]);

/**
 * The content words of a span: their terms (stems), and with `withSurface` the words lower-cased as
 * written. The arrays are made at their final length, as a sentence keeps them as long as its article
 * is summarized.
 */
const contentIn = (tokens: Tokens, start: number, end: number, withSurface: boolean): { terms: string[]; surface: readonly string[] } => {
  let n = 0;
  for (let i = start; i <= end; i++) if (tokens.kinds[i] === CONTENT) n++;
  const terms: string[] = new Array(n);
  const surface: string[] | undefined = withSurface ? new Array(n) : undefined;
  for (let i = start, k = 0; i <= end; i++) {
    if (tokens.kinds[i] !== CONTENT) continue;
    const lexeme = tokens.lexemes[i]!;
    if (surface !== undefined) surface[k] = lexeme.lower;
    terms[k++] = lexeme.term;
  }
  return { terms, surface: surface ?? NO_SURFACE };
};

const wordCount = (tokens: Tokens, start: number, end: number): number => {
  let n = 0;
  for (let i = start; i <= end; i++) if (isWord(tokens, i) || tokens.kinds[i] === NUMBER) n++;
  return n;
};

/** wink holds a whole text's tokens at once: a paragraph longer than this (1 MB) is read in pieces. */
const MAX_PIECE = 1_000_000;
/** Where a piece may end: after sentence punctuation, before what starts a sentence. */
const SENTENCE_GAP = unicode.g`[.!?…]["'’”)\]]*\s+(?=["'‘“(\[]?\p{Lu})`;

/**
 * A very long paragraph cut at sentence gaps into pieces of at most about MAX_PIECE characters, so
 * that a huge input costs memory for one piece at a time. A piece with no gap is cut at a space.
 */
export const pieces = (paragraph: string): string[] => cutIntoPieces(paragraph, MAX_PIECE, SENTENCE_GAP.regex, 0.5);

/** Split paragraphs into sentences. A paragraph break always ends a sentence. */
export const segment = (paragraphs: readonly string[], options: SegmentOptions = {}): Sentence[] => {
  const nlp = getNlp();
  const sentences: Sentence[] = [];
  const withSurface = options.surface === true;
  const keep = options.keep ?? ((): boolean => true);
  paragraphs.forEach((paragraph, p) => pieces(paragraph).forEach((piece) => segmentPiece(nlp, piece, p, sentences, withSurface, keep)));
  return sentences;
};

/** Whether a span reads in the text as spanText writes it: no line break in it, no run of spaces. */
const readsAsWritten = (tokens: Tokens, start: number, end: number): boolean => {
  if (tokens.kinds[start] === BREAK) return false;
  for (let i = start + 1; i <= end; i++) {
    const space = tokens.spaces[i];
    if (tokens.kinds[i] === BREAK || (space !== '' && space !== ' ')) return false;
  }
  return true;
};

/** Append the sentences of one piece of paragraph `p` to `sentences`. */
const segmentPiece = (
  nlp: Nlp,
  paragraph: string,
  p: number,
  sentences: Sentence[],
  withSurface: boolean,
  keep: (text: string) => boolean,
): void => {
  // wink makes a one-sentence doc of blank text
  if (paragraph.trim() === '') return;
  const { tokens, spans, starts } = readTokens(nlp, paragraph, true);
  // a sentence as it stands in the paragraph is a slice of it, which V8 stores as a reference to the
  // paragraph rather than a copy: the sentences of a long article then cost no text of their own
  const sliceable = starts !== undefined && starts[tokens.kinds.length] === paragraph.length;
  for (const [start, end] of repairSpans(tokens, spans)) {
    const text =
      sliceable && readsAsWritten(tokens, start, end)
        ? paragraph.slice(starts[start]!, starts[end]! + tokens.lexemes[end]!.length)
        : spanText(tokens, start, end);
    if (text === '' || !keep(text)) continue;
    const { terms, surface } = contentIn(tokens, start, end, withSurface);
    const parts = partsOf(text, ENGLISH_RULES);
    const words = wordCount(tokens, start, end);
    sentences.push(sentenceOf(sentences.length, text, p, terms, surface, words, parts, isVerbless(tokens, start, end, words, text)));
  }
};

/** The content terms of a short text such as a title, built as a sentence's are. */
export const termsOf = (text: string): string[] => {
  if (text.trim() === '') return [];
  const { tokens } = readTokens(getNlp(), text, false);
  return contentIn(tokens, 0, tokens.kinds.length - 1, false).terms;
};

const LETTERS = unicode.g`\p{L}+`;

// A lower-cased word's term id (terms.ts), memoised. The memo is emptied when it grows large.
const wordIds = new Map<string, number>();
const wordTermId = (word: string): number => {
  let id = wordIds.get(word);
  if (id === undefined) {
    if (wordIds.size >= MAX_MEMO) wordIds.clear();
    id = termId(stemOrKeep(word));
    wordIds.set(word, id);
  }
  return id;
};

/**
 * The term ids (terms.ts) of an article's words, repeats included, for counting document frequency:
 * its words stemmed as sentences' terms are, stop words included (a stop word's count is never looked
 * up), without the cost of cleaning or segmenting (a headline's or a share button's words add little
 * to a count over many documents).
 */
export const wordTermIds = (text: string): number[] => (text.toLowerCase().match(LETTERS) ?? []).map(wordTermId);


