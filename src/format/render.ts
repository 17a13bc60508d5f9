// Summary → the text printed for it, in the form the user asked for: JSON, Markdown, the whole
// article highlighted, the terminal's block or the pipe's plain lines, with the explanation table.
import type { Summary } from '../core/types.js';
import { type ExplainScope, formatExplain } from './explain.js';
import { formatHighlight } from './highlight.js';
import { formatJson } from './json.js';
import { formatMarkdown, markdownKeywords } from './markdown.js';
import { type Style, formatBlock, formatPlain, keywordsLine } from './text.js';

export type RenderOptions = {
  readonly form: 'text' | 'markdown' | 'json';
  readonly highlight: boolean;
  readonly explain: ExplainScope | undefined;
  /** Colour, or none (PLAIN_STYLE). */
  readonly style: Style;
  /** The terminal's width when stdout is one: the block form, wrapped; undefined for plain lines. */
  readonly width: number | undefined;
  /** Reading speed for the time saved (default DEFAULTS.wpm). */
  readonly wpm?: number;
};

const bold = (s: string): string => `**${s}**`;

const lines = (ls: readonly string[]): string => ls.map((l) => `${l}\n`).join('');

/** The summary as text; `extra` keys (a path) go first in JSON. */
export const renderSummary = (summary: Summary, o: RenderOptions, extra: Readonly<Record<string, unknown>> = {}): string => {
  if (o.form === 'json') return formatJson(summary, extra, o.explain, o.wpm);
  if (o.form === 'markdown') {
    return o.highlight ? formatHighlight(summary, bold, (t) => `## ${t}`) + lines(markdownKeywords(summary)) : formatMarkdown(summary);
  }
  const body = o.highlight
    ? formatHighlight(summary, o.style.colored ? o.style.mark : bold, o.style.title, o.width) + lines(keywordsLine(summary, o.style))
    : o.width === undefined
      ? formatPlain(summary, o.style)
      : formatBlock(summary, o.style, o.width, o.wpm);
  const why = o.explain === undefined || summary.sentenceCount === 0 ? '' : `\n${formatExplain(summary, o.explain, o.style, o.width)}`;
  return body + why;
};
