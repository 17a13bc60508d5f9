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
import type { Pattern } from './unicode.js';

/**
 * A pattern anchored at the start of a line: alone; with `opens`, texts (lower-case, separated by
 * '|') that each of its matches opens with; or with a `needle` that each line it matches holds.
 */
export type LinePattern = Pattern | { readonly opens: string; readonly pattern: Pattern } | { readonly needle: Pattern; readonly pattern: Pattern };

const patternOf = (p: LinePattern): Pattern => ('pattern' in p ? p.pattern : p);

/** Patterns as a table tries them: joined, anchored at the start and, with `finalStop`, at the end after an optional full stop. */
const anchored = (patterns: readonly Pattern[], flags: string, finalStop: boolean): RegExp =>
  new RegExp(`^(?:${patterns.map((p) => `(?:${finalStop ? p.source.replace(/\$$/, '') : p.source})`).join('|')})${finalStop ? '\\.?$' : ''}`, flags);

type Openings = ReadonlyArray<{ readonly opening: string; readonly pattern: number }>;

type Index = {
  /**
   * Openings by their first two UTF-16 units (pairKey), each with the pattern it opens; and the
   * openings one unit long, by that unit.
   */
  readonly byPair: ReadonlyMap<number, Openings>;
  readonly byUnit: ReadonlyMap<number, Openings>;
  /** The longest opening's length. */
  readonly longest: number;
  /**
   * The patterns with needles, by index, their needles grouped by flags: a line is searched once for
   * any needle of a group (`gate`, the needles joined), and for each of them only when it holds one.
   * Most lines hold none.
   */
  readonly gates: ReadonlyArray<Gate>;
  /** Each pattern with openings or a needle as tried, built the first time a line opens so or holds it. */
  readonly tried: Array<RegExp | undefined>;
  /** The patterns without openings, joined into one per set of flags. */
  readonly always: readonly RegExp[];
};

type Needled = { readonly needle: Pattern; readonly patterns: readonly number[] };
type Gate = { readonly gate: Pattern; readonly needled: readonly Needled[] };

/**
 * Whether a needle can be searched for joined with others: not global or sticky (a search would move
 * its place), no back-reference or named group (joined, its numbers and names would be another's).
 */
const joinable = (needle: Pattern): boolean => !/[gy]/.test(needle.flags) && !/\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(needle.source);

/** Needles of the same flags joined into one search (a group of one is its needle). */
const gatesOf = (needled: readonly Needled[]): Gate[] => {
  const byFlags = new Map<string, Needled[]>();
  const alone: Gate[] = [];
  for (const n of needled) {
    if (joinable(n.needle)) byFlags.set(n.needle.flags, [...(byFlags.get(n.needle.flags) ?? []), n]);
    else alone.push({ gate: n.needle, needled: [n] });
  }
  return [...alone, ...[...byFlags].map(([flags, group]) => ({
    gate: group.length === 1 ? group[0]!.needle : new RegExp(group.map((n) => `(?:${n.needle.source})`).join('|'), flags),
    needled: group,
  }))];
};

/** Two UTF-16 units as one number: a key that costs no string. */
const pairKey = (a: number, b: number): number => a * 0x10000 + b;

const indexOf = (patterns: readonly LinePattern[], finalStop: boolean): Index => {
  const byPair = new Map<number, Array<{ opening: string; pattern: number }>>();
  const byUnit = new Map<number, Array<{ opening: string; pattern: number }>>();
  // patterns that share a needle (the same source and flags) share its search
  const needles = new Map<string, { needle: Pattern; patterns: number[] }>();
  const always = new Map<string, Pattern[]>();
  let longest = 0;
  patterns.forEach((p, i) => {
    if (!('pattern' in p)) {
      always.set(p.flags, [...(always.get(p.flags) ?? []), p]);
      return;
    }
    if ('needle' in p) {
      const key = `${p.needle.flags} ${p.needle.source}`;
      const shared = needles.get(key);
      if (shared === undefined) needles.set(key, { needle: p.needle, patterns: [i] });
      else shared.patterns.push(i);
      return;
    }
    for (const opening of foldCase(p.opens).split('|')) {
      const [map, key] = opening.length === 1 ? [byUnit, opening.charCodeAt(0)] : [byPair, pairKey(opening.charCodeAt(0), opening.charCodeAt(1))];
      map.set(key, [...(map.get(key) ?? []), { opening, pattern: i }]);
      longest = Math.max(longest, opening.length);
    }
  });
  return { byPair, byUnit, longest, gates: gatesOf([...needles.values()]), tried: [], always: [...always].map(([flags, group]) => anchored(group, flags, finalStop)) };
};

/** An ASCII unit as case folding leaves it: letters lower-cased. */
const asciiFolded = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

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
  const opensAs = (at: Index, opening: string, openings: Openings | undefined, line: string): boolean => {
    if (openings === undefined) return false;
    for (const { opening: o, pattern } of openings) if (opening.startsWith(o) && tried(at, pattern, line)) return true;
    return false;
  };
  // a character past the longest opening: a prefix cut inside a pair of surrogates folds as the whole would
  const foldedOpening = (at: Index, line: string): string => foldCase(line.slice(0, at.longest + 1));
  const opensAny = (at: Index, line: string): boolean => {
    const a = line.charCodeAt(0);
    const b = line.charCodeAt(1);
    if (a < 128 && (b < 128 || line.length === 1)) {
      // ASCII folds unit by unit: the openings the line may have are found before the line is folded,
      // and most lines have none
      const pair = line.length > 1 ? at.byPair.get(pairKey(asciiFolded(a), asciiFolded(b))) : undefined;
      const unit = at.byUnit.get(asciiFolded(a));
      if (pair === undefined && unit === undefined) return false;
      const opening = foldedOpening(at, line);
      return opensAs(at, opening, pair, line) || opensAs(at, opening, unit, line);
    }
    const opening = foldedOpening(at, line);
    if (opening === '') return false;
    const pair = opening.length > 1 ? at.byPair.get(pairKey(opening.charCodeAt(0), opening.charCodeAt(1))) : undefined;
    return opensAs(at, opening, pair, line) || opensAs(at, opening, at.byUnit.get(opening.charCodeAt(0)), line);
  };
  // plain loops: a line is tested at every sentence and line of every article, and a callback made
  // for each test was an allocation each time
  const triedAny = (at: Index, guarded: readonly number[], line: string): boolean => {
    for (let k = 0; k < guarded.length; k++) if (tried(at, guarded[k]!, line)) return true;
    return false;
  };
  return (line) => {
    const at = (index ??= indexOf(patterns, finalStop));
    if (at.longest > 0 && opensAny(at, line)) return true;
    const { gates, always } = at;
    for (let g = 0; g < gates.length; g++) {
      const { gate, needled } = gates[g]!;
      if (!gate.test(line)) continue;
      if (needled.length === 1) {
        if (triedAny(at, needled[0]!.patterns, line)) return true;
        continue;
      }
      for (let k = 0; k < needled.length; k++) if (needled[k]!.needle.test(line) && triedAny(at, needled[k]!.patterns, line)) return true;
    }
    for (let k = 0; k < always.length; k++) if (always[k]!.test(line)) return true;
    return false;
  };
};
