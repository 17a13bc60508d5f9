// Summary → stable JSON: fixed key order, scores rounded so output does not flicker in the last digits.
import type { Summary } from '../core/types.js';

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export type JsonSummary = {
  readonly title: string | null;
  readonly sentenceCount: number;
  readonly sentences: ReadonlyArray<{ readonly index: number; readonly text: string; readonly score: number }>;
};

export const toJson = (summary: Summary): JsonSummary => ({
  title: summary.title,
  sentenceCount: summary.sentenceCount,
  sentences: summary.sentences.map((s) => ({ index: s.index, text: s.text, score: round(s.score) })),
});

/** One JSON object on one line. */
export const formatJson = (summary: Summary, extra: Readonly<Record<string, unknown>> = {}): string =>
  `${JSON.stringify({ ...extra, ...toJson(summary) })}\n`;
