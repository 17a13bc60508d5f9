// Data that flows one way through the core: text → Cleaned → Doc → Features[] → Scored[] → Summary.
// Types only, no logic.

/** An article after boilerplate removal: its headline, if one was found, and its body paragraphs. */
export type Cleaned = {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  /** Headings and list items between body paragraphs: kept for reading in context, never ranked. */
  readonly asides: readonly Aside[];
  /** What the reader should know about the text (a page that is mostly a table). */
  readonly notes?: readonly string[];
};

/** A line of the body that is not prose (a heading, a list item), placed before body paragraph `before`. */
export type Aside = { readonly before: number; readonly text: string };

/** One sentence of the article, verbatim (whitespace folded), with its content terms. */
export type Sentence = {
  /** 0-based position among the article's sentences. */
  readonly index: number;
  readonly text: string;
  /** 0-based paragraph the sentence belongs to. */
  readonly paragraph: number;
  /** Lower-cased, stemmed content words: stop words, punctuation and numbers dropped. */
  readonly terms: readonly string[];
  /**
   * The words the terms come from, lower-cased as written, one for each term: only when asked for
   * (keywords show them), else empty; a long article's sentences hold no second array they never use.
   */
  readonly surface: readonly string[];
  /** Number of word tokens, stop words included (a PickedSentence's `words`). */
  readonly wordCount: number;
  /**
   * The sentences this unit holds: 1, or more where a quotation or parenthesis that spans sentences
   * is one unit, printed whole, and counts as the sentences it holds toward a length.
   */
  readonly parts?: number;
  /**
   * A short line with no word that is, or here acts as, a verb ("One very small bridge."): set by a
   * language that knows its words' parts of speech (English); a fragment, not a summary line.
   */
  readonly verbless?: true;
};

/**
 * What kind of piece a page says it is, by its metadata (extract/genre.ts): 'opinion', a column, an
 * op-ed or an editorial, whose point is the writer's argument wherever it comes; 'review', whose point
 * is its verdict; 'recipe', whose point is where it says what the dish is, after any story first.
 */
export type Genre = 'opinion' | 'review' | 'recipe';

export type Doc = {
  readonly title: string | null;
  /** The language it was read in: an ISO 639-1 code, or 'und' for the language-neutral path. */
  readonly lang: string;
  /** What the reader should know about how it was read (an unsure or unsupported language). */
  readonly notes: readonly string[];
  /** Content terms of the title, built the same way as a sentence's. */
  readonly titleTerms: readonly string[];
  /** True when there was no title or dek, and titleTerms were found in the body (score/topic.ts). */
  readonly topicGuessed?: boolean;
  readonly sentences: readonly Sentence[];
  readonly paragraphCount: number;
  readonly asides: readonly Aside[];
};

/** Each feature of one sentence, each in 0..1. */
export type Features = {
  readonly index: number;
  /** How central the sentence is: PageRank over the TF-IDF cosine graph of the article's sentences. */
  readonly centrality: number;
  /** How central by shared words: PageRank over TextRank's word-overlap graph. */
  readonly overlap: number;
  /** News lead prior: the gist comes first. */
  readonly position: number;
  /** Share of the title's terms that the sentence contains (0 without a title). */
  readonly title: number;
  /** 1 for sentences of a readable length, lower for fragments and run-ons. */
  readonly length: number;
};

export type FeatureName = Exclude<keyof Features, 'index'>;

/** How much each feature counts; see DEFAULT_WEIGHTS for why each exists. */
export type Weights = { readonly [K in FeatureName]: number };

/** The ranking methods: our default, and the classic baselines users compare it with. */
export type Method = 'tfidf' | 'lead' | 'textrank' | 'lexrank';

/** What each part of a score came from: feature name → its weighted contribution. */
export type Contributions = Readonly<Record<string, number>>;

export type Scored = {
  readonly sentence: Sentence;
  /** The sum of the contributions. */
  readonly score: number;
  readonly contributions: Contributions;
};

/**
 * How long the summary is: a sentence count, a share of the article's sentences, or a budget of words
 * or characters that the chosen whole sentences fit within.
 */
export type Length =
  | { readonly kind: 'count'; readonly n: number }
  | { readonly kind: 'ratio'; readonly r: number }
  | { readonly kind: 'words'; readonly n: number }
  | { readonly kind: 'chars'; readonly n: number };

/**
 * The shape of a summary: key points (a list of sentences), a tl;dr (the same, as one paragraph), a
 * headline (one short sentence) or a teaser (the sentences after the lead that make one read on).
 */
export type SummaryType = 'key-points' | 'tldr' | 'headline' | 'teaser';

/** Sentences a reader may ask to leave out: direct quotes, questions, exclamations (SMMRY's options). */
export type Avoid = 'quotes' | 'questions' | 'exclamations';

/** Where IDF comes from: each article's own sentences, or the whole batch (document frequency across articles). */
export type IdfSource = 'article' | 'corpus';

/** Document frequencies over a batch of articles. */
export type Corpus = { readonly documents: number; readonly df: ReadonlyMap<string, number> };

/**
 * What a reader asks of a summary, each part optional: what is left out, the core fills with its
 * default (DEFAULTS), once. The command line, the HTTP API and the batch parse it once
 * (src/args/summary.ts), and the core takes it as it is.
 */
export type SummarySettings = {
  /** Default: DEFAULTS.type. */
  readonly type?: SummaryType | undefined;
  /** Default: the type's own (shapes.ts: DEFAULTS.sentences, a teaser's teaserSentences, a headline's headlineWords words). */
  readonly length?: Length | undefined;
  /** Default: DEFAULTS.method. */
  readonly method?: Method | undefined;
  /** Kinds of sentence to leave out, unless nothing else is left. */
  readonly avoid?: readonly Avoid[] | undefined;
  /** The article's language, an ISO 639-1 code, or 'auto' to detect it (default: DEFAULTS.lang). */
  readonly lang?: string | undefined;
  /** How many keywords to find; 0 for none (default: DEFAULTS.keywords). */
  readonly keywords?: number | undefined;
};

/** What the core's summarize() takes: the settings, and what only a library caller gives. */
export type SummarizeOptions = SummarySettings & {
  readonly weights?: Partial<Weights>;
  /** A known headline: used for title overlap, and a first line equal to it is not picked. */
  readonly title?: string;
  /** A known dek (standfirst, subtitle): its terms count with the title's, as what the story is about. */
  readonly subtitle?: string;
  /** What the page says the piece is ('opinion': a column, an op-ed, an editorial): see Genre. */
  readonly genre?: Genre;
  /** Document frequencies of the batch this article belongs to; without it, IDF is the article's own. */
  readonly corpus?: Corpus;
  /**
   * Keep a sentence that leans on the one before it ("But…", "He said…") with that one (default
   * true; the default method only). False lets it stand alone (eval's --no-coherence).
   */
  readonly coherent?: boolean;
  /**
   * Fill `ranked` with every sentence and its score (default true). False leaves it empty: a long
   * article's ranking then costs no object per sentence beyond the chosen ones.
   */
  readonly ranked?: boolean;
};

/** A key term or two-word phrase of the article, as written in it, with its TF-IDF score. */
export type Keyword = { readonly keyword: string; readonly score: number };

export type PickedSentence = {
  readonly index: number;
  /** 0-based paragraph of the (cleaned) article. */
  readonly paragraph: number;
  readonly text: string;
  /** Word tokens in the sentence. */
  readonly words: number;
  readonly score: number;
  readonly contributions: Contributions;
  /** Captions: the second the sentence is spoken at (set by the reader, never by the core). */
  readonly start?: number;
  /** Captions: who speaks it, when the captions name them (set by the reader, never by the core). */
  readonly speaker?: string;
};

export type Summary = {
  readonly title: string | null;
  readonly type: SummaryType;
  /** The language it was summarized in: an ISO 639-1 code, or 'und' when none could be told. */
  readonly lang: string;
  /** Warnings about how it was read (an unsure or unsupported language). */
  readonly notes: readonly string[];
  /** The page's dek (standfirst), when the reader found one: shown under the title, never a summary sentence. */
  readonly subtitle?: string;
  /** The chosen sentences, in article order. */
  readonly sentences: readonly PickedSentence[];
  /** How many sentences the article has after cleaning. */
  readonly sentenceCount: number;
  /** How many words those sentences hold. */
  readonly wordCount: number;
  /**
   * Every sentence with its score, in article order: for explaining a choice (empty when asked not to
   * be filled). Their texts may share memory with the article's.
   */
  readonly ranked: readonly PickedSentence[];
  /** The body's headings and list items, where they stand among its paragraphs: for showing the article whole. */
  readonly asides: readonly Aside[];
  /** The article's keywords, best first, when asked for. */
  readonly keywords: readonly Keyword[];
  /**
   * How much the lead prior counted (the default method only): `reliance` 0..1 scales its weight for
   * this article, `weight` is the weight it had in the score (0 for a long summary or a teaser), and
   * it counted from sentence `start`, after a warm-up of the kinds in `kinds` ('question', 'address',
   * 'greeting', 'scene', 'seasonal', 'quote', 'signpost', 'argument' (a column's, after its warm-up),
   * or 'off-topic': a lede that names little of
   * the title while a sentence after it names much).
   */
  readonly lead?: { readonly reliance: number; readonly weight: number; readonly start: number; readonly kinds: readonly string[] };
};

/** What a summary may hold, besides its best sentences. */
export type Plan = {
  /** At most this many sentences. */
  readonly n: number;
  /** At most this many words or characters in all, whole sentences only. */
  readonly budget?: { readonly unit: 'words' | 'chars'; readonly max: number };
  /** Sentences that may never be chosen (a headline too long, a teaser's lead). */
  readonly eligible?: (s: Sentence) => boolean;
  /** Sentences chosen only when nothing else is left (--avoid). */
  readonly avoided?: (s: Sentence) => boolean;
  /** The article's language, for telling sentences that lean on the one before. */
  readonly lang: string;
  /** Keep sentences that lean on the one before from standing without it (our ranker, not the baselines). */
  readonly coherent: boolean;
  /**
   * Where the point starts after a warm-up (score/opening.ts): the sentence that turns from the
   * warm-up to the point ("This brown butter plum cake is…") leans on none of it.
   */
  readonly point?: number;
};
