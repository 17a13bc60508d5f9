// Summary → the whole (cleaned) article, paragraph by paragraph, with the chosen sentences marked:
// for readers who want the summary in its context.
import type { Summary } from '../core/types.js';

/**
 * `mark` wraps a chosen sentence (bold and colour on a terminal, `**…**` in Markdown); `heading`
 * renders the title. Needs `summary.ranked`, every sentence of the article.
 */
export const formatHighlight = (summary: Summary, mark: (s: string) => string, heading: (title: string) => string): string => {
  if (summary.ranked.length === 0) return '';
  const picked = new Set(summary.sentences.map((s) => s.index));
  const paragraphs: string[][] = [];
  let current = -1;
  for (const s of summary.ranked) {
    if (s.paragraph !== current) {
      paragraphs.push([]);
      current = s.paragraph;
    }
    paragraphs[paragraphs.length - 1]!.push(picked.has(s.index) ? mark(s.text) : s.text);
  }
  const head = summary.title === null ? [] : [heading(summary.title), ''];
  return `${[...head, ...paragraphs.map((p) => p.join(' ')).flatMap((p, i) => (i === 0 ? [p] : ['', p]))].join('\n')}\n`;
};
