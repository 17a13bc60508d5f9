// HTML in what came as text (pasted from a page's source, or an article about HTML that the reader
// gave as text): tags and entities → plain text, before the core normalizes it. No DOM: one pass.

/** Tags that mark the start or end of a block of text: they become paragraph breaks. */
const BLOCK_TAGS = new Set(
  'p div section article header footer aside main nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table tr td th blockquote pre figure figcaption hr form fieldset title'.split(' '),
);
/** Elements whose content is never text for a reader. */
const HIDDEN_TAGS = new Set('script style noscript template svg iframe object canvas head'.split(' '));
/**
 * One tag at the current position: `<name attributes>`, `</name>`, `<!doctype …>`. Attributes stop
 * at the next `<` or `>`, so a `<` that opens no tag costs one scan to the next `<`, never more.
 */
const TAG_AT = /<(\/?)([a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>|<![a-z][^<>]*>/iy;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', euro: '€', pound: '£',
};
/** Text pasted from a web page's source: two or more HTML tags, at least one of them a common one. */
export const looksLikeHtml = (text: string): boolean =>
  /<(html|body|p|div|span|br|script|style|a|h[1-6]|ul|li|article|head|meta|!doctype)\b[^<>]*>/i.test(text) &&
  (text.match(/<\/?[a-z][a-z0-9]*\b[^<>]*>/gi)?.length ?? 0) >= 2;

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Where `</name>` ends, from `from` on, whatever its case; -1 if it never comes. */
const closingEnd = (text: string, name: string, from: number): number => {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(text);
  return m === null ? -1 : m.index + m[0].length;
};

/**
 * HTML pasted as text: scripts, styles and other hidden elements go with their content, comments
 * go, block tags become paragraph breaks, other tags vanish, entities are decoded. Plain text passes
 * untouched. One pass from left to right, in time linear in the text: an unclosed comment or hidden
 * element hides the rest of the text, as it does in a browser.
 */
export const stripMarkup = (text: string): string => {
  if (!looksLikeHtml(text)) return text;
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      parts.push(text.slice(i));
      break;
    }
    parts.push(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      parts.push(' ');
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    TAG_AT.lastIndex = lt;
    const tag = TAG_AT.exec(text);
    if (tag === null) {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    i = lt + tag[0].length;
    const name = (tag[2] ?? '').toLowerCase();
    if (tag[1] === '' && HIDDEN_TAGS.has(name) && !tag[0].endsWith('/>')) {
      const end = closingEnd(text, name, i);
      parts.push(' ');
      i = end < 0 ? text.length : end;
    } else if (name === 'br') parts.push('\n');
    else if (BLOCK_TAGS.has(name)) parts.push('\n\n');
  }
  return decodeEntities(parts.join(''));
};
