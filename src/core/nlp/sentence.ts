// The one maker of a Sentence, for every language: each has every field, always in the same order.
// Objects of one shape keep every function that reads sentences monomorphic; an optional field that
// is sometimes there (a spread, `...(parts > 1 ? { parts } : {})`) made four hidden classes of them,
// and the functions that read them slower and liable to be deoptimized and compiled again.
import type { Sentence } from '../types.js';

export const sentenceOf = (
  index: number,
  text: string,
  paragraph: number,
  terms: readonly string[],
  surface: readonly string[],
  wordCount: number,
  parts: number,
  verbless: boolean,
): Sentence => ({
  index,
  text,
  paragraph,
  terms,
  surface,
  wordCount,
  // always a number (1 for a plain sentence): a field that held undefined until the first quotation
  // kept whole gave it a number changed its representation, and deoptimized every reader ('Smi')
  parts: Math.max(1, parts),
  verbless: verbless ? true : undefined,
});
