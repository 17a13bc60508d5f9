// text → clean text: each pass a named string → string function; no tokenizing here.

/** A byte-order mark is an encoding artefact, not text. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** CRLF (Windows) and lone CR (old Mac) line ends become LF. */
export const unifyLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Control characters other than tab and newline carry no text; form feeds and vertical tabs separate lines. */
export const stripControls = (text: string): string =>
  text.replace(/[\v\f\u2028\u2029\u0085]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f\u200b\u200e\u200f\ufeff]/g, '');

/** Non-breaking and other unicode spaces read as plain spaces; tabs too. */
export const foldSpaces = (text: string): string => text.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');

/** Trailing spaces on a line would hide a blank line from the paragraph splitter. */
export const trimLineEnds = (text: string): string => text.replace(/ +$/gm, '');

/** Tags that mark the start or end of a block of text: they become paragraph breaks. */
const BLOCK_TAG = /<\/?(p|div|section|article|header|footer|aside|main|nav|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|td|th|blockquote|pre|figure|figcaption|hr|form|fieldset|title)\b[^>]*>/gi;
/** Elements whose content is never text for a reader. */
const HIDDEN_ELEMENT = /<(script|style|noscript|template|svg|iframe|object|canvas|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!doctype[^>]*>|<!--[\s\S]*?-->/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', euro: '€', pound: '£',
};

/** Text pasted from a web page's source: two or more HTML tags, at least one of them a common one. */
export const looksLikeHtml = (text: string): boolean =>
  /<(html|body|p|div|span|br|script|style|a|h[1-6]|ul|li|article|head|meta|!doctype)\b[^>]*>/i.test(text) &&
  (text.match(/<\/?[a-z][a-z0-9]*\b[^<>]*>/gi)?.length ?? 0) >= 2;

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * HTML pasted as text: scripts, styles and other hidden elements go with their content, block tags
 * become paragraph breaks, other tags vanish, entities are decoded. Plain text passes untouched.
 */
export const stripMarkup = (text: string): string => {
  if (!looksLikeHtml(text)) return text;
  return decodeEntities(
    text
      .replace(HIDDEN_ELEMENT, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK_TAG, '\n\n')
      .replace(ANY_TAG, ''),
  );
};

export const normalize = (text: string): string =>
  trimLineEnds(foldSpaces(stripControls(stripMarkup(unifyLineEnds(stripBom(text))))));
