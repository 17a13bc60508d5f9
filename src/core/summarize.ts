// The public pipeline: text → Summary. Composes the steps and nothing else.
import { clean, isBoilerplate } from './text/clean.js';
import { blendIdf, corpusIdf } from './score/corpus.js';
import { extractKeywords } from './score/keywords.js';
import { rankDocExplained } from './score/methods.js';
import { POINT_FIRST, isLeadIn, openingOf } from './score/opening.js';
import { normalize } from './text/normalize.js';
import { proseOnly } from './text/prose.js';
import { choose } from './select.js';
import { wholeQuotations } from './quotations.js';
import { readLineByLine } from './coherence.js';
import { pickHeadline, planFor, shapeOf, typeWeights } from './shapes.js';
import { detectionSample, resolveLanguage } from './nlp/language.js';
import type { Doc, Method, PickedSentence, Scored, Summary, SummarizeOptions } from './types.js';
import { sentenceIdf } from './score/vectors.js';
import { topicTerms } from './score/topic.js';
import { DEFAULT_WEIGHTS } from './score/weights.js';
import { DEFAULTS } from '../defaults.js';

export const DEFAULT_METHOD: Method = DEFAULTS.method;

/**
 * Clean and segment an article into the Doc that ranking works on, in language `lang` (an ISO 639-1
 * code, or 'auto' to detect it from the body). `surface`: keep each sentence's words as written, which
 * keywords show.
 */
export const prepareDoc = (text: string, knownTitle?: string, lang: string = DEFAULTS.lang, surface = false, subtitle?: string): Doc => {
  const { title, paragraphs, asides, notes = [] } = clean(normalize(text), knownTitle);
  const { adapter, note } = resolveLanguage(lang, detectionSample(paragraphs));
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
    // always there (true, or undefined): a Doc of one shape (a field there only sometimes made two,
    // and deoptimized their readers, 'wrong map', where articles with and without titles met)
    topicGuessed: topic.length === 0 ? true : undefined,
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
  words: sentence.wordCount,
  score,
  contributions,
});

/** Summarize a Doc that prepareDoc made. */
export const summarizeDoc = (doc: Doc, options: Omit<SummarizeOptions, 'title'> = {}): Summary => {
  const { type, length } = shapeOf(options);
  const method = options.method ?? DEFAULT_METHOD;
  // the classic baselines stay as published; our ranker keeps leaning sentences with what they lean on
  const coherent = method === 'tfidf' && options.coherent !== false;
  const opening = method === 'tfidf' ? openingOf(doc, options.genre) : POINT_FIRST;
  const { plan, n } = planFor(doc, options, coherent, opening, method === 'tfidf' ? isLeadIn(doc.lang) : undefined);
  const weights = { ...DEFAULT_WEIGHTS, ...typeWeights(type), ...options.weights };
  const articleIdf = sentenceIdf(doc.sentences);
  const idf = options.corpus === undefined ? articleIdf : blendIdf(articleIdf, corpusIdf(options.corpus));
  const { scored, lead } = rankDocExplained(doc, method, n, weights, idf, opening);
  const prosePlan = proseOnly(plan, doc.sentences);
  const picked = choose(scored, prosePlan);
  // our ranker prints a quotation whole or not at all in a summary read line by line (a budget's holds
  // no piece of one already: see proseOnly); the classic baselines choose as published
  const kept = coherent && type !== 'headline' && plan.budget === undefined && readLineByLine(plan) ? wholeQuotations(picked, scored, doc.sentences, doc.lang, prosePlan.eligible) : picked;
  const chosen = kept.map((s) => ({ ...toPicked(s), text: detached(s.sentence.text) }));
  const sentences = type === 'headline' ? pickHeadline(chosen, length, doc.lang) : chosen;
  return {
    title: doc.title === null ? null : detached(doc.title),
    type,
    lang: doc.lang,
    notes: doc.notes,
    sentenceCount: doc.sentences.length,
    wordCount: doc.sentences.reduce((n, s) => n + s.wordCount, 0),
    sentences,
    ...(lead === undefined || doc.sentences.length === 0 ? {} : { lead }),
    ranked: options.ranked === false ? [] : scored.map(toPicked),
    asides: doc.asides.map((a) => ({ ...a, text: detached(a.text) })),
    keywords: extractKeywords(doc, idf, options.keywords ?? DEFAULTS.keywords).map((k) => ({ ...k, keyword: detached(k.keyword) })),
  };
};

/** Summarize an article: its title, if found, and its best sentences in article order. */
export const summarize = (text: string, options: SummarizeOptions = {}): Summary =>
  summarizeDoc(prepareDoc(text, options.title, options.lang, (options.keywords ?? DEFAULTS.keywords) > 0, options.subtitle), options);
