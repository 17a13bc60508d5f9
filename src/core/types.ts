// Data that flows one way through the core: text → Cleaned → Doc → Features[] → Scored[] → Summary.
// Types only, no logic.

/** An article after boilerplate removal: its headline, if one was found, and its body paragraphs. */
export type Cleaned = {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
};

/** One sentence of the article, verbatim (whitespace folded), with its content terms. */
export type Sentence = {
  /** 0-based position among the article's sentences. */
  readonly index: number;
  readonly text: string;
  /** 0-based paragraph the sentence belongs to. */
  readonly paragraph: number;
  /** Lower-cased, stemmed content words: stop words, punctuation and numbers dropped. */
  readonly terms: readonly string[];
  /** Number of word tokens, stop words included. */
  readonly words: number;
};

export type Doc = {
  readonly title: string | null;
  /** Content terms of the title, built the same way as a sentence's. */
  readonly titleTerms: readonly string[];
  readonly sentences: readonly Sentence[];
  readonly paragraphCount: number;
};

/** Each feature of one sentence, each in 0..1. */
export type Features = {
  readonly index: number;
  /** Cosine between the sentence's TF-IDF vector and the article's. */
  readonly tfidf: number;
  /** News lead prior: early sentences and paragraph openers carry the gist. */
  readonly position: number;
  /** 1 for sentences of a normal length, lower for fragments and run-ons. */
  readonly length: number;
  /** Share of the title's terms that the sentence contains (0 without a title). */
  readonly title: number;
};

export type FeatureName = Exclude<keyof Features, 'index'>;

/** How much each feature counts; see DEFAULT_WEIGHTS for why each exists. */
export type Weights = { readonly [K in FeatureName]: number };

export type Scored = {
  readonly sentence: Sentence;
  readonly score: number;
  readonly features: Features;
};

/** How long the summary is: a sentence count, or a share of the article's sentences. */
export type Length = { readonly kind: 'count'; readonly n: number } | { readonly kind: 'ratio'; readonly r: number };

export type SummarizeOptions = {
  readonly length?: Length;
  readonly weights?: Partial<Weights>;
  /** A known headline: used for title overlap, and a first line equal to it is not picked. */
  readonly title?: string;
};

export type PickedSentence = {
  readonly index: number;
  readonly text: string;
  readonly score: number;
  readonly features: Features;
};

export type Summary = {
  readonly title: string | null;
  /** The chosen sentences, in article order. */
  readonly sentences: readonly PickedSentence[];
  /** How many sentences the article has after cleaning. */
  readonly sentenceCount: number;
};
