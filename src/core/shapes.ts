// What each --type means: its length when none is given, how many sentences of which it is chosen
// from and within what budget, how it weighs the features, and what a headline makes of its pick;
// and the sentences --avoid leaves out. planFor reads the reader's settings whole: a new rule of
// selection (a sentence left out, a budget) goes there.
import { opensDependent } from './coherence.js';
import { headlineOf, headlineWorthy, wordCount } from './headline.js';
import { headlineClause, signpostOf } from './text/signpost.js';
import { isFragment, proseSentences } from './text/prose.js';
import { sameWords } from './text/compare.js';
import type { Avoid, Doc, Length, PickedSentence, Plan, Sentence, SummarySettings, SummaryType, Weights } from './types.js';
import { type Opening, namesByKind } from './score/opening.js';
import { DEFAULTS } from '../defaults.js';

export const DEFAULT_LENGTH: Length = { kind: 'count', n: DEFAULTS.sentences };

/** A type's length when none is asked for: DEFAULT_LENGTH, a teaser's own (a headline's is in words, below). */
const defaultLength = (type: SummaryType): Length => (type === 'teaser' ? { kind: 'count', n: DEFAULTS.teaserSentences } : DEFAULT_LENGTH);

/** The summary's type and length, as asked or by default. */
export const shapeOf = (settings: SummarySettings): { readonly type: SummaryType; readonly length: Length } => {
  const type = settings.type ?? DEFAULTS.type;
  return { type, length: settings.length ?? defaultLength(type) };
};

/** How the type changes the weights: a teaser is the hook after the lead, which the lead prior would only point back at. */
export const typeWeights = (type: SummaryType): Partial<Weights> => (type === 'teaser' ? { position: 0 } : {});

/** A direct quotation of a few words or more, in any of the usual quotation marks. */
const QUOTE = /["“„«][^"“”„«»]{12,}["”“»]/u;
const AVOIDED: Readonly<Record<Avoid, (s: Sentence) => boolean>> = {
  quotes: (s) => QUOTE.test(s.text),
  questions: (s) => /[?？؟]["'’”»)]*$/u.test(s.text),
  exclamations: (s) => /[!！]["'’”»)]*$/u.test(s.text),
};

/**
 * How many sentences a Length asks for, out of `total`: at least 1 (if there is any), never more than
 * total. For a budget, the count it is likely to hold at the article's mean sentence length (the
 * ranker uses it to know how selective the summary is).
 */
export const countFor = (length: Length, total: number, meanWords = 20, meanChars = 120): number => {
  if (total === 0) return 0;
  const n =
    length.kind === 'count'
      ? length.n
      : length.kind === 'ratio'
        ? Math.round(length.r * total)
        : Math.floor(length.n / Math.max(1, length.kind === 'words' ? meanWords : meanChars));
  return Math.min(total, Math.max(1, n));
};

/** Whether an announcement says the point after its colon in words that lean on nothing ("So here is my argument: the council should…", not "…: they should do it"). */
const saysAfterColon = (text: string, lang: string): boolean => signpostOf(text, lang) === 'colon' && !opensDependent(text.slice(text.indexOf(':') + 1).trim(), lang);

/** A headline's candidates: the best few; the first that fits without a cut inside a clause wins. */
const HEADLINE_CANDIDATES = 3;

/** A candidate scoring below this share of the best never replaces it: the headline says the point. */
const HEADLINE_SHARE = 0.8;

/**
 * What the reader's settings ask of the selection (`plan`: how many sentences, within what, from
 * which) and how many sentences the summary is for the ranker (`n`: how selective it is).
 */
export const planFor = (
  doc: Doc,
  settings: SummarySettings,
  coherent: boolean,
  opening: Pick<Opening, 'start' | 'warmUp' | 'kinds'>,
  leadIn?: (s: Sentence) => boolean,
): { plan: Plan; n: number } => {
  const { warmUp } = opening;
  const { type, length } = shapeOf(settings);
  const avoid: readonly Avoid[] = settings.avoid ?? [];
  const { sentences } = doc;
  // what the user asked to avoid, and sentences that only announce what follows
  const avoided =
    avoid.length === 0 && leadIn === undefined ? undefined : (s: Sentence) => leadIn?.(s) === true || avoid.some((a) => AVOIDED[a](s));
  // the sentence a recipe turns on from its story to the dish leans on none of the story ("This brown
  // butter plum cake is…"): it is written to open the point; so does a column's announcement that says
  // its argument after its colon ("So here is my argument, and I'll make it plainly: the council should…")
  const turn = opening.kinds[opening.kinds.length - 1];
  // so does a review's verdict that names the thing by its kind ("It is a sprawling… novel": "It" is the book)
  const startText = doc.sentences[opening.start]?.text ?? '';
  const point =
    opening.start > 0 &&
    (turn === 'story' || (turn === 'signpost' && saysAfterColon(startText, doc.lang)) || (turn === 'verdict' && namesByKind(startText, doc.lang)))
      ? opening.start
      : undefined;
  const base = { lang: doc.lang, coherent, ...(avoided === undefined ? {} : { avoided }), ...(point === undefined ? {} : { point }) };
  if (type === 'headline') {
    // one sentence that carries the point and stands on its own, cut to its main clause (headline.ts);
    // chosen from the best few (pickHeadline)
    const notTitle = (s: Sentence): boolean => (doc.title === null || !sameWords(s.text, doc.title)) && !(s.index > 0 && s.index !== point && opensDependent(headlineClause(s.text, doc.lang), doc.lang));
    const worthy = (s: Sentence): boolean => notTitle(s) && headlineWorthy(s.text, doc.lang) && !warmUp.has(s.index);
    // worthy, and a whole sentence of prose (proseOnly keeps no other): else any sentence may be one
    const prose = proseSentences(sentences, HEADLINE_CANDIDATES);
    const any = sentences.some((s) => worthy(s) && prose(s.index) && !isFragment(s.text));
    return { plan: { ...base, n: HEADLINE_CANDIDATES, eligible: any ? worthy : notTitle }, n: 1 };
  }
  // a budget's count is found at the mean sentence's length; a count or a ratio needs no mean
  const budgeted = length.kind === 'words' || length.kind === 'chars';
  const meanWords = budgeted ? sentences.reduce((a, s) => a + s.wordCount, 0) / Math.max(1, sentences.length) : undefined;
  const meanChars = budgeted ? sentences.reduce((a, s) => a + s.text.length + 1, 0) / Math.max(1, sentences.length) : undefined;
  const n = countFor(length, sentences.length, meanWords, meanChars);
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

/** The chosen sentence cut to a headline of at most `max` words (headline.ts). */
const asHeadline = (s: PickedSentence, max: number, lang: string): PickedSentence => {
  const { text } = headlineOf(s.text, max, lang);
  return text === s.text ? s : { ...s, text, words: wordCount(text) };
};

/**
 * The headline from its candidates: of the best (by score, then the earlier), the first whose line
 * needs no cut mid-phrase, else the best; cut to at most the words asked for.
 */
export const pickHeadline = (candidates: readonly PickedSentence[], length: Length, lang: string): PickedSentence[] => {
  const max = length.kind === 'words' ? length.n : DEFAULTS.headlineWords;
  // a fragment is a candidate only where too few whole sentences were (proseOnly), and never beats one
  const whole = candidates.filter((s) => !isFragment(s.text));
  const best = [...(whole.length > 0 ? whole : candidates)].sort((a, b) => b.score - a.score || a.index - b.index);
  const floor = HEADLINE_SHARE * (best[0]?.score ?? 0);
  const clean = best.find((s) => s.score >= floor && !headlineOf(s.text, max, lang).cut) ?? best[0];
  return clean === undefined ? [] : [asHeadline(clean, max, lang)];
};
