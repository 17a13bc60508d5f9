// Summary → the whole (cleaned) article, paragraph by paragraph, with the chosen sentences marked:
// for readers who want the summary in its context.
import type { Summary } from '../core/types.js';

/** A run of words, marked or not. */
type Run = { readonly text: string; readonly marked: boolean };

/**
 * Greedy word wrap of a paragraph of runs to `width` columns, measured on the visible text, so that
 * the marks (colour codes, `**`) never count towards a line's width nor split a word.
 */
const wrapRuns = (runs: readonly Run[], width: number, mark: (s: string) => string): string[] => {
  const words = runs.flatMap((r) => r.text.split(' ').filter((w) => w !== '').map((w) => ({ w, marked: r.marked })));
  const lines: Array<typeof words> = [];
  let line: typeof words = [];
  let length = 0;
  for (const word of words) {
    if (line.length > 0 && length + 1 + word.w.length > width) {
      lines.push(line);
      line = [];
      length = 0;
    }
    length += (line.length > 0 ? 1 : 0) + word.w.length;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  // marked words next to each other share one mark, spaces included
  return lines.map((l) => {
    const out: string[] = [];
    let i = 0;
    while (i < l.length) {
      let j = i;
      while (j < l.length && l[j]!.marked === l[i]!.marked) j++;
      const text = l.slice(i, j).map((x) => x.w).join(' ');
      out.push(l[i]!.marked ? mark(text) : text);
      i = j;
    }
    return out.join(' ');
  });
};

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
    width === undefined ? runs.map((r) => (r.marked ? mark(r.text) : r.text)).join(' ') : wrapRuns(runs, width, mark).join('\n');
  const head = summary.title === null ? [] : [heading(summary.title), ''];
  return `${[...head, ...blocks.map(render).flatMap((p, i) => (i === 0 ? [p] : ['', p]))].join('\n')}\n`;
};
