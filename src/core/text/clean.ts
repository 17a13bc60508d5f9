// Clean text → Cleaned: find the headline, drop web boilerplate, and cut the body into paragraphs.
// Works on lines only; sentences are segment.ts's business.
import { ABOUT_HEADING, BOILERPLATE_LINES, DATELINE_PREFIX, END_MATTER_HEADING, GUARDED_LINES, SPONSOR_LABELS, TEASER_MARKERS, UNPUNCTUATED_LINES, WIRE_DATELINE } from './boilerplate.js';
import { anyOf } from './patterns.js';
import { REFERENCE, TERMINAL, WORD, isNotProse, isTabular } from './prose.js';
import type { Aside, Cleaned } from '../types.js';
import { unicode } from './unicode.js';

const OPENS_LOWER = unicode`^\p{Ll}`;

const OPENS_UPPER = unicode`^\p{Lu}`;

const BULLET = /^\s*([-*•·▪–]|\d{1,3}[.)])\s+/u;

/** Lines without sentence punctuation this short are headlines, labels or menu items, not prose. */
const MAX_FRAGMENT_WORDS = 15;
/** A headline longer than this is more likely a sentence that lost its full stop. */
const MAX_TITLE_WORDS = 30;
/** Lines this short that come three or more in a row are a menu or a list of links. */
const MAX_MENU_WORDS = 5;
const MIN_MENU_RUN = 3;
/** In text with no sentence end, a line of fewer words is a label or a menu item, not a note. */
const MIN_NOTE_WORDS = 3;
/**
 * A page with at least this many rows of figures, and more than twice as many of them as paragraphs of
 * prose, is mostly a table: standings, results. A match report of thirteen paragraphs with a box score
 * of fourteen rows is an article.
 */
const MIN_TABLE_ROWS = 5;
const TABLE_ROWS_PER_PARAGRAPH = 2;

const wordsOf = (line: string): string[] => line.match(WORD) ?? [];
/** Runs of whitespace folded to one space; most lines have none, and are only trimmed. */
const fold = (line: string): string => (/\s\s|[^\S ]/.test(line) ? line.replace(/\s+/g, ' ') : line).trim();
const key = (line: string): string => fold(line).toLowerCase().replace(/[\s.:!?…]+$/u, '');

/**
 * Web furniture: a whole line that matches a pattern of boilerplate.ts, or does without its final
 * full stop; each pattern is tried only on lines that open as it does or hold its needle.
 */
const isFurniture = anyOf([...BOILERPLATE_LINES, ...GUARDED_LINES], true);
/** The same for the patterns that hold only without a final full stop. */
const isUnpunctuatedFurniture = anyOf(UNPUNCTUATED_LINES);
const isTeaserMarker = anyOf(TEASER_MARKERS);
const isSponsorLabel = anyOf(SPONSOR_LABELS);

/** Only a line's end can close it: testing the tail alone keeps a line of a million words linear. */
export const isTerminated = (line: string): boolean => TERMINAL.test(line.trimEnd().slice(-32).trim());
/** No boilerplate pattern matches a line this long: longer lines are prose, and need no test. */
const MAX_BOILERPLATE_LENGTH = 320;

/**
 * A whole line (or sentence), whitespace already folded, that is web furniture; a final full stop does
 * not save it.
 */
export const isBoilerplate = (line: string): boolean => {
  if (line.length > MAX_BOILERPLATE_LENGTH) return false;
  return isFurniture(line) || isUnpunctuatedFurniture(line);
};

/** "LONDON (Reuters) - The bank said…", "DETROIT — The bank said…" → "The bank said…" */
export const stripDateline = (paragraph: string): string => {
  const rest = paragraph.replace(DATELINE_PREFIX, '').replace(WIRE_DATELINE, '');
  return rest === '' ? paragraph : rest;
};

/** Prose wrapped at a fixed width: long, mostly lower-case, no sentence end. */
const looksWrapped = (line: string): boolean => {
  const ws = wordsOf(line);
  if (ws.length < 8 || isTerminated(line)) return false;
  const capitalised = ws.filter((w) => OPENS_UPPER.test(w)).length;
  return capitalised / ws.length < 0.5;
};

/**
 * Join hard-wrapped lines back into one line per paragraph. A blank line always ends a paragraph;
 * a single line break ends one unless the text plainly runs on (next line starts in lower case, or the
 * line is wrapped prose) — news sites and the BBC set use single line breaks between paragraphs.
 */
export const splitParagraphs = (text: string): string[] => {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let current: string | null = null;
    // the line before, as written: whether it looks wrapped is a property of one line, and testing the
    // whole paragraph so far at every line cost time quadratic in its length
    let previous = '';
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const runsOn =
        current !== null &&
        !BULLET.test(line) &&
        !isTerminated(previous) &&
        (OPENS_LOWER.test(line) || looksWrapped(previous));
      if (runsOn) current = `${current} ${line}`;
      else {
        if (current !== null) out.push(current);
        current = line;
      }
      previous = line;
    }
    if (current !== null) out.push(current);
  }
  return out.map(fold);
};

/**
 * The number of words in a line, counted up to `cap` + 1 only: the rules below ask whether a line is
 * short, and most lines are prose.
 */
const countWords = (line: string, cap: number): number => {
  WORD.lastIndex = 0;
  let n = 0;
  while (n <= cap && WORD.exec(line) !== null) n++;
  WORD.lastIndex = 0;
  return n;
};

/** What the rules ask of each line, worked out once. */
type Line = { readonly text: string; readonly wordCount: number; readonly terminated: boolean };

const isFragment = (line: Line): boolean => !line.terminated && line.wordCount <= MAX_FRAGMENT_WORDS;

/** Mark every line of a run of very short lines (a menu, a list of links). */
const menuRuns = (lines: readonly Line[]): boolean[] => {
  // filled in place, not made by map(): over map()'s arrays V8 deoptimized this ('wrong map')
  const inRun: boolean[] = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.wordCount <= MAX_MENU_WORDS) j++;
    if (j - i >= MIN_MENU_RUN) for (let k = i; k < j; k++) inRun[k] = true;
    i = Math.max(j, i + 1);
  }
  return inRun;
};

/** Whether a heading "About Orrin Labs" is followed by a line that opens with its name ("Orrin Labs builds…"). */
const opensItsName = (heading: string, next: string | undefined): boolean => {
  const m = ABOUT_HEADING.exec(heading);
  return m !== null && next !== undefined && next.startsWith(`${m[1]!} `);
};

/** A headline has no sentence end; a very short one inside a menu is a menu item instead. */
const isHeadline = (line: Line, inMenu: boolean): boolean =>
  !line.terminated && line.wordCount <= MAX_TITLE_WORDS && (line.wordCount >= 3 || !inMenu);

/**
 * Split an article into its headline and body paragraphs. Boilerplate lines, teaser headlines after
 * "Previous Article" and the like, menus, and label-like fragments are dropped. The first fragment
 * before any prose is taken as the headline, unless the caller knows the title already.
 */
export const clean = (text: string, knownTitle?: string): Cleaned => {
  const lines = splitParagraphs(text).map(
    (line): Line => ({ text: line, wordCount: countWords(line, MAX_TITLE_WORDS), terminated: isTerminated(line) }),
  );
  // notes, a list, a single long line: with no sentence end anywhere, each line of a few words is a
  // candidate (not a headline alone, nor a menu of one-word items)
  if (!lines.some((l) => l.terminated)) {
    const givenTitle = knownTitle === undefined ? null : fold(knownTitle) || null;
    const raw = text
      .split('\n')
      .map(fold)
      .filter((l) => countWords(l, MIN_NOTE_WORDS) >= MIN_NOTE_WORDS && !isBoilerplate(l) && (givenTitle === null || key(l) !== key(givenTitle)));
    const enough = raw.length >= 2 || (raw.length === 1 && countWords(raw[0]!, MAX_TITLE_WORDS) > MAX_FRAGMENT_WORDS);
    if (enough) return { title: givenTitle, paragraphs: raw, asides: [] };
  }
  const menu = menuRuns(lines);
  const givenTitle = knownTitle === undefined ? null : fold(knownTitle) || null;
  let title = givenTitle;
  let seenProse = false;
  let inTeasers = false;
  const paragraphs: string[] = [];
  // headings and list items after the prose has begun; only those followed by more prose are kept:
  // fragments at the end of a page are tags, share lines and related links
  let pending: Aside[] = [];
  const asides: Aside[] = [];

  let rows = 0;
  // a list of references, or a press release's "About …" heading, closes the body: what follows it is
  // the publisher's (about the company, contacts)
  let endMatter = false;
  // lines left out only for not being prose: a text of nothing else is summarized from them
  const onlyNotProse: string[] = [];

  // the line after a sponsor's label is the sponsor's message
  let afterSponsorLabel = false;
  lines.forEach((line, i) => {
    if (afterSponsorLabel) {
      afterSponsorLabel = false;
      return;
    }
    if (isSponsorLabel(line.text)) {
      afterSponsorLabel = true;
      return;
    }
    if (isTeaserMarker(line.text)) {
      inTeasers = true;
      return;
    }
    const fragment = isFragment(line);
    if (inTeasers && fragment) return;
    inTeasers = false;
    if (isBoilerplate(line.text)) return;
    if (givenTitle !== null && key(line.text) === key(givenTitle)) return;
    // table rows, stat lines, captions, calls to action…: kept as asides, never ranked
    const notProse = isNotProse(line.text, seenProse);
    if (notProse && isTabular(line.text)) rows++;
    if (title === null && !seenProse && !notProse && isHeadline(line, menu[i] === true)) {
      title = line.text;
      return;
    }
    if (seenProse && REFERENCE.test(line.text)) endMatter = true;
    // so does a press release's "About Orrin Labs" or "Media contact"
    if (seenProse && fragment && (END_MATTER_HEADING.test(line.text) || opensItsName(line.text, lines[i + 1]?.text))) endMatter = true;
    if (notProse && !fragment && !menu[i] && !endMatter) onlyNotProse.push(line.text);
    if (fragment || menu[i] || notProse || endMatter) {
      if (seenProse) pending.push({ before: paragraphs.length, text: line.text });
      return;
    }
    seenProse = true;
    asides.push(...pending);
    pending = [];
    paragraphs.push(paragraphs.length === 0 ? stripDateline(line.text) : line.text);
  });

  if (paragraphs.length === 0 && onlyNotProse.length > 0) return { title, paragraphs: onlyNotProse, asides: [] };
  if (rows >= MIN_TABLE_ROWS && rows > TABLE_ROWS_PER_PARAGRAPH * paragraphs.length) {
    const prose = `${paragraphs.length} ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} of prose`;
    // the table is the page's own, wherever it stands: its rows stay for --highlight
    const table = pending.filter((a) => isTabular(a.text));
    return { title, paragraphs, asides: [...asides, ...table], notes: [`mostly a table (${rows} lines of figures, ${prose}): only the prose is summarized`] };
  }
  return { title, paragraphs, asides };
};
