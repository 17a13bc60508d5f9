// A budget (--words, --chars, --time) filled with whole sentences: the set whose total score is highest
// among those that fit, then mended (no near repeats, nothing dangling where it can help).
import { repeats } from './repeats.js';
import { byScore } from './score/combine.js';
import type { Plan, Scored, Sentence } from './types.js';

const sizeOf = (s: Sentence, unit: 'words' | 'chars'): number => (unit === 'words' ? s.wordCount : s.text.length + 1);

/** Sentences the knapsack weighs at most: a budget is filled from the best of the article. */
const MAX_KNAPSACK_ITEMS = 200;
/** Cells the knapsack's table may have; sizes are scaled down to stay within it. */
const MAX_KNAPSACK_CELLS = 2_000_000;

/** The best set of whole sentences within a budget, then mended: no duplicates, nothing dangling if it can help. */
export const chooseWithin = (
  order: readonly Scored[],
  plan: Plan,
  budget: { readonly unit: 'words' | 'chars'; readonly max: number },
  avoided: (s: Scored) => boolean,
  leans: (s: Scored) => boolean,
): Scored[] => {
  const preferred = order.filter((s) => !avoided(s));
  const pool = (preferred.some((s) => sizeOf(s.sentence, budget.unit) <= budget.max) ? preferred : order).slice(0, MAX_KNAPSACK_ITEMS);
  const scale = Math.max(1, Math.ceil(((pool.length + 1) * (budget.max + 1)) / MAX_KNAPSACK_CELLS));
  const capacity = Math.floor(budget.max / scale);
  const weight = pool.map((s) => Math.ceil(sizeOf(s.sentence, budget.unit) / scale));
  // best[c]: the best total score within capacity c; keep[i][c]: whether item i is in that best set
  const best = new Float64Array(capacity + 1);
  const keep = pool.map(() => new Uint8Array(capacity + 1));
  pool.forEach((s, i) => {
    const w = weight[i]!;
    for (let c = capacity; c >= w; c--) {
      const withIt = best[c - w]! + s.score;
      if (withIt > best[c]!) {
        best[c] = withIt;
        keep[i]![c] = 1;
      }
    }
  });
  const chosen: Scored[] = [];
  for (let i = pool.length - 1, c = capacity; i >= 0; i--) {
    if (keep[i]![c] === 1) {
      chosen.push(pool[i]!);
      c -= weight[i]!;
    }
  }
  // mend: drop near-duplicates, and a dangling sentence whose predecessor does not fit with it
  chosen.sort(byScore);
  const kept: Array<{ s: Scored; terms: Set<string> }> = [];
  for (const s of chosen) {
    const terms = new Set(s.sentence.terms);
    if (!repeats(kept, terms)) kept.push({ s, terms });
  }
  const index = new Set(kept.map((k) => k.s.sentence.index));
  const used = (): number => kept.reduce((n, k) => n + sizeOf(k.s.sentence, budget.unit), 0);
  for (const k of [...kept]) {
    if (!leans(k.s) || index.has(k.s.sentence.index - 1)) continue;
    const before = order.find((o) => o.sentence.index === k.s.sentence.index - 1);
    if (before !== undefined && used() + sizeOf(before.sentence, budget.unit) <= budget.max) {
      kept.push({ s: before, terms: new Set(before.sentence.terms) });
      index.add(before.sentence.index);
    } else if (kept.length > 1) {
      kept.splice(kept.indexOf(k), 1);
      index.delete(k.s.sentence.index);
    }
  }
  // fill what room is left with the best sentences that fit and stand on their own
  for (const s of pool) {
    if (index.has(s.sentence.index) || used() + sizeOf(s.sentence, budget.unit) > budget.max) continue;
    if (leans(s) && !index.has(s.sentence.index - 1)) continue;
    const terms = new Set(s.sentence.terms);
    if (repeats(kept, terms)) continue;
    kept.push({ s, terms });
    index.add(s.sentence.index);
  }
  return kept.map((k) => k.s).sort((a, b) => a.sentence.index - b.sentence.index);
};
