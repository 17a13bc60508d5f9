// The library surface: the pipeline and its types, nothing of the command line.
export { summarize, DEFAULT_METHOD } from './core/summarize.js';
export { DEFAULT_LENGTH } from './core/shapes.js';
export { METHODS } from './core/score/methods.js';
export { DEFAULT_WEIGHTS } from './core/score/weights.js';
export type {
  Contributions,
  Length,
  Method,
  PickedSentence,
  Summary,
  SummarizeOptions,
  Weights,
} from './core/types.js';
