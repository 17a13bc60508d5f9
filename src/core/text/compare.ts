// Whether two texts say the same words: case, punctuation and spacing aside, in any script (a title
// repeated as a heading or as the first sentence, with its own capitals and punctuation).
import { unicode } from './unicode.js';

/** Anything that is not a letter, a mark or a digit: `\W` would count every Cyrillic or Greek letter here. */
const NOT_WORD = unicode.g`[^\p{L}\p{M}\p{N}]+`;

/** A text's words, lower-cased, one space apart: what sameWords compares, a key for a text. */
export const wordKey = (text: string): string => text.toLowerCase().replace(NOT_WORD, ' ').trim();

export const sameWords = (a: string, b: string): boolean => wordKey(a) === wordKey(b);
