// The library surface: the pipeline and its types, nothing of the command line.
export { summarize, DEFAULT_LENGTH } from './core/summarize.js';
export { DEFAULT_WEIGHTS } from './core/weights.js';
export type { Features, Length, PickedSentence, Summary, SummarizeOptions, Weights } from './core/types.js';
