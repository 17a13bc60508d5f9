// The ranking methods: our default ('tfidf') and the classic baselines, each Doc → Scored[].
import { featureColumns, featuresAt, leadReliance, scaled } from './features.js';
import { matrixPagerank } from './graph.js';
import { contributionsOf, scoreAll, scoreEach, weightsFor } from './combine.js';
import type { Contributions, Doc, Method, Scored, Sentence, Weights } from '../types.js';
import { type Idf, cosine, sentenceIdf, tfidfVector } from './vectors.js';
import { gistFactor, titleGistFactor } from './weights.js';
import { type OpenerKind, type Opening, POINT_FIRST } from './opening.js';

export const METHODS: readonly Method[] = ['tfidf', 'lead', 'textrank', 'lexrank'];

export const isMethod = (name: string): name is Method => (METHODS as readonly string[]).includes(name);

const asCentrality = (sentences: readonly Sentence[], ranks: readonly number[]): Scored[] =>
  scoreAll(
    sentences,
    scaled(ranks).map((c): Contributions => ({ centrality: c })),
  );

/** TextRank (Mihalcea & Tarau 2004): shared terms over log lengths, PageRank with damping 0.85. */
const textrank = (sentences: readonly Sentence[]): Scored[] => {
  const sets = sentences.map((s) => new Set(s.terms));
  const weights = sentences.map((a, i) =>
    sentences.map((b, j) => {
      if (i === j) return 0;
      let shared = 0;
      for (const t of sets[j]!) if (sets[i]!.has(t)) shared++;
      const d = Math.log(a.terms.length) + Math.log(b.terms.length);
      return d > 0 ? shared / d : 0;
    }),
  );
  return asCentrality(sentences, matrixPagerank(weights, 0.85));
};

/** LexRank (Erkan & Radev 2004) as sumy runs it: TF-IDF cosine above 0.1 makes an edge; PageRank 0.85. */
const lexrank = (sentences: readonly Sentence[], idf: Idf): Scored[] => {
  const vectors = sentences.map((s) => tfidfVector(s.terms, idf));
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i !== j && cosine(a, b) > 0.1 ? 1 : 0)));
  return asCentrality(sentences, matrixPagerank(weights, 0.85));
};

/** Lead: the first sentences, in order. */
const lead = (sentences: readonly Sentence[]): Scored[] =>
  scoreAll(
    sentences,
    sentences.map((s): Contributions => ({ position: 1 / (1 + s.index) })),
  );

/**
 * Score every sentence of a Doc by a method. `n`, the summary's length, tells the default method how
 * selective the summary is; `idf` may come from a whole corpus rather than the article.
 */
export const rankDoc = (doc: Doc, method: Method, n: number, weights: Weights, idf?: Idf, opening: Opening = POINT_FIRST): Scored[] =>
  rankDocExplained(doc, method, n, weights, idf, opening).scored;

/** How much the lead prior counted for an article, and from which sentence (for --explain). */
export type LeadReport = {
  /** 0..1: how far the article was taken to put its point first (1: fully; the prior's weight is scaled by it). */
  readonly reliance: number;
  /** The weight the prior had in the score: the default's, scaled for the summary's length and by `reliance`. */
  readonly weight: number;
  /** The sentence the prior counted from (0, or the first after a warm-up). */
  readonly start: number;
  /** The openers found in its lead. */
  readonly kinds: readonly OpenerKind[];
};

/** rankDoc, with how much the lead prior counted (our method only; the baselines report none). */
export const rankDocExplained = (
  doc: Doc,
  method: Method,
  n: number,
  weights: Weights,
  idf?: Idf,
  opening: Opening = POINT_FIRST,
): { scored: Scored[]; lead?: LeadReport } => {
  const { sentences } = doc;
  const articleIdf = idf ?? sentenceIdf(sentences);
  switch (method) {
    case 'lead':
      return { scored: lead(sentences) };
    case 'textrank':
      return { scored: textrank(sentences) };
    case 'lexrank':
      return { scored: lexrank(sentences, articleIdf) };
    case 'tfidf': {
      const applied = weightsFor(weights, gistFactor(n, sentences.length), titleGistFactor(n, sentences.length));
      const columns = featureColumns(doc, articleIdf, applied, opening.start);
      // the lead prior counts as far as this article is one that puts its gist first, from its point on
      const reliance = leadReliance(columns.centrality);
      // a topic guessed from the body counts as far as the lead does not carry the article: news says
      // its topic first anyway, and there a guess only adds noise (cnndm-dev -0.3 ROUGE-1 at full weight)
      const title = doc.topicGuessed === true ? applied.title * (1 - reliance) : applied.title;
      const adjusted = { ...applied, position: applied.position * reliance, title };
      return {
        scored: scoreEach(sentences, (i) => contributionsOf(featuresAt(doc, columns, i), adjusted)),
        lead: { reliance, weight: adjusted.position, start: opening.start, kinds: opening.kinds },
      };
    }
  }
};
