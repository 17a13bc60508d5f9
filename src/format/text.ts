// Summary → text. The plain form is for pipes; the block form is for people at a terminal.
// Colour arrives as a Style so that this module never decides it.
import type { Summary } from '../core/types.js';
import { statsOf } from './json.js';

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

const same = (s: string): string => s;
export const PLAIN_STYLE: Style = { heading: same, title: same, bullet: same, dim: same, mark: same, colored: false };

export const HEADING = 'No time to read?';

/** The keywords, as written, comma-separated. */
export const keywordList = (summary: Summary): string => summary.keywords.map((k) => k.keyword).join(', ');

/** The keywords line, when there are keywords. */
export const keywordsLine = (summary: Summary, style: Style): string[] =>
  summary.keywords.length === 0 ? [] : ['', style.dim(`Keywords: ${keywordList(summary)}`)];

/** A tl;dr and a headline are read as one paragraph; key points and a teaser as a list. */
export const isParagraph = (summary: Summary): boolean => summary.type === 'tldr' || summary.type === 'headline';

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
  (isParagraph(summary) ? (summary.sentences.length === 0 ? '' : `${summary.sentences.map((s) => s.text).join(' ')}\n`) : summary.sentences.map((s) => `${s.text}\n`).join('')) +
  keywordsLine(summary, style)
    .map((l) => `${l}\n`)
    .join('');

/** Greedy word wrap; a word longer than the width stands on its own line. */
export const wrap = (text: string, width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
};

const BULLET = '•';

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
    ? wrap(summary.sentences.map((s) => s.text).join(' '), width - 2).map((line) => `  ${line}`)
    : summary.sentences.flatMap((s) => wrap(s.text, textWidth).map((line, i) => (i === 0 ? `  ${style.bullet(BULLET)} ${line}` : `    ${line}`)));
  const count = style.dim(`  ${footer(summary, wpm)}`);
  const keywords = keywordsLine(summary, style).map((l) => (l === '' ? l : `  ${l}`));
  return [...head, ...items, ...keywords, '', count, ''].join('\n');
};

/** The header before each file's summary when there are several, as head(1) and tail(1) print it. */
export const fileHeader = (name: string, style: Style = PLAIN_STYLE): string => `${style.title(`==> ${name} <==`)}\n`;
