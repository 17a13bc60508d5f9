// Tables of patterns anchored at a line's start (boilerplate, lines that are not prose, warm-up
// openers), tried on every line and sentence of an article. The regex engine compiles a pattern the
// first time it runs, and the tables' alternations of words cost milliseconds each to compile, at
// every start of the command, while most lines open with none of their words. So a pattern may say
// what its matches open with (`opens`: 'click|tap|press'), and it is tried only on a line that opens
// so, case-folded as the pattern compares it; the tests check that the openings cover the pattern.
// A pattern that looks for words anywhere in a line has a needle instead: a small pattern that every
// line it matches holds. A pattern with neither is tried on every line, joined with the others of
// its flags into one pass.
import { foldCase } from './fold.js';

/**
 * A pattern anchored at the start of a line: alone; with `opens`, texts (lower-case, separated by
 * '|') that each of its matches opens with; or with a `needle` that each line it matches holds.
 */
export type LinePattern = RegExp | { readonly opens: string; readonly pattern: RegExp } | { readonly needle: RegExp; readonly pattern: RegExp };

const patternOf = (p: LinePattern): RegExp => (p instanceof RegExp ? p : p.pattern);

/** Patterns as a table tries them: joined, anchored at the start and, with `finalStop`, at the end after an optional full stop. */
const anchored = (patterns: readonly RegExp[], flags: string, finalStop: boolean): RegExp =>
  new RegExp(`^(?:${patterns.map((p) => `(?:${finalStop ? p.source.replace(/\$$/, '') : p.source})`).join('|')})${finalStop ? '\\.?$' : ''}`, flags);

type Index = {
  /**
   * Openings by their first two UTF-16 units (by their one unit, for an opening that short), each
   * with the pattern it opens.
   */
  readonly byStart: ReadonlyMap<string, ReadonlyArray<{ readonly opening: string; readonly pattern: number }>>;
  /** The longest opening's length. */
  readonly longest: number;
  /** The patterns with needles, by index. */
  readonly needled: ReadonlyArray<{ readonly needle: RegExp; readonly pattern: number }>;
  /** Each pattern with openings or a needle as tried, built the first time a line opens so or holds it. */
  readonly tried: Array<RegExp | undefined>;
  /** The patterns without openings, joined into one per set of flags. */
  readonly always: readonly RegExp[];
};

const indexOf = (patterns: readonly LinePattern[], finalStop: boolean): Index => {
  const byStart = new Map<string, Array<{ opening: string; pattern: number }>>();
  const needled: Array<{ needle: RegExp; pattern: number }> = [];
  const always = new Map<string, RegExp[]>();
  let longest = 0;
  patterns.forEach((p, i) => {
    if (p instanceof RegExp) {
      always.set(p.flags, [...(always.get(p.flags) ?? []), p]);
      return;
    }
    if ('needle' in p) {
      needled.push({ needle: p.needle, pattern: i });
      return;
    }
    for (const opening of foldCase(p.opens).split('|')) {
      const start = opening.slice(0, 2);
      byStart.set(start, [...(byStart.get(start) ?? []), { opening, pattern: i }]);
      longest = Math.max(longest, opening.length);
    }
  });
  return { byStart, longest, needled, tried: [], always: [...always].map(([flags, group]) => anchored(group, flags, finalStop)) };
};

/**
 * Whether a line matches any of `patterns`, each anchored at the line's start (and, with
 * `finalStop`, at its end after an optional full stop): the answer of one pattern that joins them
 * all, for the cost of the patterns the line opens as. Nothing is built before the first line.
 */
export const anyOf = (patterns: readonly LinePattern[], finalStop = false): ((line: string) => boolean) => {
  let index: Index | undefined;
  const tried = (at: Index, i: number, line: string): boolean => {
    const re = patternOf(patterns[i]!);
    return (at.tried[i] ??= anchored([re], re.flags, finalStop)).test(line);
  };
  const opensAs = (at: Index, opening: string, start: string, line: string): boolean => {
    for (const { opening: o, pattern } of at.byStart.get(start) ?? []) if (opening.startsWith(o) && tried(at, pattern, line)) return true;
    return false;
  };
  return (line) => {
    const at = (index ??= indexOf(patterns, finalStop));
    if (at.byStart.size > 0) {
      // a character past the longest opening: a prefix cut inside a pair of surrogates folds as the whole would
      const opening = foldCase(line.slice(0, at.longest + 1));
      if (opensAs(at, opening, opening.slice(0, 2), line) || opensAs(at, opening, opening.slice(0, 1), line)) return true;
    }
    for (const { needle, pattern } of at.needled) if (needle.test(line) && tried(at, pattern, line)) return true;
    return at.always.some((re) => re.test(line));
  };
};
