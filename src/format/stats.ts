// What a summary saves its reader: words and reading time, of the article and of the summary. Shown
// in the terminal's footer and in JSON's `stats`.
import type { Summary } from '../core/types.js';
import { DEFAULTS } from '../defaults.js';

/** Seconds to read `wordCount` words at `wpm` words a minute. */
const readingSeconds = (wordCount: number, wpm: number): number => Math.round((wordCount * 60) / wpm);

/** What the summary saves the reader: words and reading time, of the article and of the summary. */
export const statsOf = (summary: Summary, wpm: number = DEFAULTS.wpm) => {
  const summaryWords = summary.sentences.reduce((n, s) => n + s.words, 0);
  return {
    words: summary.wordCount,
    summaryWords,
    /** The share of the words left out, 0..1. */
    reduction: summary.wordCount === 0 ? 0 : Math.round((1000 * (summary.wordCount - summaryWords)) / summary.wordCount) / 1000,
    readingSeconds: readingSeconds(summary.wordCount, wpm),
    summaryReadingSeconds: readingSeconds(summaryWords, wpm),
  };
};
