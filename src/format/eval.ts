// EvalReport → a table for people, or JSON for machines.
import type { EvalReport } from '../eval/evaluate.js';
import type { Style } from './text.js';

const lengthLabel = (report: EvalReport): string =>
  report.length.kind === 'count' ? `${report.length.n} ${report.length.n === 1 ? 'sentence' : 'sentences'}` : "the reference's length";

const methodLabel = (method: string, report: EvalReport, ours: string): string => {
  if (method === 'lead') return report.length.kind === 'count' ? `lead (Lead-${report.length.n})` : 'lead (Lead-k)';
  return method === ours ? `${method} *` : method;
};

export const formatEvalTable = (report: EvalReport, ours: string, style: Style): string => {
  const rows = report.methods.map((m) => [
    methodLabel(m.method, report, ours),
    m.rouge1.toFixed(2),
    m.rouge2.toFixed(2),
    m.rougeL.toFixed(2),
    `${m.dangling.toFixed(1)}%`,
    `${m.danglingReference.toFixed(1)}%`,
  ]);
  const header = ['method', 'ROUGE-1', 'ROUGE-2', 'ROUGE-L', 'dangling', 'by ref.'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    style.dim(`${report.documents} ${report.documents === 1 ? 'document' : 'documents'}, summaries of ${lengthLabel(report)}, ${report.idfSource} IDF`),
    style.dim(
      report.tokens === 'porter'
        ? 'ROUGE F1 x 100; * marks the method asked for;\ndangling: summaries with a sentence that leans on one left out;\nby ref.: by a pronoun or demonstrative ("He…", "This…"), not by "But…"'
        : 'ROUGE F1 x 100 on Unicode word tokens, not stemmed (not English); * marks the\nmethod asked for; dangling: summaries with a sentence that leans on one left out;\nby ref.: by a pronoun or demonstrative ("He…", "This…"), not by "But…"',
    ),
    style.title(line(header)),
    ...rows.map(line),
    '',
  ].join('\n');
};

export const formatEvalJson = (report: EvalReport): string => {
  const round = (x: number): number => Math.round(x * 100) / 100;
  return `${JSON.stringify({
    documents: report.documents,
    n: report.length.kind === 'count' ? report.length.n : 'ref',
    tokens: report.tokens,
    idf: report.idfSource,
    methods: report.methods.map((m) => ({
      method: m.method,
      rouge1: round(m.rouge1),
      rouge2: round(m.rouge2),
      rougeL: round(m.rougeL),
      dangling: round(m.dangling),
      danglingReference: round(m.danglingReference),
    })),
  })}\n`;
};
