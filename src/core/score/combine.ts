// Features × Weights → Scored[]: each feature's weighted share of a sentence's score, and their sum.
import type { Contributions, Features, Scored, Sentence, Weights } from '../types.js';

/**
 * The weights as they apply to one summary. `gist`, 0..1, says how selective the summary is (see
 * gistFactor): it scales the gist features (position, title, length) up and overlap down; the title's
 * own factor may be higher (see titleGistFactor).
 */
export const weightsFor = (w: Weights, gist: number, titleGist = gist): Weights => ({
  centrality: w.centrality,
  overlap: (1 - gist) * w.overlap,
  position: gist * w.position,
  title: titleGist * w.title,
  length: gist * w.length,
});

/** Each feature's weighted share of a sentence's score. */
export const contributionsOf = (f: Features, w: Weights): Contributions => ({
  centrality: w.centrality * f.centrality,
  overlap: w.overlap * f.overlap,
  position: w.position * f.position,
  title: w.title * f.title,
  length: w.length * f.length,
});

const sum = (c: Contributions): number => {
  let total = 0;
  for (const k in c) total += c[k]!;
  return total;
};

/** Pair each sentence with its contributions and their sum. */
export const scoreAll = (sentences: readonly Sentence[], contributions: readonly Contributions[]): Scored[] =>
  sentences.map((sentence, i) => {
    const c = contributions[i] ?? {};
    return { sentence, contributions: c, score: sum(c) };
  });

/** A scored sentence that works its contributions out again when they are asked for. */
class Rescored implements Scored {
  constructor(
    readonly sentence: Sentence,
    readonly score: number,
    private readonly at: (i: number) => Contributions,
    private readonly i: number,
  ) {}

  get contributions(): Contributions {
    return this.at(this.i);
  }
}

/**
 * Pair each sentence with the sum of its contributions, `at(i)`, keeping the means to work them out
 * rather than them: a long article would otherwise hold an object of them for every sentence while only
 * the chosen ones are shown. `at` must give the same contributions each time.
 */
export const scoreEach = (sentences: readonly Sentence[], at: (i: number) => Contributions): Scored[] =>
  sentences.map((sentence, i) => new Rescored(sentence, sum(at(i)), at, i));

/** Best first; equal scores go to the earlier sentence, so output is deterministic. */
export const byScore = (a: Scored, b: Scored): number => b.score - a.score || a.sentence.index - b.sentence.index;
