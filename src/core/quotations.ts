// The choice → the choice with its quotations whole: a quotation that spans sentences is printed with
// the rest of it, or not at all.
import type { Scored, Sentence } from './types.js';
import { opensDependent } from './coherence.js';
import { repeats } from './repeats.js';
import { byScore } from './score/combine.js';
import { quotationsOf } from './text/prose.js';

const total = (xs: readonly Scored[]): number => xs.reduce((n, s) => n + s.score, 0);

/**
 * `picked` with no quotation in part. A short summary never picks a piece of a quotation (see
 * proseOnly); a long one may, and then either the rest of the quotation comes in, in place of the
 * weakest chosen sentences that quote nobody, or the pieces go out, for the best sentences left that
 * quote nobody: whichever keeps the higher total score. The count stays what it was, unless nothing
 * whole is left to take the pieces' place: then the shorter summary wins where its lines are worth
 * more on average (bbc-dev at the reference's length: one article keeps its lead, +0.02 ROUGE-1).
 */
export const wholeQuotations = (
  picked: readonly Scored[],
  scored: readonly Scored[],
  sentences: readonly Sentence[],
  lang: string,
  eligible: (s: Sentence) => boolean = () => true,
): Scored[] => {
  // a sentence that leans on the one before it ("But…") comes in only after it, and what one leans on stays
  const leans = (s: Scored): boolean => s.sentence.index > 0 && opensDependent(s.sentence.text, lang);
  const quotation = quotationsOf(sentences);
  const partOf = (s: Scored): number => quotation[s.sentence.index] ?? -1;
  if (!picked.some((s) => partOf(s) >= 0)) return [...picked];
  const byIndex = new Map(scored.map((s) => [s.sentence.index, s]));
  const members = new Map<number, Scored[]>();
  for (const s of scored) if (partOf(s) >= 0) members.set(partOf(s), [...(members.get(partOf(s)) ?? []), s]);
  const chosen = new Map(picked.map((s) => [s.sentence.index, s]));
  const ranked = [...scored].sort(byScore);
  for (const q of new Set(picked.map(partOf))) {
    if (q < 0) continue;
    const pieces = members.get(q) ?? [];
    const inside = pieces.filter((s) => chosen.has(s.sentence.index));
    const missing = pieces.filter((s) => !chosen.has(s.sentence.index));
    if (missing.length === 0) continue;
    // the rest of it comes in, for the weakest chosen sentences that quote nobody
    const leanedOn = (s: Scored): boolean => {
      const after = chosen.get(s.sentence.index + 1);
      return after !== undefined && leans(after);
    };
    const weakest = [...chosen.values()].filter((s) => partOf(s) < 0 && !leanedOn(s)).sort(byScore).reverse().slice(0, missing.length);
    const completed = weakest.length === missing.length && missing.every((s) => eligible(s.sentence)) ? total(missing) - total(weakest) : -Infinity;
    // or it goes out, for the best sentences left that repeat nothing chosen: sentences that quote
    // nobody, or another quotation whole where it fits
    const kept = [...chosen.values()].filter((s) => partOf(s) !== q).map((s) => ({ terms: new Set(s.sentence.terms) }));
    const fillers: Scored[] = [];
    const tried = new Set<number>();
    for (const s of ranked) {
      if (fillers.length === inside.length) break;
      if (chosen.has(s.sentence.index) || !eligible(s.sentence)) continue;
      const other = partOf(s);
      if (other === q || tried.has(other)) continue;
      const unit = other < 0 ? [s] : (members.get(other) ?? []);
      if (other >= 0) tried.add(other);
      if (fillers.length + unit.length > inside.length || unit.some((u) => chosen.has(u.sentence.index) || !eligible(u.sentence))) continue;
      if (leans(unit[0]!) && !chosen.has(unit[0]!.sentence.index - 1)) continue;
      const terms = new Set(unit.flatMap((u) => u.sentence.terms));
      if (repeats(kept, terms)) continue;
      kept.push({ terms });
      fillers.push(...unit);
    }
    // with too few fillers the summary comes out shorter: then what counts is what each line is worth
    // (a quotation whole in place of the lead, or the lead alone)
    const before = total([...chosen.values()]);
    const lines = chosen.size - inside.length + fillers.length;
    const left = fillers.length < inside.length && lines > 0 ? ((before - total(inside) + total(fillers)) / lines) * chosen.size - before : total(fillers) - total(inside);
    if (completed >= left) {
      for (const s of weakest) chosen.delete(s.sentence.index);
      for (const s of missing) chosen.set(s.sentence.index, byIndex.get(s.sentence.index) ?? s);
    } else {
      for (const s of inside) chosen.delete(s.sentence.index);
      for (const s of fillers) chosen.set(s.sentence.index, s);
    }
  }
  return [...chosen.values()].sort((a, b) => a.sentence.index - b.sentence.index);
};
