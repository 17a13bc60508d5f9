// Does the article put its point first? News does (the inverted pyramid); a feature, an opinion piece
// or a blog post often warms up first: a question, an address to the reader, a greeting, a scene or
// an anecdote, a seasonal or generic opener, after which the "nut graf" says what the story is about.
// This module tells the warm-up sentences of a lead, so that the lead prior can start after them and
// a headline, a tl;dr or a teaser never is one. Opener words are data per language, with the rest of
// each language's data in nlp/languages.ts.
import { opensDependent } from '../coherence.js';
import { LANGUAGES } from '../nlp/languages.js';
import { anyOf } from '../text/patterns.js';
import { isFragment } from '../text/prose.js';
import { LEADING, signpostOf, withoutConclusion } from '../text/signpost.js';
import type { Doc, Genre, Sentence } from '../types.js';
import { type Pattern, unicode } from '../text/unicode.js';

const OPENS_UPPER_OR_DIGIT = unicode`^[\p{Lu}\p{N}]`;

const NAME_WORDS = unicode.g`[\p{L}’'.-]+`;

const PRONOUN_SUBJECT = unicode`^(?:[Ss]he|[Hh]e|[Tt]hey|(?:[Hh]er|[Hh]is|[Tt]heir)\s\p{Ll}+)$`;

const POSSESSIVE_TAIL = unicode`['’]s\s\p{Ll}+$`;

const WORD_RUNS = unicode.g`[\p{L}\p{N}]+`;

/** What kind of warm-up a sentence is. */
export type OpenerKind = 'question' | 'address' | 'greeting' | 'scene' | 'seasonal' | 'quote' | 'signpost' | 'argument' | 'off-topic' | 'verdict' | 'history' | 'character' | 'story';

/** A conjunction that opens a sentence going on from the one before (English). */
const CARRIED_ON = unicode.i`^(?:and|but|so|yet),?\s+(?=\p{L})`;
const NOTHING = /(?!)/u;
/** A question asked of the reader: not in someone's words (no quotation mark at its start or end). */
const QUESTION_END = /[?？؟]\)?$/u;
/** Whether a sentence asks: a question mark ends it, or one before a closing parenthesis (read at its end only, not searched for). */
const asks = (text: string): boolean => QUESTION_END.test(text.trimEnd().slice(-2));
const QUOTE_MARK = /["“”„«»]/u;
/**
 * A quotation of a few words inside a sentence, with no punctuation of speech in it and not brought in
 * as what someone says ("that", "que", a colon): a term the writer marks (« commerce de première
 * nécessité »), not someone's words ("the council 'must act now'", "« doit agir vite »" after "que").
 */
const QUOTED_TERM = /(?<!(?:\b(?:that|que|qu['’]|dass|che|said|says|dit)|:)\s?)["“„«]\s?[^"“”„«».,;:!?]{1,40}?\s?["”“»]/giu;
const QUOTED_TERM_WORDS = 5;
/**
 * Whether a sentence quotes someone: a quotation mark, once the terms the writer marks are gone; or
 * one it opens with. A quoted "must" is someone's ("que l'État « doit agir vite »"): no term.
 */
const quotesSomeone = (text: string, argues: Pattern): boolean =>
  QUOTE_MARK.test(text) &&
  (/^\s*["“„«]/u.test(text) || QUOTE_MARK.test(text.replace(QUOTED_TERM, (q) => ((q.match(WORD_RUNS)?.length ?? 0) <= QUOTED_TERM_WORDS && !argues.test(q) ? '' : q))));
/** A sentence that opens with someone's words, in any quotation marks. */
const SPOKEN = /^\s*["“„«‘‹']/u;
/** A lede is dialogue when its first sentence and this many of its first few open with someone's words. */
const DIALOGUE = { least: 3, of: 5 } as const;
/** A lead that opens with someone's words: a scene told in dialogue. */
const OPENING_QUOTE = /^\s*["“„«][^"“”„«»]{3,}["”“»]/u;

/**
 * Whether a sentence only announces what follows ("Here is what we know so far.", "So here is my
 * proposal.", "Below is the step-by-step process I use."): said alone it says nothing, so a summary
 * takes one only when nothing else is left. Asked of the sentences that selection reaches, not of
 * every sentence up front.
 */
export const isLeadIn = (lang: string): ((s: Sentence) => boolean) => {
  const opener = LANGUAGES[lang]?.sectionOpener;
  const steps = LANGUAGES[lang]?.announcesSteps;
  // (or one that opens a part of the piece: "Start with the money.", a few words; or announces the
  // steps below it: "Below is the process I use.")
  return (s) =>
    signpostOf(s.text, lang) === 'lead-in' ||
    (opener !== undefined && s.wordCount <= SECTION_OPENER_WORDS && opener.test(s.text.replace(LEADING, ''))) ||
    (steps !== undefined && steps.test(s.text));
};
/** A sentence that opens a part of the piece is this short. */
const SECTION_OPENER_WORDS = 7;

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
  if (asks(text) && !QUOTE_MARK.test(text)) return 'question';
  if (OPENING_QUOTE.test(text)) return 'quote';
  const tests = wordedTestsOf(lang);
  if (tests.length === 0) return null;
  // "Here's what I want you to know: …" says the point, though it opens as if to the reader
  if (signpostOf(text, lang) === 'colon') return null;
  // a conjunction carries a warm-up on ("And every spring for 22 years, …")
  const opening = text.replace(LEADING, '').replace(lang === 'en' ? CARRIED_ON : NOTHING, '');
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

/** Someone brought in by name and age ("Gary Pelletier, 63, was…"), English. */
const CHARACTER = unicode`^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+, \d{1,3},\s`;

/** The lede is looked for in the first sentences (of the first two paragraphs) only: a question deep in a story is not a warm-up. */
const LEDE_SENTENCES = 6;
/**
 * A sentence that announces the point is looked for among this many first sentences; in a piece whose
 * writer says "I" in its first paragraphs (an essay, a column), among this many more: a columnist may
 * tell a story for twenty sentences before "And here is where I think the conversation goes wrong."
 */
const SIGNPOST_SENTENCES = 16;
const PERSONAL_SIGNPOST_SENTENCES = 40;
const FIRST_PERSON = /\b(?:i|my|i've|i’ve|i'm|i’m)\b/i;
/** An announcement of what ought to be done (English): "Here is what should happen:". */
const PRESCRIBES = /\b(?:should|must|ought|needs? to|has to|have to)\b/i;
/** Where a feature's nut graf is looked for after its lede: this many sentences (paragraphs three to six, about). */
const NUT_GRAF_SENTENCES = 10;
/** A nut graf names at least this share of the title's terms, or this many of them (a title and a long dek have many). */
const MIN_NUT_GRAF_SHARE = 0.25;
const MIN_NUT_GRAF_TERMS = 2;
/**
 * The nut graf is the first sentence after the lede naming all but this many of the terms the best one
 * there names: the point comes early, and later sentences that name a little more of the title tell
 * more of the story. Measured on fr-dev at 3 sentences (ROUGE-1 / ROUGE-L; Lead-3 26.94 / 21.47): the
 * best one itself 27.21 / 21.43, half of it 27.29 / 21.49 (which left two held-out features on their
 * anecdote), one term fewer 27.22 / 21.45, two 27.39 / 21.60.
 */
const NUT_GRAF_SLACK_TERMS = 2;
/** A lede of one long paragraph (text without paragraph breaks) ends this many sentences after its last opener at most. */
const LEDE_RUN = 2;

const NEVER_THE_POINT: ReadonlySet<OpenerKind> = new Set(['seasonal', 'greeting', 'address']);
/** A question that asks the reader (English). */
const TO_THE_READER = /\byou(?:r|rs|rself|['’]ve|['’]re|['’]d)?\b/i;

/**
 * A lede told in words no pattern knows (an anecdote in the past tense, a scene: "Odile Marsh found
 * the first dead hive on a cold Sunday in April 2021.") gives itself away by its words: its first
 * sentence names few of the title's (and dek's) terms, while a sentence in the paragraphs after it
 * names at least MIN_OFF_TOPIC_POINT_TERMS, and MIN_OFF_TOPIC_GAIN more than any sentence of the lede before it does.
 */
const MIN_OFF_TOPIC_POINT_TERMS = 3;
const MIN_OFF_TOPIC_GAIN = 2;
/**
 * …and no sentence before it names more than half as many: a lede that does is on the topic, only
 * less fully ("Black Friday is approaching, but several items have dropped in price already." before
 * the deals themselves). Measured with the lede counted up to that sentence rather than through its
 * first two paragraphs, fr-dev at 1 / 2 / 3 sentences: 21.58 / 27.93 / 27.42 before, without this
 * share 23.60 / 28.19 / 27.32, with it 23.54 / 28.16 / 27.28; web-dev against the editors'
 * descriptions 39.64, 39.62, 39.79.
 */
const OFF_TOPIC_LEDE_SHARE = 1 / 2;
/**
 * "Few": at most a fifth as many as that sentence names ("When, one February night, Teresa Landi woke
 * with a pain in her chest, the nearest doctor was forty minutes away."), a third for an anecdote in
 * the first person, a columnist's ("Last winter, my daughter came home from the library in tears.").
 * Measured on web-dev against the editors' descriptions, 3 sentences: none named 38.66, a fifth 39.59.
 */
const OFF_TOPIC_SHARE = 1 / 5;
const OFF_TOPIC_SHARE_FIRST_PERSON = 1 / 3;
/** Its nut graf is the first sentence there naming all but this many of the terms the best one names. */
const OFF_TOPIC_SLACK_TERMS = 1;
/** An anecdote may run on longer than a scene: its point is looked for in this many sentences after its first. */
const OFF_TOPIC_WINDOW = 14;

/**
 * Whether term `a` is term `b` with another word after it: a compound ("beekeep" holds "bee",
 * "rooftop" holds "roof"), not a derivation ("tuner" is "tune" and a suffix).
 */
const holds = (a: string, b: string): boolean => b.length >= 3 && a.length >= b.length + 3 && a.startsWith(b);
/**
 * How many of the topic's terms (the title's and the dek's) a sentence names, each once; with
 * `compounds`, in a compound too: a lede about "Beekeepers … on the flat roofs" names "Rooftop Bees".
 * Only the lede's first sentence is read so, before it is taken for off-topic: counting compounds in
 * every sentence cost fr-dev at 3 sentences 0.04 ROUGE-L, below Lead-3.
 */
const namedIn = (s: Sentence, topic: ReadonlySet<string>, compounds = false): number => {
  let n = 0;
  for (const t of topic) if (compounds ? s.terms.some((u) => u === t || holds(u, t) || holds(t, u)) : s.terms.includes(t)) n++;
  return n;
};

/**
 * Where the point starts after a lede that names little of the title (see MIN_OFF_TOPIC_POINT_TERMS),
 * or -1 when the lede names it, or nothing after it names it more.
 */
const afterOffTopicLede = (sentences: readonly Sentence[], lede: readonly Sentence[], topic: ReadonlySet<string>): number => {
  // no sentence names as many terms as the topic has: then none names enough
  if (topic.size < MIN_OFF_TOPIC_POINT_TERMS) return -1;
  // its first sentence, a byline or a kicker left in ("Par Sophie Ferrand – Le 30 novembre") aside
  const first = lede.find((s) => !isFragment(s.text));
  // news may open with someone's words too ("'We will not give up,' the governor said…")
  if (first === undefined || OPENING_QUOTE.test(first.text)) return -1;
  // the window's sentences from `from` on, each with how many topic terms it names, counted once (in a
  // typed array: over the array that map() made, V8 deoptimized openingOf, 'wrong map', every run)
  const from = first.index + 1;
  const to = Math.min(sentences.length - 1, from + OFF_TOPIC_WINDOW);
  const named = new Int32Array(Math.max(0, to - from));
  for (let k = 0; k < named.length; k++) named[k] = namedIn(sentences[from + k]!, topic);
  const best = Math.max(0, ...named);
  if (best < MIN_OFF_TOPIC_POINT_TERMS) return -1;
  // the lede is what comes before that sentence: the point may stand in the lede's second paragraph
  const at = from + named.indexOf(best);
  let most = 0;
  for (const s of lede) if (s.index < at) most = Math.max(most, namedIn(s, topic));
  if (best < most + MIN_OFF_TOPIC_GAIN || most > OFF_TOPIC_LEDE_SHARE * best) return -1;
  const few = FIRST_PERSON.test(first.text) ? OFF_TOPIC_SHARE_FIRST_PERSON : OFF_TOPIC_SHARE;
  if (namedIn(first, topic, true) > few * best) return -1;
  return from + named.findIndex((k) => k >= best - OFF_TOPIC_SLACK_TERMS);
};

export const POINT_FIRST: Opening = { start: 0, warmUp: new Set(), kinds: [] };

/**
 * The first sentence from `from` to before `to` that names at least half of the topic's terms, and
 * MIN_NUT_GRAF_TERMS: a nut graf, where a warm-up ends before an announcement of the point; -1 where
 * none does (or there is no topic).
 */
const nutGrafBefore = (sentences: readonly Sentence[], from: number, to: number, topic: ReadonlySet<string>): number => {
  if (topic.size === 0) return -1;
  for (let i = from; i < to; i++) {
    const named = namedIn(sentences[i]!, topic);
    if (named >= MIN_NUT_GRAF_TERMS && 2 * named >= topic.size) return i;
  }
  return -1;
};

/** A title that labels the piece as opinion ("Editorial: …", "Opinion | …", "Our view: …"). */
const OPINION_LABEL = /^(?:editorial|opinion|op-ed|our view|commentary|viewpoint)\s*[:|–—-]/iu;
/** What ought to be done, as an argument says it (PRESCRIBES's words, less "needs to" and "has to", which a report uses as often). */
const ARGUES = /\b(?:should|must|ought to)\b|^it(?:['’]s| is) (?:high |long |past )?time (?:for [^,.;:]{1,60} )?to\b/i;
/** "It is time for the council to…": an argument, though it opens with "it". */
const TIME_TO = /^it(?:['’]s| is) (?:high |long |past )?time\b/i;
/**
 * The same words in a clause the sentence reports or describes ("…persuading many that they should
 * support it", "None of this means Lakeport should…", "…a building it cannot profit from and must
 * maintain"): someone's view, or what something is, not the writer's argument.
 */
const REPORTED_ARGUMENT = unicode.i`\b(?:(?:that|who|which|whether|if|what|means)\s+(?:[\p{L}'’-]+\s+){0,3}|(?:it|they|he|she)\s+(?:[\p{L}'’-]+\s+){1,5}and\s+)(?:should|must|ought to)\b`;
/** …unless the writer reports their own view ("I firmly believe that the council should…"). */
const OWN_VIEW = unicode.i`\b(?:i|we)\s+(?:[\p{L}]+\s+)?(?:think|believe|argue|say|contend|maintain|insist|am convinced)\s+that\s+(?:[\p{L}'’-]+\s+){0,3}(?:should|must|ought to)\b`;
/**
 * Not an argument: advice to the reader (a guide's "you should"), a sentence that leans on the one
 * before ("They did, and they should again."), a line of a transcript ("ACHEBE: …").
 */
const NOT_AN_ARGUMENT = /\byou\b|^(?:they|it|this|that|these|those|he|she|so|and|but|yet)\b/i;
/** A transcript's line: a speaker's name in capitals, then a colon ("ACHEBE: …"). */
const TRANSCRIPT_LINE = unicode`^\p{Lu}{2}[\p{Lu} .'’-]*:`;
const MIN_ARGUMENT_WORDS = 8;

/**
 * Where a column's argument starts after a warm-up that ends at `last`: the first sentence that
 * prescribes (ARGUES, a language's `argues`) and is the writer's own (no quotation mark, no question,
 * no leaning start: a conclusion's "So the board should…" concludes, and leans on nothing), in an article whose writer has said "I" by then (English), or that is opinion by
 * its title's label or its page's metadata; -1 where there is none. Elsewhere only the first
 * SIGNPOST_SENTENCES are looked at (a report's later "should" is someone's, not the point); a piece
 * that says it is opinion argues wherever it comes to it, often after a long anecdote.
 */
const argumentAfter = (sentences: readonly Sentence[], last: number, lang: string, opinion = false): number => {
  const argues = lang === 'en' ? ARGUES : LANGUAGES[lang]?.argues;
  if (argues === undefined) return -1;
  // another language leans by its connectives, pronouns and demonstratives (coherence.ts), tested
  // after a conclusion's connective is dropped ("Por eso el Ayuntamiento debería…" stands alone)
  const leans = (text: string): boolean => (lang === 'en' ? NOT_AN_ARGUMENT.test(text) && !TIME_TO.test(text) : opensDependent(text, lang));
  let firstPerson = opinion;
  for (const s of opinion ? sentences : sentences.slice(0, SIGNPOST_SENTENCES)) {
    // the writer's own "I", not someone's quoted
    firstPerson ||= lang === 'en' && !QUOTE_MARK.test(s.text) && FIRST_PERSON.test(s.text);
    if (s.index <= last || !argues.test(s.text) || (lang === 'en' && REPORTED_ARGUMENT.test(s.text) && !OWN_VIEW.test(s.text) && !ARGUES.test(s.text.replace(REPORTED_ARGUMENT, ''))) || quotesSomeone(s.text, argues) || asks(s.text) || leans(withoutConclusion(s.text, lang)) || TRANSCRIPT_LINE.test(s.text) || s.wordCount < MIN_ARGUMENT_WORDS) continue;
    return firstPerson ? s.index : -1;
  }
  return -1;
};

/**
 * Where a review's or an essay's conclusion starts: the first sentence under a heading that names it
 * ("Verdict", "The bottom line", "Fazit", languages.ts) in the article's second half; -1 where there is
 * none. A review puts its point last: what was tried, and what the writer made of it.
 */
const verdictOf = (doc: Doc): number => {
  const pattern = LANGUAGES[doc.lang]?.verdict;
  if (pattern === undefined) return -1;
  const heading = doc.asides.find((a) => 2 * a.before >= doc.paragraphCount && a.before < doc.paragraphCount && pattern.test(a.text.trim()));
  if (heading === undefined) return -1;
  return doc.sentences.find((s) => s.paragraph >= heading.before)?.index ?? -1;
};

/**
 * A lede that tells how things long were ("For years, the ditches behind the airfield were…", "For
 * eleven years, almost any chart you saw…", "In 1962, a crane operator…"), English: the story is what changed, told by the turn
 * that follows it in the lede ("Now, researchers have found…", "Last week Marquardt announced…").
 */
const LONG_WERE =
  /^(?:for|over)\s+(?:(?:more than|nearly|almost|about|well over)\s+)?(?:years|decades|generations|centuries|a (?:decade|generation|century|half-century)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\s+(?:years|decades|generations))\b[^,.;!?]{0,40},/iu;
/** …or how it was in a year long past, of the last century or before ("In 1962, a crane operator named Harold Beekman lowered…"; not "In 2025, Harlow recorded…", nor a year to come). */
const LONG_AGO = /^in\s+(?:1[5-9]\d\d|the\s+1[5-9]\d0s)\b[^,.;!?]{0,40},(?![^]*\b(?:will|shall)\b)/iu;
const TURN =
  /^(?:but\s+|and\s+)?(?:now|today(?=,)|this (?:week|month|year|spring|summer|autumn|fall|winter)|last (?:week|month|year|spring|summer|autumn|fall|winter)|earlier this (?:week|month|year)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/iu;

/** Where the turn after a lede of how things long were is (LONG_WERE, TURN), among the first LEDE_SENTENCES (a sentence a paragraph, often); -1 where there is none. */
const turnAfterHistory = (sentences: readonly Sentence[], lang: string): number => {
  // a cheap look first: few ledes open "For" or "Over", and the pattern compiles on first use
  const first = sentences[0]?.text.replace(LEADING, '') ?? '';
  if (lang !== 'en' || sentences.length < 2 || !/^(?:for|over|in)\s/iu.test(first) || !(LONG_WERE.test(first) || (LONG_AGO.test(first) && !NEWS_DAY.test(first)))) return -1;
  return sentences.slice(1, LEDE_SENTENCES).find((s) => TURN.test(s.text.replace(LEADING, '')))?.index ?? -1;
};

/**
 * The turn of a feature told through one person to the many it stands for, the nut graf's commonest
 * shape: the person, by a name the first sentence gives or a pronoun, or what is theirs ("Tafoya's
 * library", "Her shop"), is "one of only 11 certified watch repairers left", "one of more than 140
 * seed libraries", "among a growing number of…", or "not alone: …": a few among many, in the present tense, after a lede that names no day (news tells its
 * man "was one of ten men arrested", and its candidate "is one of three who have filed" after a lede
 * "…announced on Tuesday"). English.
 */
const WIDENS =
  unicode`^(?:(?!(?:You|We|I|It|This|That|There)\s)\p{Lu}[\p{L}’'.-]+(?:\s\p{Lu}[\p{L}’'.-]+)?(?:(?<=['’]s)\s\p{Ll}+)?|[Ss]he|[Hh]e|[Tt]hey|(?:[Hh]er|[Hh]is|[Tt]heir)\s\p{Ll}+)\s(?:is|are)\s(?:not alone\b|(?:just\s)?one of (?:(?:only|about|roughly|nearly|almost|fewer than|more than|an estimated|the last|the few|just)\s(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a (?:hundred|dozen|handful|few))|(?:hundreds|thousands|dozens|scores|millions)\sof\b|the (?:last|few)\b|a (?:growing|dwindling|shrinking|handful|few)\b)|among (?:a growing|a dwindling|the (?:last|few)\b|an estimated|about|roughly))`;
/** A turn to the many by their count ("one of hundreds of small towns"), which may name the lede's place rather than its person. */
const MANY = /\bone of (?:hundreds|thousands|dozens|scores|millions) of\b/u;
/** The turn is looked for this far into the article (a feature's nut graf: paragraphs three to six, about). */
const WIDENING_SENTENCES = 20;
/** A lede that names its day is news ("…announced on Tuesday…"): its person is no feature's. A day that comes back ("Every Thursday at half past ten, …", "Every other Thursday, …", "on most Sunday afternoons") or any one's part of the day ("on a Tuesday morning in February") is a scene's; not "at a Tuesday news conference". */
const NEWS_DAY = /\b(?<!\b(?:every|each|most|some|many|all)\s(?:(?:other|second|third|alternate)\s)?)(?<!\ba\s(?=[a-z]+day\s(?:morning|afternoon|evening|night)\b))(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b/i;

/**
 * "is" or "are" as a sentence's second, third or fourth word, then the few
 * among many, as in every turn WIDENS finds: looked at first, with no Unicode classes to compile.
 */
const COPULA_EARLY = /^\S+\s(?:\S+\s){0,2}(?:is|are)\s(?:not alone|(?:just\s)?one of|among)\b/;

/** Where a feature turns from its person to the many (WIDENS), after the lede; -1 where it does not. */
const wideningTurn = (sentences: readonly Sentence[], lang: string): number => {
  if (lang !== 'en' || sentences.length < 4) return -1;
  const first = sentences[0]!.text;
  if (NEWS_DAY.test(first)) return -1;
  // the names the first sentence gives, once a sentence turns
  let named: Set<string> | undefined;
  const end = Math.min(sentences.length, WIDENING_SENTENCES);
  for (let k = 2; k < end; k++) {
    const s = sentences[k]!;
    // (a cheap look first: the turn's verb is its second or third word, in few sentences, and the
    // pattern compiles on first use)
    const text = s.text.replace(LEADING, '');
    if (!COPULA_EARLY.test(text)) continue;
    const m = WIDENS.exec(text);
    if (m === null) continue;
    // the person of the lede, or what is theirs ("Tafoya's library", "Her shop")
    const subject = m[0].split(/\s(?:is|are)\s/u)[0]!.replace(POSSESSIVE_TAIL, '');
    // (a count of many, "one of dozens of councils", is news's too: "Leeds City Council will close 12
    // libraries… Leeds is one of dozens of councils that…"; it turns only after a lede that warms up)
    const many = MANY.test(m[0]);
    if (many && openerKind(first, lang) === null) continue;
    // the person of the lede: by a pronoun, or by a name its first sentence gives, word for word; or
    // their town, named in the lede before the turn ("Alder Creek is one of hundreds of small towns…")
    if (PRONOUN_SUBJECT.test(subject)) return s.index;
    named ??= new Set(first.match(NAME_WORDS) ?? []);
    if (subject.split(/\s/u).every((w) => named!.has(w))) return s.index;
    if (!many) continue;
    const before = new Set(sentences.slice(1, k).flatMap((b) => b.text.match(NAME_WORDS) ?? []));
    if (subject.split(/\s/u).every((w) => named!.has(w) || before.has(w))) return s.index;
  }
  return -1;
};

/** What every turn of a case to the many holds (English), looked for before its pattern: its case, or "part of". */
const CASE_NEEDLE = /\s(?:case|story|experience|situation|plight|predicament|struggle)\s(?:is|was)\s/i;
const WIDER_NEEDLE = 'part of';
/** …which opens as its case does ("Her case…", "The family's story…"), and names it in its first words. */
const CASE_OPENS = /^(?:(?:but|and) )?(?:her|his|their|its|the) /i;
const CASE_CHARS = 60;

/**
 * Where a feature turns from the case it opened with to the many (the language's `turns`: "The
 * closures are part of a wider retreat…", "Her case is not unusual: …", "Son cas n'a rien
 * d'exceptionnel : …"), after a lede that names no day; -1 where it does not.
 */
const caseTurn = (sentences: readonly Sentence[], lang: string): number => {
  const data = LANGUAGES[lang];
  const turns = data?.turns;
  if (turns === undefined || sentences.length < 4) return -1;
  if (lang === 'en' && NEWS_DAY.test(sentences[0]!.text)) return -1;
  const end = Math.min(sentences.length, WIDENING_SENTENCES);
  // news says its changes are "part of a wider shake-up" too: that turn follows a lede that warms up
  let warms: boolean | undefined;
  for (let k = 2; k < end; k++) {
    const text = sentences[k]!.text.replace(LEADING, '');
    // (the cheap looks first: each pattern compiles on first use, a millisecond or two)
    if ((lang !== 'en' || (CASE_OPENS.test(text) && CASE_NEEDLE.test(text.slice(0, CASE_CHARS)))) && turns.test(text)) return k;
    if (data?.widerTurns === undefined || (lang === 'en' && !text.includes(WIDER_NEEDLE))) continue;
    warms ??= openerKind(sentences[0]!.text, lang) !== null;
    if (warms && data.widerTurns.test(text)) return k;
  }
  return -1;
};

/** An opener this many sentences after the last of the warm-up's run goes on with it (one sentence between, a scene's own). */
const WARM_UP_GAP = 2;

/** A turn this short says only that the case is common: what is common comes next, within this many sentences. */
const BARE_TURN_WORDS = 6;
const BARE_TURN_REACH = 2;

/** A title that labels the piece a review ("Review: …", "‘The Salt Orchard’ Review: …", "Aero 14 review: …", "Fennick C2 e-bike review", before a site's name or not). */
const REVIEW_LABEL =
  /^review\s*[:|–—]|(?<!\b(?:spending|judicial|strategic|defen[cs]e|budget|annual|year in|peer|policy|case|safety|independent|public|comprehensive|performance|pay|price|rate|government|home office|inquiry|legal|academic|literature|systematic)\s)\breview(?:\s*:\s|$|\s+[-–—|·]\s)/iu;
/**
 * A review's verdict, in the words of most critics: the thing reviewed, by a name its title gives it,
 * then a verb of being, and a judgement (the language's `review`: "Saltgrass & Ember is the most
 * exciting new restaurant…", "“The Salt Orchard” is the most assured first feature…", "Les Heures
 * creuses n'est pas un film parfait, mais c'est le plus beau…"), after a short label or adverbial or
 * not ("Bottom line after six months: the FM-2 is the best…", "For now, Little Ferro is…"). Not a
 * scene that mentions the name ("The first thing you notice at Salt & Ember is the smell."), nor what
 * the thing is ("The FM-2 is a single-dose grinder…").
 */
const LABELLED = /^[^:]{1,40}:\s+/u;
const ADVERBIAL = unicode`^(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+,\s+`;
/**
 * A verdict that opens with whom it is for, up to a comma ("For most riders who need a dependable bike
 * for a commute of up to 25 miles, the Fennick C2 is…"): what follows each of its first commas, the
 * subject's among them; none where it opens otherwise.
 */
const WHOM_FOR = /^(?:[Ff]or|[Ii]f)\s/u;
/** How far into a verdict its clause of whom it is for may run. */
const WHOM_FOR_CHARS = 160;
const afterWhomFor = (text: string): string[] => {
  if (!WHOM_FOR.test(text)) return [];
  const out: string[] = [];
  for (let comma = text.indexOf(', '); comma > 0 && comma < WHOM_FOR_CHARS; comma = text.indexOf(', ', comma + 1)) out.push(text.slice(comma + 2));
  return out;
};
/** Articles a name may open with though its title leaves them out ("The Marlow K2 is…"). */
const ARTICLE = /^(?:the|a|an|le|la|les|l|el|los|las|der|die|das|il|lo|gli|i)$/iu;
const PRONOUN = /^(?:it|this|that|these|those|they|he|she|we|i|there|here|you)$/iu;
/** The most words a verdict's subject has before its verb. */
const SUBJECT_WORDS = 8;

/** Where a review's verdict is (see LABELLED), the first at or after `from`; -1 where none is. */
const namedVerdict = (doc: Doc, from = 0): number => {
  const review = LANGUAGES[doc.lang]?.review;
  if (review === undefined || doc.title === null) return -1;
  const title = new Set(doc.title.toLowerCase().match(WORD_RUNS) ?? []);
  const names = (text: string): boolean => {
    const verb = review.copula.exec(text.slice(0, 120));
    if (verb === null) return false;
    const words = text.slice(0, verb.index).match(WORD_RUNS) ?? [];
    const name = words.filter((w, i) => !(i === 0 && ARTICLE.test(w)));
    // every word of it the title's, one at least a name (capitalised, or a number), and no pronoun
    return (
      name.length > 0 &&
      words.length <= SUBJECT_WORDS &&
      name.every((w) => title.has(w.toLowerCase())) &&
      name.some((w) => OPENS_UPPER_OR_DIGIT.test(w)) &&
      !(name.length === 1 && PRONOUN.test(name[0]!)) &&
      review.judges.test(text.slice(verb.index + verb[0].length))
    );
  };
  for (const s of doc.sentences.slice(from)) {
    const text = s.text.replace(LEADING, '');
    if (names(text) || names(text.replace(LABELLED, '')) || names(text.replace(ADVERBIAL, '')) || afterWhomFor(text).some(names)) return s.index;
  }
  return -1;
};

/**
 * Whether a sentence is a verdict that names the thing reviewed by its kind ("It is a sprawling… novel"):
 * its "It" is the thing the review is about, not something the sentence before named.
 */
export const namesByKind = (text: string, lang: string): boolean => LANGUAGES[lang]?.review?.byKind?.test(text.replace(LEADING, '')) === true;

/** A review this short has no later part to look in: a verdict by kind needs this many sentences. */
const MIN_KIND_VERDICT_SENTENCES = 6;
/**
 * A verdict that names the thing by its kind (the language's `review.byKind`: "It is an uneven book…",
 * "It is, quite simply, the most assured debut of the year", "È una cucina onesta e generosa…"), with
 * a judgement: the last such sentence after the review's first third (a lede that says what the thing
 * is trying to be comes first); -1 where there is none.
 */
const kindVerdict = (doc: Doc): number => {
  const review = LANGUAGES[doc.lang]?.review;
  if (review?.byKind === undefined || doc.sentences.length < MIN_KIND_VERDICT_SENTENCES) return -1;
  const from = Math.floor(doc.sentences.length / 3);
  for (let i = doc.sentences.length - 1; i >= Math.max(1, from); i--) {
    const text = doc.sentences[i]!.text.replace(LEADING, '');
    // (a judgement of the thing, not of what it is about: "It is a novel about the worst winter…")
    if (namesByKind(text, doc.lang) && review.judges.test(review.about === undefined ? text : text.split(review.about)[0]!)) return i;
  }
  return -1;
};

/** A recipe's point names the dish: at least this share of its title's terms, and two of them. */
const DISH_SHARE = 0.6;
const DISH_TERMS = 2;
/** …in its first sentences: a recipe blog's story may run for pages before it. */
const RECIPE_SENTENCES = 40;

/**
 * Where a recipe says what the dish is, after the story it may open with ("This brown butter plum
 * cake is a one-bowl, 55-minute cake…"): the first sentence in the writer's own words that names most
 * of the title; -1 where none does.
 */
const dishNamed = (sentences: readonly Sentence[], topic: ReadonlySet<string>): number => {
  if (topic.size < DISH_TERMS) return -1;
  const end = Math.min(sentences.length, RECIPE_SENTENCES);
  for (let i = 0; i < end; i++) {
    const s = sentences[i]!;
    if (asks(s.text) || QUOTE_MARK.test(s.text)) continue;
    const named = namedIn(s, topic);
    if (named >= DISH_TERMS && named / topic.size >= DISH_SHARE) return i;
  }
  return -1;
};

/** A result told in the past tense: a score, a verb of winning or losing, or a win or defeat that was. English. */
const RESULT = /\b\d+-\d+\b|\b(?:won|beat|lost|drew|defeated)\b|\b(?:win|defeat|draw|victory|result)\b[^.!?]{0,80}\b(?:was|were)\b/i;
const reportsResult = (text: string): boolean => FIGURE.test(text) && !asks(text) && !QUOTE_MARK.test(text) && RESULT.test(text);

/** A scene's nut graf is looked for this many sentences on from the scene. */
const EVIDENCE_SENTENCES = 16;
/** A figure: a digit. */
const FIGURE = /\d/;
/** A year or a clock time, which counts nothing. */
const YEAR_OR_TIME = /\b(?:1[5-9]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b/g;

/**
 * The first sentence from `from` on, within EVIDENCE_SENTENCES, that gives a figure (not a year or
 * an hour) and its source, opens with no pronoun
 * (`evidence` in languages.ts: "according to", "selon", "secondo"), in the writer's own words (no
 * quotation mark, no question); -1 where none does.
 */
const evidenceAfter = (sentences: readonly Sentence[], from: number, lang: string): number => {
  const evidence = LANGUAGES[lang]?.evidence;
  if (evidence === undefined) return -1;
  const end = Math.min(sentences.length, from + EVIDENCE_SENTENCES);
  for (let i = from; i < end; i++) {
    const text = sentences[i]!.text;
    // (a count, not a year or an hour; of the many, not of the scene's "she")
    if (FIGURE.test(text.replace(YEAR_OR_TIME, '')) && !QUOTE_MARK.test(text) && !asks(text) && evidence.test(text) && !opensDependent(text, lang)) return i;
  }
  return -1;
};

/**
 * The warm-up of an article's lead, if any: the sentences among the first six, in the first two
 * paragraphs, that are openers (a question, an address to the reader, a greeting, a scene, a seasonal
 * or generic opener, a quotation), the first of them among the first two sentences. The point starts
 * after the last of them, at the next paragraph (the lede's paragraph is scene too) but at most two
 * sentences on, or at the nut graf. A sentence that announces the point ("So here is my proposal.")
 * among the first twelve ends the warm-up there.
 */
export const openingOf = (doc: Doc, genre?: Genre): Opening => {
  const { sentences } = doc;
  const topic = new Set(doc.topicGuessed === true ? [] : doc.titleTerms);
  // a review's point is its verdict: where the critic says what the thing reviewed is, by its name,
  // after any scene or story the review opens with (a page or a title that says it is a review)
  if (genre === 'review' || (doc.title !== null && doc.title.toLowerCase().includes('review') && REVIEW_LABEL.test(doc.title))) {
    // the verdict under the review's conclusion, where it has one ("Should you buy the Slate 14?"),
    // else the first: a lede that says what the thing is trying to be is no verdict
    const conclusion = verdictOf(doc);
    const last = conclusion > 0 ? namedVerdict(doc, conclusion) : -1;
    const byName = last > 0 ? last : namedVerdict(doc);
    const named = byName > 0 ? byName : kindVerdict(doc);
    if (named > 0) return { start: named, warmUp: new Set(Array.from({ length: named }, (_, i) => i)), kinds: ['verdict'] };
  }
  // a recipe's point is where it says what the dish is, after the story a recipe blog tells first
  if (genre === 'recipe') {
    const dish = dishNamed(sentences, topic);
    if (dish >= 0) return dish === 0 ? POINT_FIRST : { start: dish, warmUp: new Set(Array.from({ length: dish }, (_, i) => i)), kinds: ['story'] };
  }
  // a review's conclusion under its own heading is the point, unless the lede says it first (a
  // verdict box at the top: the lede names more of the title than the conclusion does); a how-to's
  // "Bottom line" is its last tip
  const howTo = LANGUAGES[doc.lang]?.howTo;
  const verdict = doc.title !== null && howTo?.test(doc.title) === true ? -1 : verdictOf(doc);
  if (verdict > 0 && namedIn(sentences[verdict]!, topic) > namedIn(sentences[0]!, topic)) return { start: verdict, warmUp: new Set(), kinds: ['verdict'] };
  const lede: Sentence[] = [];
  for (const s of sentences.slice(0, LEDE_SENTENCES)) {
    if (s.paragraph > sentences[0]!.paragraph + 1) break;
    lede.push(s);
  }
  // "For years, …" then "Now, …": the turn is the news (not in an opinion piece, whose point is its argument)
  const labelledOpinion = genre === 'opinion' || (doc.title !== null && OPINION_LABEL.test(doc.title));
  const turn = labelledOpinion ? -1 : turnAfterHistory(sentences, doc.lang);
  if (turn > 0) return { start: turn, warmUp: new Set(Array.from({ length: turn }, (_, i) => i)), kinds: ['history'] };
  // a feature told through one person, then the turn to the many ("Vane is one of only 11…", "She is
  // not alone: …")
  const widening = wideningTurn(sentences, doc.lang);
  if (widening > 0) return { start: widening, warmUp: new Set(Array.from({ length: widening }, (_, i) => i)), kinds: ['character'] };
  // …or from the case it opened with ("The closures are part of a wider retreat…", "Her case is not unusual: …")
  const found = caseTurn(sentences, doc.lang);
  // (a turn that says only that, "Her story is common.", leaves the many to the next sentence that
  // says something of its own: not a quote, a question or one that leans on the turn)
  const says = (t: Sentence): boolean => !QUOTE_MARK.test(t.text) && !asks(t.text) && !opensDependent(t.text, doc.lang);
  const after = found > 0 && sentences[found]!.wordCount <= BARE_TURN_WORDS ? sentences.slice(found + 1, found + 1 + BARE_TURN_REACH).find(says) : undefined;
  const turned = after?.index ?? found;
  if (turned > 0) return { start: turned, warmUp: new Set(Array.from({ length: turned }, (_, i) => i)), kinds: ['character'] };
  const kinds: OpenerKind[] = [];
  const warmUp = new Set<number>();
  // the last sentence of the warm-up's first run (WARM_UP_GAP)
  let runEnd = -1;
  // the questions among them that ask the reader ("Have you ever tried…?")
  let askReader = false;
  // a scene told in dialogue: it opens with someone's words, and so do most of its first sentences
  // (news that quotes someone after its lead sentence is no scene)
  const dialogue = sentences.length > 0 && SPOKEN.test(sentences[0]!.text) && sentences.slice(0, DIALOGUE.of).filter((s) => SPOKEN.test(s.text)).length >= DIALOGUE.least;
  const steps = LANGUAGES[doc.lang]?.announcesSteps;
  for (const s of lede) {
    let kind = openerKind(s.text, doc.lang);
    // the scene's character, brought in by name and age right after it ("Gary Pelletier, 63, was the
    // only one who answered the page."): the scene goes on
    if (kind === null && doc.lang === 'en' && warmUp.has(s.index - 1) && kinds[kinds.length - 1] === 'scene' && CHARACTER.test(s.text)) kind = 'scene';
    if (kind === null) continue;
    // "Here are the seven that made the biggest difference.": no address to the reader but the
    // announcement of the list below, after the point ("The good news is that most households…")
    if (kind === 'address' && steps !== undefined && steps.test(s.text)) continue;
    // a quotation opens news too ("'We will rebuild,' the mayor said…"): it only goes on a warm-up
    // that something else began
    if (kind === 'quote' && warmUp.size === 0 && !dialogue) continue;
    if (warmUp.size === 0 && s.index > 1) break;
    // a first sentence that names its day is news's lede ("…tore through Cedar Bend on Saturday night,
    // killing two people…"): a scene or a quote after it does not make it a warm-up
    if (warmUp.size === 0 && s.index === 1 && doc.lang === 'en' && NEWS_DAY.test(sentences[0]!.text)) break;
    // …and so is one that reports a result, a figure in the past tense, before questions about it
    // ("Cape Verde's 2-0 win over Portugal was the most eye-catching result of the week. So, who are…?")
    if (warmUp.size === 0 && s.index === 1 && kind === 'question' && doc.lang === 'en' && reportsResult(sentences[0]!.text)) break;
    if (warmUp.size === 0 || s.index <= runEnd + WARM_UP_GAP) runEnd = s.index;
    kinds.push(kind);
    warmUp.add(s.index);
    // (unless the title asks too: "What do you buy for the person who has everything?" is the piece's question)
    if (kind === 'question' && doc.lang === 'en' && TO_THE_READER.test(s.text) && !(doc.title !== null && asks(doc.title))) askReader = true;
  }
  // a sentence that announces the point ("So here is my proposal.") ends the warm-up: the next one
  // says it. In news ("Here is what we know.") only after a warm-up; in the first person, always.
  // One that says it after its colon ("My view is simple: the county should…") is the point itself,
  // and so is one that prescribes ("Here is what should happen: …") in any article; not news's "Here
  // is what we know: …".
  // (a loop, not find() over map(): there V8 deoptimized openingOf, 'wrong map', for the rest of a run)
  let signpost: { s: Sentence; kind: 'lead-in' | 'colon' } | undefined;
  const personal = doc.lang === 'en' && lede.some((s) => !QUOTE_MARK.test(s.text) && FIRST_PERSON.test(s.text));
  for (const s of sentences.slice(0, Math.min(personal ? PERSONAL_SIGNPOST_SENTENCES : SIGNPOST_SENTENCES, sentences.length - 1))) {
    const kind = signpostOf(s.text, doc.lang);
    if (kind !== null && (warmUp.size > 0 || FIRST_PERSON.test(s.text) || (kind === 'colon' && PRESCRIBES.test(s.text.slice(0, s.text.indexOf(':')))))) {
      signpost = { s, kind };
      break;
    }
  }
  if (signpost !== undefined && signpost.s.index + (signpost.kind === 'lead-in' ? 1 : 0) > 0) {
    // the news told between a greeting or a question and "The short version: …" ("Last week we finished
    // moving every service…"): the nut graf, the title's words, is the point, and the announcement
    // after it goes on from there
    const nut = warmUp.size > 0 ? nutGrafBefore(sentences, Math.max(...warmUp) + 1, signpost.s.index, topic) : -1;
    if (nut > 0) return { start: nut, warmUp: new Set(Array.from({ length: nut }, (_, i) => i)), kinds: [...kinds, 'signpost'] };
    const start = signpost.s.index + (signpost.kind === 'lead-in' ? 1 : 0);
    const all = new Set(Array.from({ length: start }, (_, i) => i));
    return { start, warmUp: all, kinds: [...kinds, 'signpost'] };
  }
  // a column's argument after its warm-up: where the writer speaks in the first person, the first
  // sentence after the warm-up that says what ought to be done ("The board should reject the plan",
  // "I also think it's a bad trade, and the Legislature should bar it"), in the writer's own words
  // (an editorial or an opinion piece labelled so in its title argues from its first sentence on: its
  // argument is the point whatever comes before it)
  const opinion = labelledOpinion;
  // (without a warm-up, from the first sentence: an editorial that argues at once keeps its lead)
  const argument = warmUp.size > 0 || opinion ? argumentAfter(sentences, warmUp.size > 0 ? Math.max(...warmUp) : -1, doc.lang, opinion) : -1;
  if (argument > 0) return { start: argument, warmUp: new Set(Array.from({ length: argument }, (_, i) => i)), kinds: [...kinds, 'argument'] };
  if (warmUp.size === 0) {
    const start = topic.size > 0 ? afterOffTopicLede(sentences, lede, topic) : -1;
    if (start <= 0) return POINT_FIRST;
    return { start, warmUp: new Set(Array.from({ length: start }, (_, i) => i)), kinds: ['off-topic'] };
  }
  // the warm-up's first run: a quote or a question after a sentence that stands on its own or says
  // who counted ("Think it's hard to redeem your miles…? It depends on which airline…, according to a
  // new study. … 'The high number of award tickets is directly related…'") is warm-up too, but the
  // point came before it; a run so broken does not go on through the rest of its paragraph, which
  // holds the point. (After the scene's own sentences, "That is what happened to Maria Lopez…", "She
  // carried…", which lean on it, a quote goes on with the scene.)
  const late = Math.max(...warmUp);
  const evidence = LANGUAGES[doc.lang]?.evidence;
  const broken = runEnd < late && sentences.slice(runEnd + 1, late).some((b) => !warmUp.has(b.index) && (evidence?.test(b.text) === true || !opensDependent(b.text, doc.lang)));
  const last = broken ? runEnd : late;
  const lastParagraph = sentences[last]!.paragraph;
  // the warm-up runs on through the rest of its paragraph, and through sentences that do not name the
  // story's topic (the title's terms), two sentences at most
  const onTopic = (s: Sentence): boolean => s.terms.some((t) => topic.has(t));
  const stillWarm = (s: Sentence): boolean =>
    (doc.paragraphCount > 1 && s.paragraph === lastParagraph) || (topic.size > 0 && !onTopic(s) && s.paragraph <= lastParagraph + 1);
  let start = last + 1;
  while (!broken && start < sentences.length - 1 && start < last + 1 + LEDE_RUN && stillWarm(sentences[start]!)) start++;
  // a scene's nut graf gives the many it stands for, a figure and who counted it ("Fires linked to
  // lithium-ion batteries … have more than tripled…, according to the Lindenport Fire Department"):
  // the first such sentence after the scene is the point, whatever words of the title it uses
  if (kinds[0] === 'scene') {
    const evidence = evidenceAfter(sentences, start, doc.lang);
    if (evidence > 0) {
      for (let i = 0; i < evidence; i++) warmUp.add(i);
      return { start: evidence, warmUp, kinds: [...kinds, 'character'] };
    }
  }
  // with a title, the point is what the title names: a lede that names it as much as the paragraphs
  // after it do is the point
  if (topic.size > 0) {
    const share = (s: Sentence): number => namedIn(s, topic) / topic.size;
    const lede = Math.max(...[...warmUp].map((i) => share(sentences[i]!)));
    // the nut graf: in the paragraphs after the lede, the first sentence that names about as much of
    // the title (and dek) as any there does; a scene or an anecdote may run on for paragraphs before it
    const window = sentences.slice(start, Math.min(sentences.length - 1, start + NUT_GRAF_SENTENCES));
    const best = Math.max(0, ...window.map(share));
    // a seasonal opener, a greeting, an address to the reader or a run of questions is never the
    // point, whatever words of the title it uses: it greets, beckons or asks, and says nothing yet
    // (one question may be the news: "Did the utility hide a leak?")
    const questions = kinds.filter((k) => k === 'question').length;
    // (nor one asked of the reader: "Have you ever tried to find a public toilet in Harlow?")
    const neverThePoint = (k: OpenerKind): boolean => NEVER_THE_POINT.has(k) || (k === 'question' && (questions > 1 || askReader));
    // a scene that names the title as fully as the nut graf names its place and people, not the
    // news ("The first frost came late to the Marrow Hills" before "Dunmere Auction Mart … will hold
    // its final sale"): a tie goes to the sentence after the scene
    const tie = best === lede && kinds[0] === 'scene';
    if (best <= lede && !tie && !kinds.every(neverThePoint)) return POINT_FIRST;
    if (best >= Math.min(MIN_NUT_GRAF_SHARE, MIN_NUT_GRAF_TERMS / topic.size)) start = window.find((s) => share(s) >= best - NUT_GRAF_SLACK_TERMS / topic.size)!.index;
  }
  for (let i = 0; i < start; i++) warmUp.add(i);
  return { start: Math.min(start, Math.max(0, sentences.length - 1)), warmUp, kinds };
};
