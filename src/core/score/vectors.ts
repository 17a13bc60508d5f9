// Sparse TF-IDF vectors over sentence terms: IDF, vectors, cosine. Pure maths.
//
// Two representations: a Map per vector (term → weight), simple and used where speed does not matter
// (the LexRank baseline, tests), and a document's sentences packed into typed arrays over numbered
// terms (TermMatrix, SparseRows), which the default ranker works on: a summary costs one Map lookup
// per word, not one per operation on it.

/** A sparse vector: term → weight. */
export type Vector = ReadonlyMap<string, number>;

/** Inverse document frequency of a term. */
export type Idf = (term: string) => number;

/** Sparse rows packed for speed: row i holds (ids[k], values[k]) for k in offsets[i] .. offsets[i+1]-1; ids < size. */
export type SparseRows = {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly size: number;
};

/** Sentences as term counts: terms numbered in order of first appearance; each row lists a sentence's distinct terms. */
export type TermMatrix = {
  readonly terms: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
  /** Row i: sentence i's distinct terms with how often each occurs in it. */
  readonly counts: SparseRows;
  /** Terms of each sentence, repeats included. */
  readonly lengths: Int32Array;
};

type HasTerms = { readonly terms: readonly string[] };

// Several steps read the same sentences' matrix; it is built once per array of sentences.
const matrices = new WeakMap<readonly HasTerms[], TermMatrix>();

export const termMatrix = (sentences: readonly HasTerms[]): TermMatrix => {
  const cached = matrices.get(sentences);
  if (cached !== undefined) return cached;
  const n = sentences.length;
  let total = 0;
  for (const s of sentences) total += s.terms.length;
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const offsets = new Int32Array(n + 1);
  const lengths = new Int32Array(n);
  const ids = new Int32Array(total);
  const values = new Float64Array(total);
  // for each term id: the last row it was seen in, and where its entry in that row is; grown as terms
  // are found (an article has far fewer distinct terms than terms)
  let lastRow = new Int32Array(Math.min(total, 1024)).fill(-1);
  let entry = new Int32Array(lastRow.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const row = sentences[i]!.terms;
    lengths[i] = row.length;
    for (const term of row) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
        if (id >= lastRow.length) {
          const grownRow = new Int32Array(Math.min(total, 2 * lastRow.length)).fill(-1);
          grownRow.set(lastRow);
          const grownEntry = new Int32Array(grownRow.length);
          grownEntry.set(entry);
          lastRow = grownRow;
          entry = grownEntry;
        }
      }
      if (lastRow[id] === i) values[entry[id]!]!++;
      else {
        lastRow[id] = i;
        entry[id] = k;
        ids[k] = id;
        values[k++] = 1;
      }
    }
  }
  offsets[n] = k;
  const matrix: TermMatrix = {
    terms,
    idOf,
    counts: { offsets, ids: ids.subarray(0, k), values: values.subarray(0, k), size: terms.length },
    lengths,
  };
  matrices.set(sentences, matrix);
  return matrix;
};

/**
 * Smoothed IDF with each sentence as a "document" (the article's own statistics):
 * idf(t) = ln((1 + N) / (1 + df(t))) + 1, so a term found in every sentence still counts a little.
 */
export const sentenceIdf = (sentences: readonly HasTerms[]): Idf => {
  const { idOf, counts } = termMatrix(sentences);
  const df = new Int32Array(counts.size);
  const { ids } = counts;
  for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
  const n = sentences.length;
  return (term) => {
    const id = idOf.get(term);
    return Math.log((1 + n) / (1 + (id === undefined ? 0 : df[id]!))) + 1;
  };
};

/** Each term of the matrix weighted by `idf`: one call per distinct term. */
export const idfWeights = (matrix: TermMatrix, idf: Idf): Float64Array => {
  const { terms } = matrix;
  const weights = new Float64Array(terms.length);
  for (let id = 0; id < terms.length; id++) weights[id] = idf(terms[id]!);
  return weights;
};

/** Each row's values times its terms' weights, every row then scaled to length 1 (an empty row stays empty). */
export const unitRows = (rows: SparseRows, weights: ArrayLike<number>): SparseRows => {
  const { offsets, ids } = rows;
  const values = new Float64Array(rows.values.length);
  for (let i = 0; i + 1 < offsets.length; i++) {
    let sq = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const x = rows.values[k]! * weights[ids[k]!]!;
      values[k] = x;
      sq += x * x;
    }
    const n = Math.sqrt(sq);
    if (n > 0) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) values[k]! /= n;
  }
  return { ...rows, values };
};

/** Each row's entries all set to that row's value in `rowWeights`. */
export const constantRows = (rows: SparseRows, rowWeights: ArrayLike<number>): SparseRows => {
  const { offsets } = rows;
  const values = new Float64Array(rows.values.length);
  for (let i = 0; i + 1 < offsets.length; i++) values.fill(rowWeights[i]!, offsets[i]!, offsets[i + 1]!);
  return { ...rows, values };
};

/** Term counts times IDF. */
export const tfidfVector = (terms: readonly string[], idf: Idf): Vector => {
  const v = new Map<string, number>();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  for (const [t, tf] of v) v.set(t, tf * idf(t));
  return v;
};

const dot = (a: Vector, b: Vector): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, x] of small) sum += x * (large.get(t) ?? 0);
  return sum;
};

const norm = (v: Vector): number => Math.sqrt(dot(v, v));

/** Cosine similarity, 0..1 for non-negative weights. */
export const cosine = (a: Vector, b: Vector): number => {
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot(a, b) / d;
};
