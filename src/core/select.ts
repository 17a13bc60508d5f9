// Scored[] → the choice: top scores, no near-duplicates, nothing dangling, article order.
import type { Plan, Scored } from './types.js';
import { leanOf, readLineByLine } from './coherence.js';
import { chooseWithin } from './knapsack.js';
import { repeats } from './repeats.js';
import { byScore } from './score/combine.js';

/**
 * A sentence that leans on one left out is set aside for one that stands alone, unless that one
 * scores below this share of it: then the summary would lose more than it gains. The measured middle
 * between leaning sentences left in and ROUGE lost on long summaries (README, Sentences that stand on
 * their own).
 */
const STANDALONE_SHARE = 0.8;

/**
 * A min-heap of indices into `order` (best first): sentences set aside until the sentence before them
 * is chosen, then let back in at their place in the ranking.
 */
class Released {
  private readonly heap: number[] = [];
  push(rank: number): void {
    const h = this.heap;
    h.push(rank);
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (h[up]! <= h[i]!) break;
      [h[up], h[i]] = [h[i]!, h[up]!];
      i = up;
    }
  }
  peek(): number | undefined {
    return this.heap[0];
  }
  pop(): number | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]! < h[m]!) m = l;
        if (r < h.length && h[r]! < h[m]!) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The best sentences for a plan, in article order. Greedy by score, skipping near-duplicates and
 * (while anything else is left) avoided sentences. A sentence that leans on the one before it ("But…",
 * "He said…") comes with that one when there is room for both, else waits until that one is chosen,
 * and is taken alone only when what stands alone scores far below it or nothing else is left. With a budget, the
 * sentences must fit it whole: the best total score that fits (a knapsack), not the top-N cut off.
 */
export const choose = (scored: readonly Scored[], plan: Plan): Scored[] => {
  const order = [...scored].sort(byScore);
  const { eligible } = plan;
  const avoided = (s: Scored): boolean => plan.avoided?.(s.sentence) === true;
  const dependent = new Map<number, boolean>();
  // a reference leans in any summary; a connective in one read line by line (core/coherence.ts)
  const connectivesToo = readLineByLine(plan);
  const leans = (s: Scored): boolean => {
    let d = dependent.get(s.sentence.index);
    if (d === undefined) {
      const lean = plan.coherent && s.sentence.index > 0 && s.sentence.index !== plan.point ? leanOf(s.sentence.text, plan.lang) : null;
      d = lean === 'reference' || (lean === 'connective' && connectivesToo);
      dependent.set(s.sentence.index, d);
    }
    return d;
  };
  if (plan.budget !== undefined) return chooseWithin(eligible === undefined ? order : order.filter((s) => eligible(s.sentence)), plan, plan.budget, avoided, leans);

  // whether a rank's sentence may be chosen, asked only as the search reaches it: the search stops
  // after the first few, and telling whether a sentence is eligible may cost (core/text/prose.ts)
  const eligibility = new Uint8Array(order.length);
  const eligibleAt = (rank: number): boolean => {
    if (eligible === undefined) return true;
    if (eligibility[rank] === 0) eligibility[rank] = eligible(order[rank]!.sentence) ? 2 : 1;
    return eligibility[rank] === 2;
  };

  const picked: Array<{ s: Scored; terms: Set<string> }> = [];
  const pickedIndex = new Set<number>();
  // the length counts sentences: a quotation kept whole as one unit counts the sentences it holds
  const partsOf = (s: Scored): number => s.sentence.parts ?? 1;
  let size = 0;
  const fits = (s: Scored): boolean => size + partsOf(s) <= plan.n;
  // built when a sentence first leans on one left out: most summaries need no rank by index
  let ranks: Map<number, number> | undefined;
  const rankOf = (index: number): number | undefined => (ranks ??= new Map(order.map((s, i) => [s.sentence.index, i]))).get(index);
  const taken = new Set<number>();
  // pass 1: nothing avoided, nothing dangling; pass 2: avoided ones too; pass 3: anything left
  for (const pass of [1, 2, 3] as const) {
    const released = new Released();
    const waiting = new Map<number, number>(); // sentence index before → rank in `order`
    const deferred: number[] = [];
    // deferred entries are passed over for good once taken or once the sentence before is chosen: a
    // cursor that only moves forward keeps the search linear
    let firstOpen = 0;
    let next = 0;
    while (size < plan.n) {
      const fromHeap = released.peek();
      while (next < order.length && (taken.has(next) || !eligibleAt(next))) next++;
      const rank = fromHeap !== undefined && (next >= order.length || fromHeap < next) ? released.pop()! : next < order.length ? next++ : undefined;
      if (rank === undefined) break;
      if (taken.has(rank)) continue;
      const s = order[rank]!;
      if (pass === 1 && avoided(s)) continue;
      if (pass < 3 && leans(s) && !pickedIndex.has(s.sentence.index - 1)) {
        // room for both, and the one before stands on its own: bring it in
        const beforeRank = rankOf(s.sentence.index - 1);
        const before = beforeRank === undefined ? undefined : order[beforeRank];
        if (before !== undefined && eligibleAt(beforeRank!) && !taken.has(beforeRank!) && size + partsOf(before) + partsOf(s) <= plan.n && !leans(before) && !(pass === 1 && avoided(before))) {
          const bt = new Set(before.sentence.terms);
          if (!repeats(picked, bt)) {
            taken.add(beforeRank!);
            picked.push({ s: before, terms: bt });
            pickedIndex.add(before.sentence.index);
            size += partsOf(before);
          }
        }
        if (!pickedIndex.has(s.sentence.index - 1)) {
          waiting.set(s.sentence.index - 1, rank);
          deferred.push(rank);
          continue;
        }
      }
      // a sentence that stands alone but scores far below one set aside: take the one set aside
      while (firstOpen < deferred.length && (taken.has(deferred[firstOpen]!) || pickedIndex.has(order[deferred[firstOpen]!]!.sentence.index - 1))) firstOpen++;
      const firstDeferred = deferred[firstOpen];
      if (firstDeferred !== undefined && s.score < STANDALONE_SHARE * order[firstDeferred]!.score) {
        released.push(rank);
        const d = order[firstDeferred]!;
        taken.add(firstDeferred);
        const dt = new Set(d.sentence.terms);
        if (fits(d) && !repeats(picked, dt)) {
          picked.push({ s: d, terms: dt });
          pickedIndex.add(d.sentence.index);
          size += partsOf(d);
          const after2 = waiting.get(d.sentence.index);
          if (after2 !== undefined) released.push(after2);
        }
        continue;
      }
      const terms = new Set(s.sentence.terms);
      taken.add(rank);
      if (!fits(s) || repeats(picked, terms)) continue;
      picked.push({ s, terms });
      pickedIndex.add(s.sentence.index);
      size += partsOf(s);
      const after = waiting.get(s.sentence.index);
      if (after !== undefined) released.push(after);
    }
    if (size >= plan.n) break;
  }
  // a unit longer than the whole summary asked for: better it than nothing
  if (picked.length === 0) {
    const first = order.findIndex((_, rank) => eligibleAt(rank));
    return first < 0 ? [] : [order[first]!];
  }
  // pushed onto a literal: at sort() over the array that map() made V8 deoptimized choose ('wrong map')
  const chosen: Scored[] = [];
  for (const p of picked) chosen.push(p.s);
  return chosen.sort((a, b) => a.sentence.index - b.sentence.index);
};
