// text → clean text: each pass a named string → string function; no tokenizing here. HTML in a text
// is not the core's to read: the shell strips it (src/extract/markup.ts) before the text comes here.

/** A byte-order mark is an encoding artefact, not text. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** CRLF (Windows) and lone CR (old Mac) line ends become LF. */
export const unifyLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Control characters other than tab and newline carry no text; form feeds and vertical tabs separate lines. */
export const stripControls = (text: string): string =>
  text.replace(/[\v\f\u2028\u2029\u0085]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');

/** Non-breaking and other unicode spaces read as plain spaces; tabs too. */
export const foldSpaces = (text: string): string => text.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');

/** Whether a space stands right before some `end` in `text`: `end` is rare, a space is not, so `end` is looked for. */
const spaceBefore = (text: string, end: string): boolean => {
  for (let i = text.indexOf(end, 1); i > 0; i = text.indexOf(end, i + 1)) if (text.charCodeAt(i - 1) === 32) return true;
  return false;
};

/**
 * Trailing spaces on a line would hide a blank line from the paragraph splitter. Most texts have none,
 * and are not searched space by space (where the pattern ends a line: the end, \n, \r, U+2028, U+2029).
 */
export const trimLineEnds = (text: string): string =>
  text.endsWith(' ') || spaceBefore(text, '\n') || spaceBefore(text, '\r') || spaceBefore(text, '\u2028') || spaceBefore(text, '\u2029')
    ? text.replace(/ +$/gm, '')
    : text;

export const normalize = (text: string): string =>
  trimLineEnds(foldSpaces(stripControls(unifyLineEnds(stripBom(text)))));
