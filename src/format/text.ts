// Summary → text. The plain form is for pipes; the block form is for people at a terminal.
// Colour arrives as a Style so that this module never decides it.
import { eastAsianWidth } from 'get-east-asian-width';
import type { Summary } from '../core/types.js';
import { statsOf } from './stats.js';

export type Style = {
  readonly heading: (s: string) => string;
  readonly title: (s: string) => string;
  readonly bullet: (s: string) => string;
  readonly dim: (s: string) => string;
  /** A chosen sentence inside the whole article (--highlight). */
  readonly mark: (s: string) => string;
  /** Whether this style shows anything at all. */
  readonly colored: boolean;
};

const unstyled = (s: string): string => s;
export const PLAIN_STYLE: Style = { heading: unstyled, title: unstyled, bullet: unstyled, dim: unstyled, mark: unstyled, colored: false };

export const HEADING = 'No time to read?';

/** The keywords, as written, comma-separated. */
export const keywordList = (summary: Summary): string => summary.keywords.map((k) => k.keyword).join(', ');

/** The keywords line, when there are keywords. */
export const keywordsLine = (summary: Summary, style: Style): string[] =>
  summary.keywords.length === 0 ? [] : ['', style.dim(`Keywords: ${keywordList(summary)}`)];

/**
 * Sentences run together as one paragraph: a space between two, but none after a Chinese or Japanese
 * full stop, as those languages are written.
 */
export const asParagraph = (texts: readonly string[]): string =>
  texts.reduce((out, t) => (out === '' ? t : spacedAfter(out) ? `${out} ${t}` : out + t), '');

/** Whether a sentence that ends as `text` does is followed by a space: not after a Chinese or Japanese full stop. */
export const spacedAfter = (text: string): boolean => !/[。！？」』）]$/u.test(text);

/** A tl;dr and a headline are read as one paragraph; key points and a teaser as a list. */
export const isParagraph = (summary: Summary): boolean => summary.type === 'tldr' || summary.type === 'headline';

/** The footer's parts, as many to a line as fit in `width` columns: a narrow terminal gets two or three lines. */
const footerLines = (text: string, width: number): string[] => {
  const lines: string[] = [];
  for (const part of text.split(' · ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && columns(`${last} · ${part}`) <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines;
};

/** "about 3 min saved", "about 40 s saved". */
const saved = (seconds: number): string => (seconds < 60 ? `about ${seconds} s saved` : `about ${Math.round(seconds / 60)} min saved`);

/** The footer: "3 of 28 sentences · 71 of 812 words · about 3 min saved". */
export const footer = (summary: Summary, wpm?: number): string => {
  const st = statsOf(summary, wpm);
  return `${summary.sentences.length} of ${summary.sentenceCount} sentences · ${st.summaryWords} of ${st.words} words · ${saved(st.readingSeconds - st.summaryReadingSeconds)}`;
};

/**
 * One chosen sentence per line (a tl;dr or a headline: on one line), verbatim, nothing else: the form shell scripts consume. Keywords,
 * when asked for, follow after a blank line.
 */
export const formatPlain = (summary: Summary, style: Style = PLAIN_STYLE): string =>
  (isParagraph(summary) ? (summary.sentences.length === 0 ? '' : `${asParagraph(summary.sentences.map((s) => s.text))}\n`) : summary.sentences.map((s) => `${s.text}\n`).join('')) +
  keywordsLine(summary, style)
    .map((l) => `${l}\n`)
    .join('');

/**
 * Greedy wrap to `width` terminal columns (a Chinese, Japanese or Korean character takes two): lines
 * break between words and before a Chinese or Japanese character; a word longer than the width stands
 * on its own line.
 */
export const wrap = (text: string, width: number): string[] =>
  fitLines(unitsOf(text), width).map((line) => line.map((u, i) => (i > 0 && u.spaced ? ` ${u.text}` : u.text)).join(''));

/** A piece of text a line may break before, and whether a space comes before it. */
export type Unit = { readonly text: string; readonly spaced: boolean };

/** Units greedily into lines of at most `width` columns; a unit wider than that stands alone. */
export const fitLines = <U extends Unit>(units: readonly U[], width: number): U[][] => {
  const lines: U[][] = [];
  let line: U[] = [];
  let used = 0;
  for (const unit of units) {
    const cols = columns(unit.text);
    if (line.length > 0 && used + (unit.spaced ? 1 : 0) + cols > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 && unit.spaced ? 1 : 0) + cols;
    line.push(unit);
  }
  if (line.length > 0) lines.push(line);
  return lines;
};

/** Columns a string takes on a terminal: two for a wide (Chinese, Japanese, Korean) character. */
export const columns = (text: string): number => {
  let n = 0;
  for (const ch of text) n += eastAsianWidth(ch.codePointAt(0)!);
  return n;
};

/**
 * Chinese and Japanese, written without spaces: a line may break before any of their characters (so
 * never before the punctuation that follows one, which is of no script of its own).
 */
const BREAKABLE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const BEFORE_BREAKABLE = /(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/u;
const OPENING = /[「『（【〔〈《“‘]$/u;

/** Where a line may break: between words, and before a Chinese or Japanese character. */
export const unitsOf = (text: string): Unit[] => {
  const units: Unit[] = [];
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (!BREAKABLE.test(word)) {
      units.push({ text: word, spaced: true });
      continue;
    }
    word.split(BEFORE_BREAKABLE).forEach((part, i) => {
      const last = units[units.length - 1];
      // an opening bracket or quote stays with what it opens
      if (i > 0 && last !== undefined && OPENING.test(last.text)) units[units.length - 1] = { ...last, text: last.text + part };
      else units.push({ text: part, spaced: i === 0 });
    });
  }
  return units;
};

const BULLET = '•';

/** Seconds as a caption time: 75 → "01:15", 3725 → "1:02:05". */
export const clock = (seconds: number): string => {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = String(Math.floor((whole % 3600) / 60)).padStart(2, '0');
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
};

/**
 * The "No time to read?" block: heading, title, then the sentences as a wrapped bulleted list (a
 * tl;dr or a headline as a paragraph), and what it saves.
 */
export const formatBlock = (summary: Summary, style: Style, width: number, wpm?: number): string => {
  if (summary.sentences.length === 0) return '';
  const textWidth = Math.max(20, width - 4);
  const head = [
    style.heading(HEADING),
    ...(summary.title === null ? [] : [style.title(summary.title)]),
    ...(summary.subtitle === undefined ? [] : wrap(summary.subtitle, width).map((l) => style.dim(l))),
    '',
  ];
  const items = isParagraph(summary)
    ? wrap(asParagraph(summary.sentences.map((s) => s.text)), width - 2).map((line) => `  ${line}`)
    : summary.sentences.flatMap((s) =>
        wrap(s.start === undefined ? s.text : `${style.dim(`[${clock(s.start)}]`)} ${s.text}`, textWidth).map((line, i) =>
          i === 0 ? `  ${style.bullet(BULLET)} ${line}` : `    ${line}`,
        ),
      );
  const count = footerLines(footer(summary, wpm), width - 2).map((line) => style.dim(`  ${line}`));
  const keywords = keywordsLine(summary, style).map((l) => (l === '' ? l : `  ${l}`));
  return [...head, ...items, ...keywords, '', ...count, ''].join('\n');
};

/** The header before each file's summary when there are several, as head(1) and tail(1) print it. */
export const fileHeader = (name: string, style: Style = PLAIN_STYLE): string => `${style.title(`==> ${name} <==`)}\n`;
