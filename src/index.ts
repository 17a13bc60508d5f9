// The library surface: the pipeline and its types, nothing of the command line.
import { summarize as summarizeText } from './core/summarize.js';
import type { Summary, SummarizeOptions } from './core/types.js';
import { stripMarkup } from './extract/markup.js';

/** Summarize an article: its title, if found, and its best sentences in article order. HTML tags in the text are read as a page's source. */
export const summarize = (text: string, options?: SummarizeOptions): Summary => summarizeText(stripMarkup(text), options);
export { DEFAULT_METHOD } from './core/summarize.js';
export { DEFAULT_LENGTH } from './core/shapes.js';
export { METHODS } from './core/score/methods.js';
export { DEFAULT_WEIGHTS } from './core/score/weights.js';
export type {
  Contributions,
  Genre,
  Length,
  Method,
  PickedSentence,
  Summary,
  SummarizeOptions,
  Weights,
} from './core/types.js';
