// Redundancy control, as in MMR: a sentence that says what one already kept says is left out.

/** Two sentences sharing this share of their terms (Jaccard) say the same thing. */
const DUPLICATE_OVERLAP = 0.6;

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
};

/** Whether a sentence of terms `terms` nearly repeats one already kept (redundancy control, as in MMR). */
export const repeats = (kept: ReadonlyArray<{ readonly terms: ReadonlySet<string> }>, terms: ReadonlySet<string>): boolean =>
  kept.some((k) => jaccard(k.terms, terms) >= DUPLICATE_OVERLAP);
