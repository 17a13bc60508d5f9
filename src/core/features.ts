// Doc → Features[]: one number in 0..1 per feature and sentence. Pure maths: no selection, no I/O.
import type { Doc, Features, Sentence } from './types.js';

/** Inverse document frequency of a term; unknown terms get the highest value. */
export type Idf = (term: string) => number;

const countTerms = (terms: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};

/**
 * Smoothed IDF over the article's own sentences, each sentence a "document":
 * idf(t) = ln((1 + N) / (1 + df(t))) + 1, so a term in every sentence still counts a little.
 */
export const sentenceIdf = (sentences: readonly Sentence[]): Idf => {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return (term) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
};

type Vector = Map<string, number>;

const tfidfVector = (terms: readonly string[], idf: Idf): Vector => {
  const v: Vector = new Map();
  for (const [t, tf] of countTerms(terms)) v.set(t, tf * idf(t));
  return v;
};

const norm = (v: Vector): number => {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
};

/** Cosine similarity of two sparse vectors, 0..1 for non-negative weights. */
export const cosine = (a: Vector, b: Vector): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) dot += x * (large.get(t) ?? 0);
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
};

/** TF-IDF centroid score (Radev's centroid summarizer): cosine of the sentence's vector to the whole article's. 0..1 */
export const tfidfScores = (sentences: readonly Sentence[], idf: Idf): number[] => {
  const docVector = tfidfVector(sentences.flatMap((s) => s.terms), idf);
  return sentences.map((s) => cosine(tfidfVector(s.terms, idf), docVector));
};

/**
 * Lead prior (Edmundson's location method; news writes the gist first): decays with the sentence's
 * index, and a paragraph's first sentence gets part of the credit of the paragraph's own rank. 0..1
 */
export const positionScore = (s: Sentence, firstOfParagraph: boolean): number => {
  const lead = 1 / Math.sqrt(1 + s.index);
  const opener = firstOfParagraph ? 0.5 / Math.sqrt(1 + s.paragraph) : 0;
  return Math.min(1, Math.max(lead, opener));
};

/** Sentences with fewer words than this are likely fragments (captions, labels). */
const MIN_WORDS = 10;
/** Sentences with more words than this are run-ons or lists glued together. */
const MAX_WORDS = 40;

/** Length prior: 1 inside [MIN_WORDS, MAX_WORDS], falling off outside it. 0..1 */
export const lengthScore = (words: number): number => {
  if (words < MIN_WORDS) return (words / MIN_WORDS) ** 2;
  if (words > MAX_WORDS) return MAX_WORDS / words;
  return 1;
};

/** Title overlap (Edmundson's title method): share of the title's terms found in the sentence. 0..1 */
export const titleScore = (terms: readonly string[], titleTerms: readonly string[]): number => {
  const title = new Set(titleTerms);
  if (title.size === 0) return 0;
  const have = new Set(terms);
  let hits = 0;
  for (const t of title) if (have.has(t)) hits++;
  return hits / title.size;
};

export const computeFeatures = (doc: Doc, idf: Idf = sentenceIdf(doc.sentences)): Features[] => {
  const tfidf = tfidfScores(doc.sentences, idf);
  return doc.sentences.map((s, i) => ({
    index: s.index,
    tfidf: tfidf[i] ?? 0,
    position: positionScore(s, i === 0 || doc.sentences[i - 1]?.paragraph !== s.paragraph),
    length: lengthScore(s.words),
    title: titleScore(s.terms, doc.titleTerms),
  }));
};
