// The public pipeline: text → Summary. Composes the steps and nothing else.
import { clean, isBoilerplate } from './text/clean.js';
import { sameWords } from './text/compare.js';
import { blendIdf, corpusIdf } from './score/corpus.js';
import { extractKeywords } from './score/keywords.js';
import { rankDocExplained } from './score/methods.js';
import { POINT_FIRST, openingOf as warmUpOf } from './score/opening.js';
import { headlineOf, headlineWorthy, wordCount } from './headline.js';
import { normalize } from './text/normalize.js';
import { proseOnly } from './text/prose.js';
import { readLineByLine, wholeQuotations } from './quotations.js';
import { choose, resolveLength } from './select.js';
import { byScore } from './score/combine.js';
import { opensDependent } from './coherence.js';
import { openingOf, resolveLanguage } from './nlp/language.js';
import type { Avoid, Doc, Length, Plan, Method, PickedSentence, Scored, Sentence, Summary, SummarizeOptions, SummaryType } from './types.js';
import { sentenceIdf } from './score/vectors.js';
import { topicTerms } from './score/topic.js';
import { DEFAULT_WEIGHTS } from './score/weights.js';
import { DEFAULTS } from '../defaults.js';

export const DEFAULT_LENGTH: Length = { kind: 'count', n: DEFAULTS.sentences };
export const DEFAULT_METHOD: Method = DEFAULTS.method;

/**
 * Clean and segment an article into the Doc that ranking works on, in language `lang` (an ISO 639-1
 * code, or 'auto' to detect it from the body). `surface`: keep each sentence's words as written, which
 * keywords show.
 */
export const prepareDoc = (text: string, knownTitle?: string, lang = 'auto', surface = false, subtitle?: string): Doc => {
  const { title, paragraphs, asides, notes = [] } = clean(normalize(text), knownTitle);
  const { adapter, note } = resolveLanguage(lang, openingOf(paragraphs));
  // the dek (standfirst) says what the story is about as the title does: its terms count as the title's
  const topic = [title, subtitle].filter((t): t is string => t !== null && t !== undefined && t.trim() !== '');
  // boilerplate inside a paragraph ("… the vote. Scroll down for video. The mayor …") shows only now
  const sentences = adapter.segment(paragraphs, { surface, keep: (text) => !isBoilerplate(text) });
  return {
    title,
    lang: adapter.code,
    notes: note === undefined ? notes : [...notes, note],
    // no title, no dek: the first heading, else the opening's recurring terms say what it is about
    titleTerms: topic.length > 0 ? [...new Set(topic.flatMap((t) => adapter.termsOf(t)))] : topicTerms(sentences, asides, (t) => adapter.termsOf(t)),
    ...(topic.length > 0 ? {} : { topicGuessed: true }),
    sentences,
    paragraphCount: paragraphs.length,
    asides,
  };
};

/**
 * A text of the article that does not keep the article alive: sentences (segment.ts), the title and the
 * headings are slices of the article's text, which V8 keeps whole while any slice of it lives, and a
 * summary may be kept long after its article. Joining copies the text into a string of its own (V8
 * flattens the join before slicing it).
 */
const detached = (text: string): string => ` ${text}`.slice(1);

const toPicked = ({ sentence, score, contributions }: Scored): PickedSentence => ({
  index: sentence.index,
  paragraph: sentence.paragraph,
  text: sentence.text,
  words: sentence.words,
  score,
  contributions,
});

/** The chosen sentence cut to a headline of at most `max` words (headline.ts). */
const asHeadline = (s: PickedSentence, max: number, lang: string): PickedSentence => {
  const { text } = headlineOf(s.text, max, lang);
  return text === s.text ? s : { ...s, text, words: wordCount(text) };
};

/** A headline's candidates: the best few; the first that fits without a cut inside a clause wins. */
const HEADLINE_CANDIDATES = 3;

/** A candidate scoring below this share of the best never replaces it: the headline says the point. */
const HEADLINE_SHARE = 0.8;

/** Of the candidates (best first), the one whose headline needs no cut mid-phrase, else the best. */
const bestHeadline = (candidates: readonly PickedSentence[], max: number, lang: string): PickedSentence[] => {
  const floor = HEADLINE_SHARE * (candidates[0]?.score ?? 0);
  const clean = candidates.find((s) => s.score >= floor && !headlineOf(s.text, max, lang).cut) ?? candidates[0];
  return clean === undefined ? [] : [asHeadline(clean, max, lang)];
};

/** A direct quotation of a few words or more, in any of the usual quotation marks. */
const QUOTE = /["“„«][^"“”„«»]{12,}["”“»]/u;
const AVOIDED: Readonly<Record<Avoid, (s: Sentence) => boolean>> = {
  quotes: (s) => QUOTE.test(s.text),
  questions: (s) => /[?？؟]["'’”»)]*$/u.test(s.text),
  exclamations: (s) => /[!！]["'’”»)]*$/u.test(s.text),
};

/** What the summary's type asks of the selection: how many sentences, within what, from which. */
const planFor = (
  doc: Doc,
  type: SummaryType,
  length: Length,
  avoid: readonly Avoid[],
  coherent: boolean,
  warmUp: ReadonlySet<number>,
): { plan: Plan; n: number } => {
  const { sentences } = doc;
  const meanWords = sentences.reduce((a, s) => a + s.words, 0) / Math.max(1, sentences.length);
  const meanChars = sentences.reduce((a, s) => a + s.text.length + 1, 0) / Math.max(1, sentences.length);
  const avoided = avoid.length === 0 ? undefined : (s: Sentence) => avoid.some((a) => AVOIDED[a](s));
  const base = { lang: doc.lang, coherent, ...(avoided === undefined ? {} : { avoided }) };
  if (type === 'headline') {
    // one sentence that carries the point and stands on its own, cut to its main clause (headline.ts)
    const notTitle = (s: Sentence): boolean => (doc.title === null || !sameWords(s.text, doc.title)) && !(s.index > 0 && opensDependent(s.text, doc.lang));
    const worthy = (s: Sentence): boolean => notTitle(s) && headlineWorthy(s.text) && !warmUp.has(s.index);
    const any = sentences.some(worthy);
    return { plan: { ...base, n: 1, eligible: any ? worthy : notTitle }, n: 1 };
  }
  const n = resolveLength(length, sentences.length, meanWords, meanChars);
  const budget = length.kind === 'words' || length.kind === 'chars' ? { unit: length.kind, max: length.n } : undefined;
  if (type === 'teaser') {
    // after the lead: the first paragraph, and at least the first two sentences (news often gives each
    // sentence its own paragraph)
    const first = Math.min(2, Math.max(0, sentences.length - 1));
    const lead = (s: Sentence): boolean => s.index >= first && (doc.paragraphCount <= 1 || s.paragraph > 0) && !warmUp.has(s.index);
    return { plan: { ...base, n, eligible: lead, ...(budget === undefined ? {} : { budget }) }, n };
  }
  return { plan: { ...base, n: budget === undefined ? n : sentences.length, ...(budget === undefined ? {} : { budget }) }, n };
};

/** Summarize a Doc that prepareDoc made. */
export const summarizeDoc = (doc: Doc, options: Omit<SummarizeOptions, 'title'> = {}): Summary => {
  const type = options.type ?? 'key-points';
  const length = options.length ?? (type === 'teaser' ? { kind: 'count' as const, n: DEFAULTS.teaserSentences } : DEFAULT_LENGTH);
  const method = options.method ?? DEFAULT_METHOD;
  // the classic baselines stay as published; our ranker keeps leaning sentences with what they lean on
  const coherent = method === 'tfidf' && options.coherent !== false;
  const opening = method === 'tfidf' ? warmUpOf(doc) : POINT_FIRST;
  const { plan, n } = planFor(doc, type, length, options.avoid ?? [], coherent, opening.warmUp);
  // a teaser is the hook after the lead: the lead prior would only point back at what it skips
  const weights = { ...DEFAULT_WEIGHTS, ...(type === 'teaser' ? { position: 0 } : {}), ...options.weights };
  const articleIdf = sentenceIdf(doc.sentences);
  const idf = options.corpus === undefined ? articleIdf : blendIdf(articleIdf, corpusIdf(options.corpus));
  const { scored, lead } = rankDocExplained(doc, method, n, weights, idf, opening);
  const headline = type === 'headline';
  const prosePlan = proseOnly(headline ? { ...plan, n: HEADLINE_CANDIDATES } : plan, doc.sentences);
  const picked = choose(scored, prosePlan);
  // our ranker prints a quotation whole or not at all in a summary read line by line; the classic
  // baselines choose as published
  const candidates = coherent && !headline && readLineByLine(plan) ? wholeQuotations(picked, scored, doc.sentences, doc.lang, prosePlan.eligible) : picked;
  const chosen = (headline ? [...candidates].sort(byScore) : candidates).map((s) => ({ ...toPicked(s), text: detached(s.sentence.text) }));
  const maxWords = length.kind === 'words' ? length.n : DEFAULTS.headlineWords;
  const sentences = headline ? bestHeadline(chosen, maxWords, doc.lang) : chosen;
  return {
    title: doc.title === null ? null : detached(doc.title),
    type,
    lang: doc.lang,
    notes: doc.notes,
    sentenceCount: doc.sentences.length,
    wordCount: doc.sentences.reduce((n, s) => n + s.words, 0),
    sentences,
    ...(lead === undefined || doc.sentences.length === 0 ? {} : { lead }),
    ranked: options.ranked === false ? [] : scored.map(toPicked),
    asides: doc.asides.map((a) => ({ ...a, text: detached(a.text) })),
    keywords: extractKeywords(doc, idf, options.keywords ?? 0).map((k) => ({ ...k, keyword: detached(k.keyword) })),
  };
};

/** Summarize an article: its title, if found, and its best sentences in article order. */
export const summarize = (text: string, options: SummarizeOptions = {}): Summary =>
  summarizeDoc(prepareDoc(text, options.title, options.lang, (options.keywords ?? 0) > 0, options.subtitle), options);
