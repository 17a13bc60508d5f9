// ROUGE-1, ROUGE-2 and summary-level ROUGE-L F1, after ROUGE-1.5.5 with -m: lower-case, every
// non-alphanumeric character a separator, Porter stemming of tokens longer than 3 characters, no
// stop-word removal. Classic ROUGE drops every letter outside a-z, so text in other languages is
// scored on Unicode tokens instead: words of letters, digits and marks, each Chinese or Japanese
// character one token, lower-cased, not stemmed. Pure functions over strings; sentences are given one
// per array item.
import { stemmer } from 'stemmer';

export type Prf = { readonly precision: number; readonly recall: number; readonly f1: number };
export type RougeScores = { readonly rouge1: Prf; readonly rouge2: Prf; readonly rougeL: Prf };

/** How text becomes tokens: ROUGE-1.5.5's (English, Porter-stemmed), or Unicode words, unstemmed. */
export type Tokens = 'porter' | 'unicode';

const UNICODE_TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

export const tokenizeUnicode = (text: string): string[] => text.normalize('NFKC').toLowerCase().match(UNICODE_TOKEN) ?? [];

export const tokenize = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => (t.length > 3 ? stemmer(t) : t));

const prf = (hits: number, candidateTotal: number, referenceTotal: number): Prf => {
  const precision = candidateTotal === 0 ? 0 : hits / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : hits / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

const ngramCounts = (tokens: readonly string[], n: number): Map<string, number> => {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
};

/** ROUGE-N: clipped n-gram overlap between the whole candidate and the whole reference. */
export const rougeN = (candidate: readonly string[], reference: readonly string[], n: number): Prf => {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, c] of cand) hits += Math.min(c, ref.get(gram) ?? 0);
  return prf(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
};

/** Positions in `ref` that belong to one longest common subsequence with `cand`. */
const lcsPositions = (ref: readonly string[], cand: readonly string[]): number[] => {
  const m = ref.length;
  const n = cand.length;
  const table = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
  for (let i = 1; i <= m; i++) {
    const row = table[i]!;
    const prev = table[i - 1]!;
    for (let j = 1; j <= n; j++) {
      row[j] = ref[i - 1] === cand[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
  }
  const positions: number[] = [];
  for (let i = m, j = n; i > 0 && j > 0; ) {
    if (ref[i - 1] === cand[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--;
    else j--;
  }
  return positions;
};

const countTokens = (sentences: ReadonlyArray<readonly string[]>): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};

/**
 * Summary-level ROUGE-L (Lin 2004, §3.2): for each reference sentence, the union of its LCS with
 * every candidate sentence; a token is counted no more often than it occurs on either side.
 */
export const rougeL = (candidate: ReadonlyArray<readonly string[]>, reference: ReadonlyArray<readonly string[]>): Prf => {
  const candCounts = countTokens(candidate);
  const refCounts = countTokens(reference);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const p of lcsPositions(ref, cand)) union.add(p);
    for (const p of union) {
      const t = ref[p]!;
      const c = candCounts.get(t) ?? 0;
      const r = refCounts.get(t) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        candCounts.set(t, c - 1);
        refCounts.set(t, r - 1);
      }
    }
  }
  const total = (xs: ReadonlyArray<readonly string[]>): number => xs.reduce((a, s) => a + s.length, 0);
  return prf(hits, total(candidate), total(reference));
};

/** Score candidate sentences against reference sentences. */
export const rouge = (candidate: readonly string[], reference: readonly string[], tokens: Tokens = 'porter'): RougeScores => {
  const split = tokens === 'porter' ? tokenize : tokenizeUnicode;
  const cand = candidate.map(split);
  const ref = reference.map(split);
  return {
    rouge1: rougeN(cand.flat(), ref.flat(), 1),
    rouge2: rougeN(cand.flat(), ref.flat(), 2),
    rougeL: rougeL(cand, ref),
  };
};
