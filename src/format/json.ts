// Summary → stable JSON: fixed key order, scores rounded so output does not flicker in the last digits.
import type { Contributions, PickedSentence, Summary } from '../core/types.js';
import type { ExplainScope } from './explain.js';
import { statsOf } from './stats.js';

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

const roundAll = (c: Contributions): Record<string, number> =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, round(v)]));

const sentence = (s: PickedSentence, explain: boolean) => ({
  index: s.index,
  text: s.text,
  score: round(s.score),
  ...(s.start === undefined ? {} : { start: s.start }),
  ...(s.speaker === undefined ? {} : { speaker: s.speaker }),
  ...(explain ? { contributions: roundAll(s.contributions) } : {}),
});

/**
 * The JSON form of a summary: title, sentenceCount and the picked sentences; with `explain`, each
 * sentence's contributions, and with 'all' every sentence under `ranked`, `picked` marking the chosen.
 */
export const toJson = (summary: Summary, explain?: ExplainScope, wpm?: number) => {
  const picked = new Set(summary.sentences.map((s) => s.index));
  return {
    title: summary.title,
    type: summary.type,
    lang: summary.lang,
    ...(summary.subtitle === undefined ? {} : { subtitle: summary.subtitle }),
    sentenceCount: summary.sentenceCount,
    sentences: summary.sentences.map((s) => sentence(s, explain !== undefined)),
    stats: statsOf(summary, wpm),
    ...(summary.keywords.length === 0
      ? {}
      : { keywords: summary.keywords.map((k) => ({ keyword: k.keyword, score: round(k.score) })) }),
    ...(explain === 'all'
      ? { ranked: summary.ranked.map((s) => ({ ...sentence(s, true), picked: picked.has(s.index) })) }
      : {}),
  };
};

/** One JSON object on one line; `extra` keys (such as the path) come first. */
export const formatJson = (
  summary: Summary,
  extra: Readonly<Record<string, unknown>> = {},
  explain?: ExplainScope,
  wpm?: number,
): string => `${JSON.stringify({ ...extra, ...toJson(summary, explain, wpm) })}\n`;
