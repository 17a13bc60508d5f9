// Summary → the whole (cleaned) article, paragraph by paragraph, with the chosen sentences marked:
// for readers who want the summary in its context.
import type { Summary } from '../core/types.js';
import { type Unit, fitLines, spacedAfter, unitsOf } from './text.js';

/** A run of words, marked or not. */
type Run = { readonly text: string; readonly marked: boolean };
/** A unit of wrap's, marked or not. */
type MarkedUnit = Unit & { readonly marked: boolean };

/** A paragraph's runs as units, a run's first spaced from the run before unless that one ends a Chinese or Japanese sentence. */
const unitsOfRuns = (runs: readonly Run[]): MarkedUnit[] =>
  runs.flatMap((r, k) =>
    unitsOf(r.text).map((u, i) => ({ text: u.text, spaced: i === 0 ? k > 0 && spacedAfter(runs[k - 1]!.text) : u.spaced, marked: r.marked })),
  );

/** One line of units: marked units next to each other share one mark, spaces included. */
const renderLine = (line: readonly MarkedUnit[], mark: (s: string) => string): string => {
  let out = '';
  let i = 0;
  while (i < line.length) {
    let text = line[i]!.text;
    let j = i + 1;
    for (; j < line.length && line[j]!.marked === line[i]!.marked; j++) text += (line[j]!.spaced ? ' ' : '') + line[j]!.text;
    out += (i > 0 && line[i]!.spaced ? ' ' : '') + (line[i]!.marked ? mark(text) : text);
    i = j;
  }
  return out;
};

/**
 * Greedy wrap of a paragraph of runs to `width` terminal columns (wrap's: two for a wide character,
 * breaks between words and before a Chinese or Japanese character), measured on the visible text, so
 * that the marks (colour codes, `**`) never count towards a line's width nor split a word.
 */
const wrapRuns = (runs: readonly Run[], width: number, mark: (s: string) => string): string[] =>
  fitLines(unitsOfRuns(runs), width).map((l) => renderLine(l, mark));

/**
 * `mark` wraps a chosen sentence (bold and colour on a terminal, `**…**` elsewhere); `heading`
 * renders the title; with `width`, paragraphs are wrapped to it. Needs `summary.ranked`, every
 * sentence of the article.
 */
export const formatHighlight = (
  summary: Summary,
  mark: (s: string) => string,
  heading: (title: string) => string,
  width?: number,
): string => {
  if (summary.ranked.length === 0) return '';
  const picked = new Set(summary.sentences.map((s) => s.index));
  // blocks in article order: each paragraph's sentences, with the headings and list items before it
  const blocks: Run[][] = [];
  const asides = summary.asides ?? [];
  let nextAside = 0;
  let current = -1;
  for (const s of summary.ranked) {
    if (s.paragraph !== current) {
      while (nextAside < asides.length && asides[nextAside]!.before <= s.paragraph) {
        blocks.push([{ text: asides[nextAside]!.text, marked: false }]);
        nextAside++;
      }
      blocks.push([]);
      current = s.paragraph;
    }
    blocks[blocks.length - 1]!.push({ text: s.text, marked: picked.has(s.index) });
  }
  const render = (runs: readonly Run[]): string =>
    width === undefined ? renderLine(unitsOfRuns(runs), mark) : wrapRuns(runs, width, mark).join('\n');
  const head = summary.title === null ? [] : [heading(summary.title), ''];
  return `${[...head, ...blocks.map(render).flatMap((p, i) => (i === 0 ? [p] : ['', p]))].join('\n')}\n`;
};
