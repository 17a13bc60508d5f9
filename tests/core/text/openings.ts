// What a pattern's matches open with, read off its source: the literal text every match starts
// with. The tests check with it that each pattern's declared openings (core/text/patterns.ts) cover
// the pattern. (Reading the sources at every start of the command costs more than compiling them.)
import { foldCase } from '../../../src/core/text/fold.js';

/** At most this many openings per pattern; past it, the openings stop where they are (shorter, still true). */
const MAX_OPENINGS = 400;

type Node =
  | { readonly kind: 'text'; readonly options: readonly string[] }
  | { readonly kind: 'group'; readonly alternatives: readonly Node[][] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'start' }
  | { readonly kind: 'stop' };

const START: Node = { kind: 'start' };
const STOP: Node = { kind: 'stop' };
const DIGITS: Node = { kind: 'text', options: [...'0123456789'] };
const SYNTAX = '^$\\.*+?()[]{}|/';
const isAsciiAlphanumeric = (c: string): boolean => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

/**
 * The parts of a pattern's source that fix the text of a match (characters, simple classes such as
 * [oa] or ['’], \d, groups, alternation, quantifiers), and 'stop' for anything else (\s, \p{…}, ., $,
 * lookarounds, ranges): a reader of regular expressions that only needs to be right about where each
 * group and class ends, and about the characters it says are fixed.
 */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** Alternatives up to the end of the source or the group's closing parenthesis. */
  alternatives(): Node[][] {
    const out: Node[][] = [[]];
    while (this.at < this.source.length) {
      const c = this.source[this.at]!;
      if (c === ')') return out;
      if (c === '|') {
        this.at++;
        out.push([]);
        continue;
      }
      const node = this.quantified(this.atom());
      const sequence = out[out.length - 1]!;
      const last = sequence[sequence.length - 1];
      // a run of characters is one text ("subscribe"), so that openings grow by words, not letters
      if (node.kind === 'text' && node.options.length === 1 && last?.kind === 'text' && last.options.length === 1) {
        sequence[sequence.length - 1] = { kind: 'text', options: [last.options[0]! + node.options[0]!] };
      } else sequence.push(node);
    }
    return out;
  }

  private atom(): Node {
    const s = this.source;
    const c = s[this.at++]!;
    if (c === '\\') return this.escape();
    if (c === '[') return this.charClass();
    if (c === '(') {
      let capturing = true;
      if (s[this.at] === '?') {
        // (?: and (?<name> groups; lookarounds (?= (?! (?<= (?<! fix no text
        const lookbehind = s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at);
        if (s[this.at + 1] === ':') this.at += 2;
        else if (s[this.at + 1] === '<' && !lookbehind) this.at = s.indexOf('>', this.at) + 1;
        else {
          capturing = false;
          this.at += lookbehind ? 3 : 2;
        }
      }
      const alternatives = this.alternatives();
      this.at++; // ')'
      return capturing ? { kind: 'group', alternatives } : STOP;
    }
    if (c === '^') return START;
    // $ . and what stands for itself only outside /u (a stray ] or }): no fixed text
    if ('$.]}'.includes(c)) return STOP;
    return { kind: 'text', options: [c] };
  }

  private escape(): Node {
    const s = this.source;
    const c = s[this.at++] ?? '';
    if (c === 'd') return DIGITS;
    // \p{…} \P{…} \u{…} \k<…>
    if ((c === 'p' || c === 'P' || c === 'u') && s[this.at] === '{') this.at = s.indexOf('}', this.at) + 1;
    else if (c === 'k' && s[this.at] === '<') this.at = s.indexOf('>', this.at) + 1;
    else if (c === 'u') this.at += 4;
    else if (c === 'x') this.at += 2;
    else if (c === 'c') this.at += 1;
    else if (c >= '0' && c <= '9') while (s[this.at]! >= '0' && s[this.at]! <= '9') this.at++;
    // an escaped punctuation mark stands for itself; an escaped letter or digit is a class, a
    // control character or a reference
    else if (!isAsciiAlphanumeric(c)) return { kind: 'text', options: [c] };
    return STOP;
  }

  /** A class of characters each standing for itself ([oa], ['’]); ranges, negation and escapes of classes stop. */
  private charClass(): Node {
    const s = this.source;
    const options: string[] = [];
    let simple = s[this.at] !== '^';
    for (;;) {
      const c = s[this.at++];
      if (c === undefined) return STOP;
      if (c === ']') break;
      if (c === '\\') {
        const e = s[this.at++] ?? '';
        // \p{…} and the like: skip to the end of the braces
        if (s[this.at] === '{') this.at = s.indexOf('}', this.at) + 1;
        if (SYNTAX.includes(e) || e === '-') options.push(e);
        else simple = false;
      } else if (c === '-' && options.length > 0 && s[this.at] !== ']') simple = false;
      else if (c >= '\ud800' && c <= '\udfff') simple = false;
      else options.push(c);
    }
    return simple && options.length > 0 ? { kind: 'text', options } : STOP;
  }

  private quantified(node: Node): Node {
    const s = this.source;
    const c = s[this.at];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (m === null) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return node;
    this.at++;
    if (s[this.at] === '?') this.at++; // lazy
    return { kind: 'repeat', node, min, max };
  }
}

type Openings = { open: string[]; closed: string[] };

/** The texts a match may have started with after `node`, from those it may have started with before. */
const extend = (node: Node, before: readonly string[]): Openings => {
  switch (node.kind) {
    case 'text':
      return { open: before.flatMap((p) => node.options.map((c) => p + c)), closed: [] };
    case 'group': {
      const out: Openings = { open: [], closed: [] };
      for (const alternative of node.alternatives) {
        const r = extendAll(alternative, before);
        out.open.push(...r.open);
        out.closed.push(...r.closed);
      }
      return out;
    }
    case 'repeat': {
      if (node.min === 0 && node.max === 1) {
        const r = extend(node.node, before);
        return { open: [...r.open, ...before], closed: r.closed };
      }
      // once at least, then who knows how often: the openings end after the first time
      if (node.min > 0) {
        const r = extend(node.node, before);
        return { open: [], closed: [...r.open, ...r.closed] };
      }
      return { open: [], closed: [...before] };
    }
    case 'start':
      // the start of the text: only where nothing was matched yet (else the match stops here, which
      // is never wrong)
      return { open: before.filter((p) => p === ''), closed: before.filter((p) => p !== '') };
    case 'stop':
      return { open: [], closed: [...before] };
  }
};

const extendAll = (nodes: readonly Node[], before: readonly string[]): Openings => {
  let open = [...before];
  const closed: string[] = [];
  for (const node of nodes) {
    if (open.length === 0) break;
    const r = extend(node, open);
    closed.push(...r.closed);
    open = r.open;
    if (open.length + closed.length > MAX_OPENINGS) {
      closed.push(...open);
      open = [];
    }
  }
  return { open, closed };
};

/**
 * The literal openings of what a pattern matches at the start of a text (as `^(?:pattern)` does):
 * every such match starts with one of them, case-folded (foldCase). Undefined when a match may start
 * with anything: a pattern that opens with a class such as \p{Lu}, with `.`, or that is multiline.
 */
export const openingsOf = (pattern: RegExp): string[] | undefined => {
  if (/[gmyv]/.test(pattern.flags)) return undefined;
  const { open, closed } = extendAll([{ kind: 'group', alternatives: new Reader(pattern.source).alternatives() }], ['']);
  const all = [...new Set([...open, ...closed].map(foldCase))].sort();
  if (all.includes('')) return undefined;
  // a shorter opening says all that a longer one it begins says (sorted, it comes first)
  const kept = new Set<string>();
  for (const o of all) {
    let shorter = false;
    for (let n = 1; n < o.length && !shorter; n++) shorter = kept.has(o.slice(0, n));
    if (!shorter) kept.add(o);
  }
  return [...kept];
};

