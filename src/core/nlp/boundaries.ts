// Where sentences end in a paragraph, by rule, for every language: one pass over the text, in time
// linear in its length. A sentence ends at a terminal mark (. ! ? … and each script's own) followed by
// a space and what can start a sentence; the rules below say when such a mark ends none (an
// abbreviation, an initial, a list marker, an ellipsis inside a sentence, a mark inside a name or a
// book title), and where a sentence ends with no mark (before the next item of a list). A second pass
// keeps a quotation or a parenthesis that spans sentences in one unit.
import { type Pattern, regexOf, unicode } from '../text/unicode.js';

const LETTER_OR_DIGIT = unicode`[\p{L}\p{N}]`;

const LETTERS_ONLY = unicode`^\p{L}+$`;

const CASED_LOWER = unicode`\p{Ll}`;

const CASED_UPPER = unicode`[\p{Lu}\p{Lt}]`;

const ELLIPSIS_BEFORE_LETTER = unicode`^(?:\.\.\.|…)\p{L}`;

export type BoundaryRules = {
  /** Lower-case words after which a full stop never ends a sentence ("mr", "e.g", "z"). */
  readonly never: ReadonlySet<string>;
  /** Words after which a full stop ends a sentence only before a word in `starters` ("co", "u.s"). */
  readonly unlessStarter: ReadonlySet<string>;
  /** Words after which a full stop before a number ends no sentence ("no", "p", "vol"). */
  readonly beforeNumber: ReadonlySet<string>;
  /** Lower-case words that often start a sentence. */
  readonly starters: ReadonlySet<string>;
  /** Words ending in ! that are names ("yahoo"): the mark ends a sentence only before a starter. */
  readonly bangNames: ReadonlySet<string>;
  /**
   * How a single letter and a full stop read: 'initial' (never an end), or 'english' (an initial
   * after a capitalised word; "I" after any other ends a sentence; else an end before a starter).
   */
  readonly letters: 'initial' | 'english';
  /** English times: "a.m." before a capital ends a sentence that has at least three words before it. */
  readonly times: boolean;
  /** A word whose ending says a number follows it: the full stop after it ends no sentence before one ("Lindenstr. 8"). */
  readonly numberAfter?: Pattern;
  /** Words that join a sentence's parts: in a text all in capitals, one after an abbreviation goes on its sentence ("THE U.S. AND MEXICO"). */
  readonly joining?: ReadonlySet<string>;
  /** The text before a number and its full stop makes the number an ordinal ("am 3."). */
  readonly ordinalBefore?: Pattern;
  /** The word after a day's number and its full stop makes it an ordinal: a month ("Sonntag, 9. März", "den 4. marts"). */
  readonly ordinalAfter?: Pattern;
  /**
   * A full stop after a word that is no abbreviation ends a sentence even before a lower-case word
   * (Greek: its abbreviations are listed, and a lower-case word after a full stop is more often a
   * sentence typed without its capital than a sentence going on).
   */
  readonly lowerStarts?: boolean;
  /** ";" is a question mark (Greek). */
  readonly semicolonAsks: boolean;
  /** ” opens a quotation as well as closes one (Swedish, Finnish). */
  readonly rightQuoteOpens: boolean;
};

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;

/** Marks that end a sentence; "．" only between two non-digits. */
const TERMINAL = new Set('.!?…‼⁇⁈⁉‽؟。！？．।॥۔։።'.split(''));
/** Marks that end a sentence with no space after them. */
const UNSPACED_TERMINAL = new Set('。！？．'.split(''));
/** What may close a sentence after its mark: quotes (« closes in Danish and German), brackets. */
const CLOSER = new Set(')]}"\'”’“»›«‹」』）】〕］〉》'.split(''));
/** What may open a sentence before its first word. */
const OPENER = new Set('([{"\'“‘«‹„‚¿¡「『（【〔［〈《—–-•⁃◦▪‣*'.split(''));

const LOWER = CASED_LOWER;
const UPPER = CASED_UPPER;
const LETTER = unicode`\p{L}`;
const CASELESS = unicode`\p{Lo}`;
const DIGIT = unicode`\p{Nd}`;
/** A day of the month before its full stop: one or two digits, no more ("9", "14"; not "2019", "3.5"). */
const DAY_NUMBER = /(?:^|[^\d.,])\d{1,2}$/;
/** How far past a day's full stop its month is looked for. */
const MONTH_CHARS = 16;
/**
 * A test of a character's class: one ASCII character by its code, the rest by the pattern. The scan
 * asks it of every character it looks at, and most are ASCII.
 */
const classTest =
  (pattern: Pattern, ascii: (code: number) => boolean): ((c: string) => boolean) =>
  (c) => {
    const code = c.charCodeAt(0);
    return c.length === 1 && code < 128 ? ascii(code) : pattern.test(c);
  };
const isLower = classTest(LOWER, (k) => k >= 97 && k <= 122);
const isUpper = classTest(UPPER, (k) => k >= 65 && k <= 90);
const isLetter = classTest(LETTER, (k) => (k >= 65 && k <= 90) || (k >= 97 && k <= 122));
const isCaseless = classTest(CASELESS, () => false);
const isDigitChar = classTest(DIGIT, (k) => k >= 48 && k <= 57);
/** Letters with full stops between them ("U.S", "Ph.D"); tried only on words with a full stop. */
const DOTTED = unicode`^(?:\p{L}{1,2}\.)+\p{L}{1,2}$`;
const TIME = /^[ap]\.m$/iu;
/** A time zone after a time: "Eastern time", "Pacific Standard Time", "ET", "GMT". */
const TIME_ZONE = /^\s*(?:(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii) (?:[Tt]ime|[Ss]tandard|[Dd]aylight)|(?:[ECMPA][SD]?T|GMT|UTC|BST|CES?T|AES?T)\b)/u;
/** A day or a date after a time: "2:40 a.m. Monday, …", "8 p.m. Nov. 5". */
const TIME_DAY = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)/u;
const HIRAGANA = /[\u3041-\u309f]/u;

/** Whether the full stop at `at` goes on a spaced ellipsis (". . ."): a space, a closer or the end after it. */
const spacedDotAt = (text: string, at: number): boolean => {
  const after = text[at + 1];
  return after === undefined || after === ' ' || CLOSER.has(after) || isSpace(after.charCodeAt(0));
};

/** Two initials joined by a hyphen, the last one's full stop to come: "J.-B", "H.-J". */
const HYPHENATED_INITIALS = unicode`^\p{Lu}\.[-‐]\p{Lu}$`;
/** A dash after a full stop and a space: what follows goes on the same sentence. */
const DASH_NEXT = /^\s+[—–]\s/u;
/** The longest word looked at on either side of a mark; a longer run is no abbreviation. */
const MAX_WORD = 64;

type Next = { readonly kind: 'lower' | 'upper' | 'digit' | 'other' | 'none'; readonly word: string };

/** What follows position `k`: the class of the first word's first character, and that word lower-cased. */
const nextAt = (text: string, k: number): Next => {
  const n = text.length;
  let i = k;
  const limit = Math.min(n, k + 8);
  while (i < limit && (OPENER.has(text[i]!) || isSpace(text.charCodeAt(i)))) i++;
  if (i >= n) return { kind: 'none', word: '' };
  const c = text[i]!;
  let end = i;
  while (end < n && end - i < MAX_WORD && isLetter(text[end]!)) end++;
  const word = text.slice(i, end).toLowerCase();
  if (isLower(c)) return { kind: 'lower', word };
  if (isUpper(c) || isCaseless(c)) return { kind: 'upper', word };
  if (isDigitChar(c)) return { kind: 'digit', word };
  return { kind: 'other', word };
};

/** The start of the word that ends at `end` (exclusive), at most MAX_WORD back, not before `floor`. */
const wordStartBefore = (text: string, end: number, floor: number): number => {
  let s = end;
  while (s > floor && end - s <= MAX_WORD && !isSpace(text.charCodeAt(s - 1))) s--;
  return s;
};

/** Whether at least `k` words stand between `from` and `to`. */
const hasWords = (text: string, from: number, to: number, k: number): boolean => {
  let count = 0;
  let inWord = false;
  for (let i = to - 1; i >= from && to - i < 200; i--) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count >= k) return true;
    inWord = !space;
  }
  return false;
};

const stripOpeners = (w: string): string => {
  let a = 0;
  while (a < w.length && OPENER.has(w[a]!)) a++;
  return w.slice(a);
};

/** Whether a word is one character (one code point: a letter outside the BMP is two units). */
const isOneCharacter = (word: string): boolean => {
  if (word.length !== 2) return word.length === 1;
  const high = word.charCodeAt(0);
  const low = word.charCodeAt(1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};

/** The forms of a word an abbreviation list may hold: whole, after an elision, its last dotted part. */
const formsOf = (lower: string): string[] => {
  const forms = [lower];
  const apostrophe = Math.max(lower.lastIndexOf("'"), lower.lastIndexOf('’'));
  if (apostrophe >= 0) forms.push(lower.slice(apostrophe + 1));
  // the last part of a dotted word ("sig.ra" → "ra"), but not one letter: "U.S." is no "s." (Danish "side")
  const dot = lower.lastIndexOf('.');
  if (dot >= 0 && dot < lower.length - 2) forms.push(lower.slice(dot + 1));
  return forms;
};

/** A list marker's mark with a space after it; what comes before and after is checked apart. */
const MARK_THEN_SPACE = /[.)](?=\s)/g;
const ITEM_START = unicode`^\s+[\p{Lu}\p{Lo}\d"“]`;
const LOWER_ITEM_START = unicode`^\s+\p{Ll}`;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isAsciiUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

type Marker = { readonly at: number; readonly dot: number; readonly kind: string; readonly value: number; readonly bullet: boolean };

/**
 * What every list marker that listItems accepts holds: a digit or two or a lower-case letter, after
 * the start, a space or a bullet, before ".", ")" or ".)" and a space; or a list's first item in
 * capitals or Roman numerals, "A." or "I." (its later items are looked for once one is found). Most
 * paragraphs hold none, and are not searched mark by mark (every sentence end is a mark before a
 * space). Two patterns: one with a start or a space as alternatives is searched more than twice as slowly.
 */
const MARKER_FIRST = /^(?:\d{1,2}|[a-zA-Z]|[ivx]{2,4}|[IVX]{2,4})(?:\.\)?|\))(?=\s)/;
const MARKER_AFTER = /[\s•⁃◦▪‣●■►▸](?:\d{1,2}|[a-zAI])(?:\.\)?|\))(?=\s)/;
const NO_ITEMS: { starts: number[]; dots: ReadonlySet<number> } = { starts: [], dots: new Set() };
/** Roman numerals a list is numbered with, by their value. */
const ROMAN: ReadonlyMap<string, number> = new Map(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].map((r, k) => [r, k + 1]));
/** What stands before a list's first item inside a paragraph: a colon, a sentence's mark or a bracket, and a space. */
const LIST_OPENS = /[:.!?;)]\s+$/u;
/** Kinds of marker whose list must start at its first value ("A.", "i.", "I."): "J. K. Rowling" is no list. */
const FROM_FIRST = /^[ARr]/;

/**
 * The items of numbered and lettered lists: markers ("1.", "2.)", "b)", "• 9.", "B.", "ii.", "III.")
 * that come in order, or open the text, or follow a bullet. Returns where each item starts, and the
 * full stops of markers. A list in capitals or Roman numerals counts from its first item ("A.", "i.").
 */
const listItems = (text: string, first: number): { starts: readonly number[]; dots: ReadonlySet<number> } => {
  if (!MARKER_FIRST.test(text) && !MARKER_AFTER.test(text)) return NO_ITEMS;
  const found: Marker[] = [];
  for (const m of text.matchAll(MARK_THEN_SPACE)) {
    const end = m.index + 1;
    // the mark: "1.", "1)", "1.)"
    const punctStart = text[m.index] === ')' && text[m.index - 1] === '.' ? m.index - 1 : m.index;
    // the marker: a number of one or two digits, or a word of up to four letters a-z or A-Z
    let s = punctStart;
    const digit = isDigit(text[s - 1]);
    if (digit) {
      s--;
      if (isDigit(text[s - 1])) s--;
    } else {
      while (s > punctStart - 4 && (isAsciiLower(text[s - 1]) || isAsciiUpper(text[s - 1]))) s--;
      if (s === punctStart) continue;
    }
    // a space, a bullet or the start before it
    const before = text[s - 1];
    const bulletAt = before !== undefined && BULLETS.includes(before) ? s - 1 : before === ' ' && BULLETS.includes(text.charAt(s - 2)) ? s - 2 : -1;
    if (before !== undefined && bulletAt < 0 && !isSpace(before.charCodeAt(0))) continue;
    // (in a text all in lower case, an item opens in lower case too: "things to buy: 1. eggs 2. milk")
    if (!ITEM_START.test(text.slice(end, end + 8)) && !(caseOf(text) === 'lower' && LOWER_ITEM_START.test(text.slice(end, end + 8)))) continue;
    const mark = text.slice(s, punctStart);
    const punct = text.slice(punctStart, end);
    const at = bulletAt >= 0 ? bulletAt : s;
    const dot = text[punctStart] === '.' ? punctStart : -1;
    const bullet = bulletAt >= 0;
    if (digit) {
      found.push({ at, dot, kind: `n${punct}`, value: Number(mark), bullet });
      continue;
    }
    // a letter, in either case ("i" and "I" may also be Roman one, "v" five)
    if (mark.length === 1) found.push({ at, dot, kind: (isAsciiLower(mark) ? 'a' : 'A') + punct, value: mark.charCodeAt(0) & 31, bullet });
    const roman = ROMAN.get(mark.toLowerCase());
    if (roman !== undefined && (mark === mark.toLowerCase() || mark === mark.toUpperCase())) found.push({ at, dot, kind: (isAsciiLower(mark[0]) ? 'r' : 'R') + punct, value: roman, bullet });
  }
  const starts: number[] = [];
  const dots = new Set<number>();
  const lastOfKind = new Map<string, Marker>();
  const confirmed = new Set<Marker>();
  // the markers so far of each list that counts from its first value ("A." to "B." to "C."), by marker
  const chains = new Map<Marker, Marker[]>();
  for (const marker of found) {
    const prev = lastOfKind.get(marker.kind);
    if (marker.bullet || marker.at === first) confirmed.add(marker);
    const follows = prev !== undefined && prev.value + 1 === marker.value;
    if (FROM_FIRST.test(marker.kind)) {
      // its first item opens the text, follows a bullet, a colon or a sentence's end: not a variable
      // ending a sentence ("…comparisons involving A. However, …")
      const chain = marker.value === 1 ? (marker.at === first || marker.bullet || LIST_OPENS.test(text.slice(Math.max(0, marker.at - 3), marker.at)) ? [] : undefined) : follows ? chains.get(prev) : undefined;
      if (chain !== undefined) {
        chain.push(marker);
        chains.set(marker, chain);
        // two initials in a row are no list ("A. Kumar and B. Lee found…"): capitals count from three items
        if (chain.length >= (marker.kind.startsWith('A') ? 3 : 2)) for (const m of chain) confirmed.add(m);
      }
    } else if (follows) {
      confirmed.add(prev);
      confirmed.add(marker);
    }
    lastOfKind.set(marker.kind, marker);
  }
  for (const marker of found) {
    if (!confirmed.has(marker)) continue;
    if (marker.at > first && starts[starts.length - 1] !== marker.at) starts.push(marker.at);
    if (marker.dot >= 0) dots.add(marker.dot);
  }
  return { starts, dots };
};

const BULLETS = '•⁃◦▪‣●■►▸';
const BULLET_AFTER_SPACE = /(?<=\s)[•⁃◦▪‣●■►▸]/gu;
/** Any bullet: the search above tries its look-behind at every character, and most texts have none. */
const BULLET = /[•⁃◦▪‣●■►▸]/u;

/** Where bullets start items: a bullet after a space, not at the start. */
const bulletStarts = (text: string, first: number): number[] => {
  const out: number[] = [];
  if (!BULLET.test(text)) return out;
  for (const m of text.matchAll(BULLET_AFTER_SPACE)) if (m.index > first) out.push(m.index);
  return out;
};

/** What the sentence scan stops at: terminal marks, and the brackets of a Chinese book title. */
const STOPS = /[.!?…‼⁇⁈⁉‽؟。！？．।॥۔։።;\u037e《》〈〉]/gu;

/** The end of the run of closers from `from`. */
const closersEnd = (text: string, from: number): number => {
  let j = from;
  while (j < text.length && CLOSER.has(text[j]!)) j++;
  return j;
};

/** A reference marker: "[1]", "[12]", "[a]", "[note 3]". */
const REFERENCE_MARK = /^\[(?:\d{1,3}|[a-z]|note \d{1,3})\]/u;

/**
 * The end of the reference markers from `from` ("…on weekdays.[1][2] Introduced"): they belong to the
 * sentence whose end they follow. `from` itself where none stands (one look at one character).
 */
const referencesEnd = (text: string, from: number): number => {
  let j = from;
  while (text.charCodeAt(j) === 91) {
    const m = REFERENCE_MARK.exec(text.slice(j, j + 10));
    if (m === null) break;
    j += m[0].length;
  }
  return j;
};

/** The first non-space at or after `from`; the text's length if none. */
const spacesEnd = (text: string, from: number): number => {
  let k = from;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k;
};

const LETTER_OR_NUMBER = LETTER_OR_DIGIT;

/** The end of the text before `at` with trailing spaces left off. */
const trimEnd = (text: string, at: number, floor: number): number => {
  let e = at;
  while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
};

/**
 * The state of sentenceEnds' scan: the ends found so far, where the sentence being read starts, and
 * the next of the places where a list item or a bullet forces an end. A class, not closures made for
 * each text: optimized code that called a closure of one text was thrown away at the next ('wrong call
 * target'), or when that closure died ('weak objects').
 */
class Scan {
  readonly ends: number[] = [];
  private nextForced = 0;

  constructor(
    private readonly text: string,
    private readonly forced: readonly number[],
    /** Where the sentence being read starts. */
    public start: number,
  ) {}

  /** End the sentence being read at `end`, if it holds anything: the next starts at `nextStart`. */
  push(end: number, nextStart: number): void {
    if (end > this.start) {
      this.ends.push(end);
      this.start = nextStart;
    }
  }

  /** End a sentence at each forced place up to `to`. */
  forcedUpTo(to: number): void {
    const { forced } = this;
    while (this.nextForced < forced.length && forced[this.nextForced]! <= to) {
      const at = forced[this.nextForced++]!;
      if (at > this.start) this.push(trimEnd(this.text, at, this.start), at);
    }
  }
}

/**
 * The offsets (exclusive) where the sentences of `text` end, in order; the last is the end of the
 * text's last non-space character. Each sentence starts at the first non-space after the one before.
 */
export const sentenceEnds = (text: string, rules: BoundaryRules): number[] => {
  const n = text.length;
  const first = spacesEnd(text, 0);
  if (first >= n) return [];
  // where the text ends but for its spaces: found now, as the scan's loops are first run (found at the
  // end, where a paragraph rarely has spaces left to trim, V8 compiled the trim with no knowledge of
  // it, then threw the scan's code away at the first paragraph that had)
  const textEnd = trimEnd(text, n, first);
  const lists = listItems(text, first);
  const bullets = bulletStarts(text, first);
  // most paragraphs have neither: no array to build and sort
  const forced = lists.starts.length === 0 ? bullets : [...lists.starts, ...bullets].sort((a, b) => a - b);
  const scan = new Scan(text, forced, first);
  let books = 0;
  let i = first;
  while (i < n) {
    // jump to the next mark the scan stops at: most characters are none
    STOPS.lastIndex = i;
    const stop = STOPS.exec(text);
    if (stop === null) break;
    i = stop.index;
    scan.forcedUpTo(i);
    const c = text[i]!;
    if (c === '《' || c === '〈') books++;
    else if ((c === '》' || c === '〉') && books > 0) books--;
    const terminal = TERMINAL.has(c) || (rules.semicolonAsks && (c === ';' || c === '\u037e'));
    if (!terminal || (c === '．' && isDigitChar(text.charAt(i - 1)) && isDigitChar(text.charAt(i + 1)))) {
      i++;
      continue;
    }
    // the run of marks: "?!", "....", ". . . ."
    let j = i;
    let dots = 0;
    let spaced = false;
    let onlyDots = true;
    for (;;) {
      const d = text[j];
      if (d === '.') {
        dots++;
        j++;
      } else if (d !== undefined && (TERMINAL.has(d) || (rules.semicolonAsks && (d === ';' || d === '\u037e')))) {
        onlyDots = false;
        j++;
      } else if (d === ' ' && text[j + 1] === '.' && dots > 0 && onlyDots && spacedDotAt(text, j + 1)) {
        spaced = true;
        j++;
      } else break;
    }
    const runEnd = j;
    j = referencesEnd(text, closersEnd(text, runEnd));
    const hasCloser = j > runEnd;
    const unspacedMark = UNSPACED_TERMINAL.has(text[runEnd - 1]!);
    let k = spacesEnd(text, j);
    // a closing guillemet after a space, as French sets it ("« Oui. » Il"), not an opening one
    // (Danish, German: "sagde. »Kom"); so a quote mark standing alone ("everything. " The only"),
    // which opens nothing. (The character after k by slice, '' past the end: charAt past the end
    // deoptimized the scan, which V8 then compiled again; so did loops of their own here, which
    // rarely ran: the two helpers' loops have run by then. Both helpers are called at every end, from
    // `j` again where no such mark stands, which moves neither: calls made only after such a mark had
    // no feedback when the scan was compiled, and deoptimized it at the first.)
    const closedAfterSpace = k > j && (text[k] === '»' || text[k] === '›' || text[k] === '"' || text[k] === '”') && !LETTER_OR_NUMBER.test(text.slice(k + 1, k + 2));
    j = closersEnd(text, closedAfterSpace ? k : j);
    k = spacesEnd(text, j);
    if (k >= n) {
      scan.push(j, n);
      i = n;
      break;
    }
    const gap = k > j;
    let ends_ = false;
    if (!gap) {
      // no end inside a book title (《快跑吧！小狗》)
      if (books > 0) ends_ = false;
      else if (unspacedMark) {
        // 。」と言った: a quotation that the sentence goes on after; a comma or a closer: no end
        const after = text[k]!;
        ends_ = !(hasCloser && HIRAGANA.test(after)) && !CLOSER.has(after) && !'、，,：:;；'.includes(after);
      } else if (dots === 1 && onlyDots && !hasCloser) {
        // a lost space: `over.Then`, `"fini".Une`; not inside a name or an address ("Node.js", "e.g.The")
        const quoted = text[i - 1] === '"' || text[i - 1] === '”' || text[i - 1] === '»';
        const ws = wordStartBefore(text, quoted ? i - 1 : i, scan.start);
        const word = text.slice(ws, quoted ? i - 1 : i);
        ends_ =
          word.length >= 2 && isLower(word.charAt(word.length - 1)) && !/[./@:]/.test(word) && isUpper(text[k]!) && isLower(text.slice(k + 1, k + 2)) &&
          !ADDRESS_AFTER.test(text.slice(k, k + 64));
      }
    } else {
      // most ends are one mark before a capital ("the river. The"): a quick look says so without
      // decide's work; what it cannot tell goes to decide
      ends_ = (runEnd === i + 1 && (c === '.' || c === '?' || c === '!') && commonEnd(text, i, k, scan.start, rules, lists.dots)) || decide(text, i, runEnd, dots, spaced, onlyDots, k, scan.start, rules, lists.dots);
    }
    // a full stop, then a spaced ellipsis that opens the next sentence ("compounds. . . . The practice"):
    // the sentence ends at its full stop; not inside a quotation that closes after the ellipsis
    // ("…grow darker. . . .” Then")
    if (ends_ && spaced && dots >= 4 && !hasCloser && text[i + 1] === ' ' && isLetter(text.charAt(i - 1))) scan.push(i + 1, i + 2);
    else if (ends_) scan.push(j, k);
    i = runEnd > i ? runEnd : i + 1;
  }
  scan.forcedUpTo(n);
  // the last sentence, if any is left: every end pushed so far is at most scan.start (a test of
  // its own here, where most paragraphs have nothing left, deoptimized the scan as the trim did)
  scan.push(textEnd, n);
  return scan.ends;
};

/** The longest plain word commonEnd reads; a longer one goes to decide. */
const MAX_PLAIN = 24;

const isAsciiUpperAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 65 && code <= 90;
};

const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether the one mark at `i` (". ! ?"), with a space after it and what starts at `k`, ends a sentence
 * in one of the common ways decide would take longer to see. A capital A-Z follows, at once or after
 * a quote ("He left. The", "he said. 'We"), and before the mark stands
 * - for a full stop: a digit ("in 2015. The"), where numbers make no ordinals, or a closer ("(2015).
 *   The"), unless the stop is a list marker's; or a plain word, in no list of abbreviations;
 * - for "?" or "!": a plain word that names nothing ("Yahoo!").
 * A plain word is two or more letters A-Z or a-z after a space or the sentence's start: no initial,
 * time or dotted word. decide says true of each; false here means only "ask decide".
 */
const commonEnd = (text: string, i: number, k: number, sentenceStart: number, rules: BoundaryRules, markerDots: ReadonlySet<number>): boolean => {
  const opener = text[k];
  if (!isAsciiUpperAt(text, k) && !((opener === '"' || opener === "'" || opener === '“' || opener === '‘') && isAsciiUpperAt(text, k + 1))) return false;
  const mark = text[i];
  const before = text.charCodeAt(i - 1);
  if (mark === '.' && ((before >= 48 && before <= 57 && rules.ordinalBefore === undefined) || CLOSER.has(text[i - 1]!))) return !markerDots.has(i);
  if (!isAsciiLetterCode(before)) return false;
  let s = i;
  while (s > sentenceStart && i - s < MAX_PLAIN && isAsciiLetterCode(text.charCodeAt(s - 1))) s--;
  if (i - s < 2 || (s > sentenceStart && !isSpace(text.charCodeAt(s - 1)))) return false;
  const lower = text.slice(s, i).toLowerCase();
  // (after an abbreviation's full stop the two may be one: "p. ex.", decide's to tell)
  if (mark === '.') return !rules.never.has(lower) && !rules.unlessStarter.has(lower) && !markerDots.has(i) && text.charCodeAt(s - 2) !== 46;
  return !rules.bangNames.has(lower);
};

/** The rest of an e-mail address or a web address: "Jane.Doe@example.com", "Example.Com/news". */
const ADDRESS_AFTER = unicode`^[\p{L}\p{N}._%+-]*(?:@|\/)`;

/** Whether the marks from `i` to `runEnd`, followed by a space and by what starts at `k`, end a sentence. */
const decide = (
  text: string,
  i: number,
  runEnd: number,
  dots: number,
  spaced: boolean,
  onlyDots: boolean,
  k: number,
  sentenceStart: number,
  rules: BoundaryRules,
  markerDots: ReadonlySet<number>,
): boolean => {
  const next = nextAt(text, k);
  // an ellipsis opening the next sentence ("...and then?"); in a text typed all in lower case (or in
  // Greek), a full stop after a word that is no abbreviation
  if (next.kind === 'lower') {
    if (ELLIPSIS_BEFORE_LETTER.test(text.slice(k, k + 4)) || (rules.lowerStarts === true && endsBeforeLower(text, i, runEnd, sentenceStart, rules))) return true;
    if (caseOf(text) !== 'lower') return false;
    // typed all in lower case (a chat, a comment): a question or an exclamation ends one, and so does
    // a full stop after a number or a word that is no abbreviation
    if (!onlyDots) return !rules.bangNames.has(stripOpeners(text.slice(wordStartBefore(text, i, sentenceStart), i)).toLowerCase());
    if (runEnd - i === 1 && isDigitChar(text.charAt(i - 1)) && rules.ordinalBefore === undefined) return !markerDots.has(i);
    return endsBeforeLower(text, i, runEnd, sentenceStart, rules);
  }
  const before = text.charAt(i - 1);
  // an omission in brackets: "[...]"
  if ((before === '[' || before === '(') && (text[runEnd] === ']' || text[runEnd] === ')')) return false;
  // no sentence opens with a dash: "PINECREST, Ore. — Freshman…" is a dateline, not two sentences
  if (onlyDots && DASH_NEXT.test(text.slice(runEnd, runEnd + 4))) return false;
  const ws = wordStartBefore(text, i, sentenceStart);
  const word = stripOpeners(text.slice(ws, i));
  const lower = word.toLowerCase();
  if (!onlyDots) {
    if (rules.bangNames.has(lower) && runEnd - i === 1) return rules.starters.has(next.word);
    return true;
  }
  if (text[i] === '…' || dots >= 3) {
    if (spaced) return dots >= 4;
    return true;
  }
  if (dots === 2) return true;
  // one full stop
  if (markerDots.has(i)) return false;
  if (word === '' || CLOSER.has(before) || /[@/]/.test(word)) return true;
  if (isDigitChar(before)) {
    if (rules.ordinalBefore !== undefined && rules.ordinalBefore.test(text.slice(Math.max(sentenceStart, i - 40), i + 1))) return false;
    if (rules.ordinalAfter !== undefined && DAY_NUMBER.test(text.slice(Math.max(sentenceStart, i - 3), i)) && rules.ordinalAfter.test(text.slice(i + 1, i + 1 + MONTH_CHARS))) return false;
    return true;
  }
  // the word with a one-letter abbreviation before it, as the lists write them ("и т. д" → "т.д", "p. ex" → "p.ex")
  const joined = joinedWithLetterBefore(text, ws, sentenceStart, lower);
  // an abbreviation that often ends a sentence ("zł.", "и т. д.", "m.fl."): before a word that often starts one
  if (rules.unlessStarter.has(lower) || rules.unlessStarter.has(joined)) return startsAfterAbbreviation(text, next, rules);
  const forms = formsOf(lower);
  if (forms.some((f) => rules.never.has(f)) || rules.never.has(joined)) return false;
  if (next.kind === 'digit' && (forms.some((f) => rules.beforeNumber.has(f) || rules.unlessStarter.has(f)) || (rules.numberAfter?.test(lower) === true && HOUSE_NUMBER.test(text.slice(k, k + 8))))) return false;
  // hyphenated initials before a surname, as French and German names have them ("J.-B. Marchal", "H.-J. Müller")
  if (HYPHENATED_INITIALS.test(word)) return false;
  if (isOneCharacter(word) && isLetter(word)) {
    if (rules.letters === 'initial') return false;
    if (next.kind === 'digit') return false;
    if (isUpper(word)) {
      // an initial before another ("H. I. Patel")
      if (isUpper(text.charAt(k)) && text.charAt(k + 1) === '.') return false;
      // an initial after a name ("Laura K. Brennan", "J. R. Smith"), "I" after any other word
      const ps = wordStartBefore(text, Math.max(sentenceStart, ws - 1), sentenceStart);
      const prev = stripOpeners(text.slice(ps, ws).trim());
      if (isUpper(prev.charAt(0))) return false;
      if (word === 'I') return true;
    }
    return rules.starters.has(next.word);
  }
  if (rules.times && TIME.test(lower)) {
    if (next.kind !== 'upper') return false;
    // a time zone goes with the time ("at 10:14 a.m. Eastern time", "9 p.m. ET")
    if (TIME_ZONE.test(text.slice(k, k + 24))) return false;
    // so do its day and date ("by 2:40 a.m. Monday, the authority said")
    if (TIME_DAY.test(text.slice(k, k + 16))) return false;
    return rules.starters.has(next.word) || hasWords(text, sentenceStart, ws, 3);
  }
  if (forms.some((f) => rules.unlessStarter.has(f)) || (rules.starters.size > 0 && word.includes('.') && DOTTED.test(word))) return startsAfterAbbreviation(text, next, rules);
  return true;
};

/** A house number: one to three digits, and a letter or not ("8", "12a"), not a year. */
const HOUSE_NUMBER = /^\d{1,3}(?!\d)/u;


/** Whether what follows an abbreviation that may end a sentence starts one: a capital, and a word that often starts one. */
const startsAfterAbbreviation = (text: string, next: Next, rules: BoundaryRules): boolean =>
  next.kind === 'upper' && rules.starters.has(next.word) && !(rules.joining?.has(next.word) === true && caseOf(text) === 'upper');

/**
 * A word with the one-letter word before it, joined by a full stop as a list of abbreviations
 * writes them ("т. д" → "т.д", "p. ex" → "p.ex"); '' where no such word stands before it.
 */
const joinedWithLetterBefore = (text: string, ws: number, sentenceStart: number, lower: string): string => {
  const dot = ws - 2;
  if (dot - 1 < sentenceStart || text[dot] !== '.' || !isSpace(text.charCodeAt(ws - 1)) || !isLetter(text.charAt(dot - 1))) return '';
  if (dot - 2 >= sentenceStart && !isSpace(text.charCodeAt(dot - 2))) return '';
  return `${text.charAt(dot - 1).toLowerCase()}.${lower}`;
};

/** The text whose case was last asked, and the answer: asked once a paragraph at most, and in few. */
let casedText = '';
let casedAnswer: 'lower' | 'upper' | 'mixed' = 'mixed';
/** Whether a text is typed all in lower case (a chat, a comment), all in capitals, or in both. */
const caseOf = (text: string): 'lower' | 'upper' | 'mixed' => {
  if (text !== casedText) {
    casedText = text;
    const upper = CASED_UPPER.test(text);
    const lower = CASED_LOWER.test(text);
    casedAnswer = upper === lower ? 'mixed' : upper ? 'upper' : 'lower';
  }
  return casedAnswer;
};

/** Whether one full stop at `i` after a word of letters that is no abbreviation ends a sentence before a lower-case word. */
const endsBeforeLower = (text: string, i: number, runEnd: number, sentenceStart: number, rules: BoundaryRules): boolean => {
  if (runEnd - i !== 1 || text[i] !== '.') return false;
  const word = stripOpeners(text.slice(wordStartBefore(text, i, sentenceStart), i));
  return word.length >= 2 && LETTERS_ONLY.test(word) && !formsOf(word.toLowerCase()).some((f) => rules.never.has(f) || rules.unlessStarter.has(f));
};

/** Whether the quote at `i` opens a sentence: a space before it, a word after, a sentence's mark before the space. */
const reopens = (text: string, i: number): boolean => {
  if (!isSpace(text.charCodeAt(i - 1)) || !LETTER_OR_DIGIT.test(text.charAt(i + 1))) return false;
  let b = i - 1;
  while (b > 0 && isSpace(text.charCodeAt(b))) b--;
  return '.!?…'.includes(text.charAt(b));
};

/**
 * Quotation marks and parentheses, as they open and close through a text: what is open at a point
 * decides whether a sentence end there ends a unit. Apostrophes (letter’letter, s’) are no quotes.
 */
class Openings {
  private readonly stack: string[] = [];
  constructor(private readonly rightQuoteOpens: boolean) {}
  get open(): boolean {
    return this.stack.length > 0;
  }
  clear(): void {
    this.stack.length = 0;
  }
  private top(): string | undefined {
    return this.stack[this.stack.length - 1];
  }
  private push(c: string): void {
    if (this.stack.length >= 8) this.stack.shift();
    this.stack.push(c);
  }
  private closeIf(...openers: string[]): boolean {
    const t = this.top();
    if (t !== undefined && openers.includes(t)) {
      this.stack.pop();
      return true;
    }
    return false;
  }
  see(text: string, i: number): void {
    const c = text[i]!;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    switch (c) {
      case '"':
        if (isLetter(prev) && isLetter(next)) return; // צה"ל
        // a quotation that goes on into a new sentence opens again without closing: `up. "As`
        if (this.top() === '"' && reopens(text, i)) return;
        // a curly quotation closed by a straight mark, as careless pages have it
        if (!isSpace(prev.charCodeAt(0)) && this.closeIf('“', '„')) return;
        if (!this.closeIf('"')) this.push('"');
        return;
      case '“':
        if (this.top() === '“') return;
        if (!this.closeIf('„')) this.push('“');
        return;
      case '”':
        if (!this.closeIf('“', '„', '”', '"') && this.rightQuoteOpens) this.push('”');
        return;
      case '„':
        this.push('„');
        return;
      case '«':
        if (!this.closeIf('»')) this.push('«');
        return;
      case '»':
        if (!this.closeIf('«')) this.push('»');
        return;
      case '‘':
        if ((isSpace(prev.charCodeAt(0)) || OPENER.has(prev)) && !isDigitChar(next)) this.push('‘');
        return;
      case '’':
        if (!isLetter(next)) this.closeIf('‘');
        return;
      case '(':
      case '（':
      case '「':
      case '『':
        this.push(c);
        return;
      case ')':
        this.closeIf('(');
        return;
      case '）':
        this.closeIf('（');
        return;
      case '」':
        this.closeIf('「');
        return;
      case '』':
        this.closeIf('『');
        return;
      default:
    }
  }
}

/** A unit never spans more sentence ends than this, nor more characters. */
const MAX_JOINED = 5;
const MAX_UNIT = 1200;
const MARKS = /["“”„«»‘’()（）「」『』]/gu;
/**
 * What sentenceSpans joins: a parenthesis that spans sentences ("(ad es. RAM, CPU, etc.) sono…") is
 * one unit. A quotation that spans sentences is not: its sentences stay apart, since a summary's
 * length counts them as the references do, and selection never picks one of them alone (a sentence
 * whose quotation marks do not balance is a fragment to it: core/text/prose.ts).
 */
const PARENTHESES = /[()（）]/gu;

/**
 * `ends` with the ends inside a quotation or parenthesis that closes a few sentences later left out,
 * so that a quotation that spans sentences ("We will rebuild. It will take years," she said.) is one
 * unit. Only a quotation that closes is joined: one still open after MAX_JOINED ends or MAX_UNIT
 * characters, or at the end of the text, keeps its ends (its mark was likely stray, or it goes on in
 * the next paragraph, and joining would not close it).
 */
export const joinOpen = (text: string, ends: readonly number[], rightQuoteOpens: boolean, which: Pattern = MARKS): number[] => {
  if (ends.length < 2) return [...ends];
  const marks: number[] = [];
  for (const m of text.matchAll(regexOf(which))) marks.push(m.index);
  if (marks.length === 0) return [...ends];
  const out: number[] = [];
  const openings = new Openings(rightQuoteOpens);
  let at = 0;
  // the ends held back while a quotation is open, and where the unit they would join starts
  const held: number[] = [];
  let unitStart = 0;
  for (const end of ends) {
    for (; at < marks.length && marks[at]! < end; at++) openings.see(text, marks[at]!);
    if (!openings.open) {
      // the quotation closed: the held ends are inside it
      held.length = 0;
      out.push(end);
      unitStart = end;
      continue;
    }
    held.push(end);
    if (held.length > MAX_JOINED || end - unitStart > MAX_UNIT) {
      out.push(...held);
      held.length = 0;
      unitStart = end;
      openings.clear();
    }
  }
  out.push(...held);
  return out;
};

/** The sentences of `text` as [start, end) offsets: sentence ends, then quotations kept whole. */
export const sentenceSpans = (text: string, rules: BoundaryRules): Array<[number, number]> => {
  // only an opening parenthesis holds ends back: most paragraphs have none, and need no search for marks
  const ends = text.includes('(') || text.includes('（') ? joinOpen(text, sentenceEnds(text, rules), rules.rightQuoteOpens, PARENTHESES) : sentenceEnds(text, rules);
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const end of ends) {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    if (s < end) spans.push([s, end]);
    start = end;
  }
  return spans;
};

const QUOTATION_OR_PARENTHESIS = /["“”„«»(]/u;

/**
 * How many sentences a unit holds: more than one where a quotation or parenthesis that spans
 * sentences was kept whole. A summary of N sentences counts them, not the units (selection reads it).
 */
export const partsOf = (unit: string, rules: BoundaryRules): number =>
  QUOTATION_OR_PARENTHESIS.test(unit) ? Math.max(1, sentenceEnds(unit, rules).length) : 1;
