// Does the article put its point first? News does (the inverted pyramid); a feature, an opinion piece
// or a blog post often warms up first: a question, an address to the reader, a greeting, a scene or
// an anecdote, a seasonal or generic opener, after which the "nut graf" says what the story is about.
// This module tells the warm-up sentences of a lead, so that the lead prior can start after them and
// a headline, a tl;dr or a teaser never is one. Opener words are data per language (here for now; they
// belong with the rest of each language's data in nlp/languages.ts, which another change owns).
import { LANGUAGES } from '../nlp/languages.js';
import { anyOf } from '../text/patterns.js';
import type { Doc, Sentence } from '../types.js';

/** What kind of warm-up a sentence is. */
export type OpenerKind = 'question' | 'address' | 'greeting' | 'scene' | 'seasonal' | 'quote';

const LEADING = /^[\s"'“‘(«„‹[¿¡—–-]+/u;
/** A question asked of the reader: not in someone's words (no quotation mark at its start or end). */
const QUESTION = /[?？؟]\)?\s*$/u;
const QUOTE_MARK = /["“”„«»]/u;
/** A lead that opens with someone's words: a scene told in dialogue. */
const OPENING_QUOTE = /^\s*["“„«][^"“”„«»]{3,}["”“»]/u;

/** The kinds told by words, in the order they are tried. */
const WORDED_KINDS = ['greeting', 'address', 'seasonal', 'scene'] as const;

type WordedTest = readonly [OpenerKind, (opening: string) => boolean];
/** Each language's tests of the kinds told by words, built the first time an article in it is read. */
const wordedTests = new Map<string, readonly WordedTest[]>();
const wordedTestsOf = (lang: string): readonly WordedTest[] => {
  let tests = wordedTests.get(lang);
  if (tests === undefined) {
    const data = LANGUAGES[lang]?.warmUps;
    tests = WORDED_KINDS.flatMap((kind): WordedTest[] => {
      const patterns = data?.[kind];
      return patterns === undefined ? [] : [[kind, anyOf(patterns)]];
    });
    wordedTests.set(lang, tests);
  }
  return tests;
};

/** The kind of warm-up a sentence is, or null when it says something. */
export const openerKind = (text: string, lang: string): OpenerKind | null => {
  if (QUESTION.test(text) && !QUOTE_MARK.test(text)) return 'question';
  if (OPENING_QUOTE.test(text)) return 'quote';
  const tests = wordedTestsOf(lang);
  if (tests.length === 0) return null;
  const opening = text.replace(LEADING, '');
  for (const [kind, test] of tests) if (test(opening)) return kind;
  return null;
};

/** How a lead opens: where its point starts, which sentences before it are warm-up, and why. */
export type Opening = {
  /** The first sentence the lead prior counts from: 0 for an article that puts its point first. */
  readonly start: number;
  /** Indices of the warm-up sentences (before `start`). */
  readonly warmUp: ReadonlySet<number>;
  /** The kinds of opener found, in order. */
  readonly kinds: readonly OpenerKind[];
};

/** The lede is looked for in the first sentences only: a question deep in a story is not a warm-up. */
const LEDE_SENTENCES = 4;
/** Where the point is looked for after a warm-up: this many sentences. */
const POINT_SENTENCES = 3;
/** Where a feature's nut graf is looked for after its lede: this many sentences (paragraphs three to six, about). */
const NUT_GRAF_SENTENCES = 10;
/** A nut graf names at least this share of the title's terms. */
const MIN_NUT_GRAF_SHARE = 0.25;
/** A lede of one long paragraph (text without paragraph breaks) ends this many sentences after its last opener at most. */
const LEDE_RUN = 2;

export const POINT_FIRST: Opening = { start: 0, warmUp: new Set(), kinds: [] };

/**
 * The warm-up of an article's lead, if any: the sentences among the first four, in the first two
 * paragraphs, that are openers (a question, an address to the reader, a greeting, a scene, a seasonal
 * or generic opener, a quotation), the first of them among the first two sentences. The point starts
 * after the last of them, at the next paragraph (the lede's paragraph is scene too) but at most two
 * sentences on.
 */
export const openingOf = (doc: Doc): Opening => {
  const { sentences } = doc;
  const lede: Sentence[] = [];
  for (const s of sentences.slice(0, LEDE_SENTENCES)) {
    if (s.paragraph > sentences[0]!.paragraph + 1) break;
    lede.push(s);
  }
  const kinds: OpenerKind[] = [];
  const warmUp = new Set<number>();
  for (const s of lede) {
    const kind = openerKind(s.text, doc.lang);
    if (kind === null) continue;
    // a quotation opens news too ("'We will rebuild,' the mayor said…"): it only goes on a warm-up
    // that something else began
    if (kind === 'quote' && warmUp.size === 0) continue;
    if (warmUp.size === 0 && s.index > 1) break;
    kinds.push(kind);
    warmUp.add(s.index);
  }
  const topic = new Set(doc.topicGuessed === true ? [] : doc.titleTerms);
  if (warmUp.size === 0) return POINT_FIRST;
  const last = Math.max(...warmUp);
  const lastParagraph = sentences[last]!.paragraph;
  // the warm-up runs on through the rest of its paragraph, and through sentences that do not name the
  // story's topic (the title's terms), two sentences at most
  const onTopic = (s: Sentence): boolean => s.terms.some((t) => topic.has(t));
  const stillWarm = (s: Sentence): boolean =>
    (doc.paragraphCount > 1 && s.paragraph === lastParagraph) || (topic.size > 0 && !onTopic(s) && s.paragraph <= lastParagraph + 1);
  let start = last + 1;
  while (start < sentences.length - 1 && start < last + 1 + LEDE_RUN && stillWarm(sentences[start]!)) start++;
  // with a title, the point is what the title names: a lede that names it as much as what follows is the point
  if (topic.size > 0) {
    const share = (s: Sentence): number => new Set(s.terms.filter((t) => topic.has(t))).size / topic.size;
    const lede = Math.max(...[...warmUp].map((i) => share(sentences[i]!)));
    const after = Math.max(0, ...sentences.slice(start, start + POINT_SENTENCES).map(share));
    // a seasonal opener or a greeting is never the point, whatever words of the title it uses
    if (after <= lede && !kinds.every((k) => k === 'seasonal' || k === 'greeting')) return POINT_FIRST;
    // the nut graf: in the paragraphs after the lede, the first sentence that names as much of the
    // title (and dek) as any there does; a scene or an anecdote may run on for paragraphs before it
    const window = sentences.slice(start, Math.min(sentences.length - 1, start + NUT_GRAF_SENTENCES));
    const best = Math.max(0, ...window.map(share));
    if (best >= MIN_NUT_GRAF_SHARE) start = window.find((s) => share(s) >= best)!.index;
  }
  for (let i = 0; i < start; i++) warmUp.add(i);
  return { start: Math.min(start, Math.max(0, sentences.length - 1)), warmUp, kinds };
};
