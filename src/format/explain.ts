// Summary → a table of what each feature contributed to each sentence's score.
import type { PickedSentence, Summary } from '../core/types.js';
import type { Style } from './text.js';

export type ExplainScope = 'picked' | 'all';

const num = (x: number): string => x.toFixed(3);

/** Feature columns in the order they first appear, so every method gets its own. */
const columnsOf = (rows: readonly PickedSentence[]): string[] => [...new Set(rows.flatMap((r) => Object.keys(r.contributions)))];

/** How much the lead prior counted for this article, and from where (after a warm-up, if any). */
const leadLine = (lead: NonNullable<Summary['lead']>): string => {
  const from =
    lead.start === 0
      ? 'from the first sentence'
      : lead.kinds.includes('verdict')
        ? `from sentence ${lead.start}, the verdict`
        : `from sentence ${lead.start}, after a warm-up (${[...new Set(lead.kinds)].join(', ')})`;
  if (lead.weight === 0) return `lead prior: not used for this summary (${from})`;
  const why = lead.reliance === 1 ? '' : ': the lead is less central than a news lead';
  return `lead prior: ${Math.round(lead.reliance * 100)}% for this article, ${from}${why}`;
};

/**
 * One row per sentence (the picked ones, or all with '*' marking the picked): index, score, each
 * feature's contribution, and the sentence, cut to fit `width` when there is one.
 */
export const formatExplain = (summary: Summary, scope: ExplainScope, style: Style, width?: number): string => {
  const picked = new Set(summary.sentences.map((s) => s.index));
  const rows = scope === 'all' ? summary.ranked : summary.sentences;
  if (rows.length === 0) return '';
  const columns = columnsOf(rows);
  const header = ['#', 'score', ...columns];
  const cells = rows.map((r) => [
    `${scope === 'all' && picked.has(r.index) ? '*' : ''}${r.index}`,
    num(r.score),
    ...columns.map((c) => num(r.contributions[c] ?? 0)),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const pad = (row: readonly string[]): string => row.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  const lead = widths.reduce((a, w) => a + w + 2, 0);
  const fit = (text: string): string =>
    width === undefined || lead + text.length <= width ? text : `${text.slice(0, Math.max(10, width - lead - 1))}…`;
  return [
    style.title(`${pad(header)}  sentence`),
    ...cells.map((row, i) => `${pad(row)}  ${fit(rows[i]!.text)}`),
    // below the table, a paragraph of its own
    ...(summary.lead === undefined ? [''] : ['', leadLine(summary.lead), '']),
  ].join('\n');
};
