// HTML → the article's title and text: the only module that knows linkedom and Readability. Page
// furniture (navigation, ads, teasers, related stories, comments, share and subscribe boxes) is cut
// from the DOM first, then Mozilla's Readability finds the article body among what is left.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { sameWords, wordKey } from '../core/text/compare.js';
import { stripMarkup } from './markup.js';
import { isCaption, isCutOff } from '../core/text/prose.js';
import { InputError } from '../errors.js';
import type { Extracted } from './extracted.js';
import { genreOf } from './genre.js';

/**
 * Elements that are never part of an article's text, removed before Readability looks: by what they
 * are, never by what their class says (a class word such as "sidebar" or "paywall" named the
 * article's own container on one page in seven). Figures go whole, with their captions and credits.
 */
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, figure, figcaption, picture, aside, nav, footer, button, select, dialog';

/**
 * Inside the article Readability found, parts that are not its prose, by whole class or id words
 * (`caption`, not `captionless-wrapper`): captions and credits, bylines and datelines, share bars,
 * tag lists, "related" boxes, newsletter boxes. Only short elements go, so that no word can take the
 * body with it.
 */
const PART_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'photo-credit', 'byline', 'bylines', 'author', 'authors', 'dateline', 'timestamp', 'date',
  'share', 'sharing', 'social', 'tags', 'tag-list', 'related', 'recommended', 'newsletter', 'subscribe', 'promo', 'ad', 'ads', 'advert',
  'advertisement', 'sponsored', 'comments', 'disclaimer', 'copyright', 'breadcrumb', 'breadcrumbs', 'toolbar', 'kicker', 'eyebrow',
  'dek', 'standfirst', 'subhead', 'subheadline', 'subtitle', 'summary', 'description', 'desc', 'excerpt', 'teaser', 'strapline', 'disclosure', 'affiliate',
  // the standfirst in French (chapô), Spanish (entradilla), German (Vorspann) and Italian (sommario,
  // under the kicker: occhiello); a review's strap; an intro
  'chapo', 'chapeau', 'entradilla', 'vorspann', 'sommario', 'occhiello', 'strap', 'intro',
  // the subtitle, by its name in Spanish, Italian, German and French; Spanish sumario, bajada
  'subtitulo', 'sottotitolo', 'untertitel', 'soustitre', 'sous-titre', 'sumario', 'bajada',
  // notes boxed beside the text: admonitions, callouts, a docs page's notice
  'admonition', 'callout', 'pageinfo',
  // a forum post's signature, under every post of its writer
  'signature', 'postsig',
  // a writer's bio, a box asking for money, a count of comments (German, French, Spanish, Italian)
  'bio', 'bios', 'authorbio', 'author-bio', 'donate', 'donation', 'donations', 'membership', 'kommentare', 'commentaires', 'comentarios', 'commenti',
  // boxes that repeat the body's own sentences: highlights, key points, pull quotes
  'highlights', 'keypoints', 'key-points', 'takeaways', 'pullquote', 'pull-quote', 'pullout',
]);
/** A dek is a sentence or two, or three short ones: a box named so with this many sentences and words is a paragraph of the body. */
const MIN_PROSE_SENTENCES = 3;
const MIN_PROSE_WORDS = 50;
/** Sentence ends in a text, roughly: a full stop, question or exclamation mark before a space and a capital, or at the end. */
// (after a word of three lower-case letters, a digit or a closing mark: not "U.S.", "Gen." or "Mr.")
const sentenceEnds = (text: string): number => (text.trim().match(/(?<=\p{Ll}{3}|\d|["'’”)])[.!?]["'’”)]*(?=\s+["'‘“(]?\p{Lu}|$)/gu) ?? []).length;
/** An element with more text than this is not a caption, a byline or a box: it stays. */
const MAX_PART_CHARS = 400;

/** What this module needs of a DOM element (the project has no DOM types: it runs on Node). */
type El = {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
};

/** An element with its place in the tree, for walks up and down. */
type TreeEl = El & {
  readonly parentElement: TreeEl | null;
  readonly firstElementChild: TreeEl | null;
  readonly nextElementSibling: TreeEl | null;
  replaceWith(node: TreeEl): void;
  closest(selector: string): TreeEl | null;
  querySelectorAll(selector: string): ArrayLike<TreeEl>;
};

/**
 * Words of an element's class, id and naming attributes (`data-component="standfirst"`,
 * `itemprop="description"`), whole and split at `-` and `_` (`article__standfirst` → standfirst), and
 * each two neighbours of them joined (`c-pull-quote` → pull-quote, pullquote).
 */
const NAMING = ['class', 'id', 'data-component', 'data-link-name', 'itemprop', 'data-testid'];
const classWords = (el: El): string[] => {
  const names = NAMING.map((a) => el.getAttribute(a) ?? '').join(' ');
  const words = (text: string): string[] =>
    text
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((token) => {
        const parts = token.split(/[-_]+/);
        const pairs = parts.length < 2 ? [] : parts.slice(1).flatMap((p, i) => [`${parts[i]}-${p}`, `${parts[i]}${p}`]);
        return [token, ...parts, ...pairs];
      });
  // camelCase words apart (imageCaption → image-caption), and whole (ArticlePage-subHeadline → subheadline)
  const apart = names.replace(/([a-z0-9])([A-Z])/g, '$1-$2');
  return apart === names ? words(names) : [...words(apart), ...words(names)];
};

const wordCount = (s: string | null): number => (s ?? '').split(/\s+/).filter(Boolean).length;

/** Parts that are never prose, whatever their size: hover cards and screen-reader copies. */
const NEVER_PROSE = new Set(['rollover', 'tooltip', 'popover', 'hovercard', 'sr-only', 'visually-hidden', 'screen-reader-text']);
const HOVER_WORDS = new Set(['rollover', 'tooltip', 'popover', 'hovercard']);

/**
 * The words a hover card hangs from are the article's own ("threatened to kill Rep. <a>Ilhan Omar</a>
 * (D-Minn.)"): a link named for the card, or one that opens the card's wrapper, stays; the card goes.
 */
const hoverTrigger = (el: TreeEl): TreeEl | undefined => {
  if (!classWords(el).some((w) => HOVER_WORDS.has(w))) return undefined;
  if (el.tagName === 'A') return el;
  const first = el.firstElementChild;
  return first !== null && first.tagName === 'A' && fold(el.textContent).startsWith(fold(first.textContent)) ? first : undefined;
};

/** Class words of a dek: the standfirst under the headline. */
const DEK_WORDS = new Set(['dek', 'standfirst', 'subhead', 'subheadline', 'subtitle', 'strapline', 'strap', 'intro', 'summary', 'description', 'desc', 'excerpt', 'chapo', 'chapeau', 'entradilla', 'vorspann', 'sommario', 'subtitulo', 'sottotitolo', 'untertitel', 'soustitre', 'sous-titre', 'sumario', 'bajada']);
/**
 * Text that is no dek, wherever it stands: a photo's credit ("Image Source: …"), a caption, or the
 * site's own furniture ("… Skip to content", "English Edition… Print Edition").
 */
const NOT_A_DEK = /\bskip to (?:main )?content\b|print edition|^(?:image|photo|picture) (?:source|credit)s?\s*:|^(?:photo|image|credit)s?\s*:/iu;
const mayBeDek = (text: string): boolean => wordCount(text) >= 5 && !isCutOff(text) && !NOT_A_DEK.test(text) && !isCaption(text);
const isDek = (el: El): boolean => classWords(el).some((w) => DEK_WORDS.has(w)) && mayBeDek(fold(el.textContent));

/**
 * A paragraph named like a dek that is the body's lede: the text schema.org's `speakable` marks for
 * reading aloud (`<p id="speakable-summary">` as the first of the body's paragraphs). A paragraph named
 * `summary` that merely comes before the body's paragraphs may be a standfirst all the same.
 */
const LEDE_AFTER_PICTURE = 'data-summarize-lede';
const isLede = (el: El): boolean => classWords(el).includes('speakable') || el.getAttribute(LEDE_AFTER_PICTURE) !== null;

/**
 * A paragraph named like a dek (`summary`, `intro`) set after the article's lead picture, right before
 * the body's text: the body's first paragraph in bold, as some newsrooms set their lede (the body then
 * goes on from it: "In addition to the three fatalities…"), not a standfirst, which stands between the
 * headline and the picture. Marked before the pictures go.
 */
const markLedeAfterPicture = (document: { querySelectorAll(selector: string): ArrayLike<unknown> }): void => {
  type Sibling = TreeEl & { readonly previousElementSibling: Sibling | null; setAttribute(name: string, value: string): void };
  for (const el of Array.from(document.querySelectorAll('[class]')) as Sibling[]) {
    if (!isDek(el)) continue;
    const before = el.previousElementSibling;
    const after = el.nextElementSibling as Sibling | null;
    if (before === null || after === null) continue;
    const picture = ['FIGURE', 'PICTURE', 'IMG', 'VIDEO'].includes(before.tagName) || before.querySelectorAll('picture, img, video, figure').length > 0;
    // the body's paragraphs after it: in a wrapper of their own, or as its siblings
    let siblings = 0;
    for (let p: Sibling | null = after; p !== null && siblings < 2 && p.tagName === 'P'; p = p.nextElementSibling as Sibling | null) siblings++;
    const body = after.querySelectorAll('p').length >= 2 || siblings >= 2;
    if (picture && wordCount(before.textContent) < wordCount(el.textContent) && body && /[.!?]["'’”]?$/u.test(fold(el.textContent))) el.setAttribute(LEDE_AFTER_PICTURE, '');
  }
};
const fold = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Whether an element inside the article is one of its non-prose parts. */
const isPart = (el: El): boolean => {
  const classes = classWords(el);
  if (classes.some((w) => NEVER_PROSE.has(w)) || el.getAttribute('hidden') !== null) return true;
  const size = (el.textContent ?? '').length;
  // a box named only as a dek ("table-intro") that holds a paragraph of three sentences or more, and
  // fifty words, is prose, not a standfirst: on a page that is mostly a table, the only prose it has
  if (classes.some((w) => DEK_WORDS.has(w)) && !classes.some((w) => PART_WORDS.has(w) && !DEK_WORDS.has(w)) && sentenceEnds(el.textContent ?? '') >= MIN_PROSE_SENTENCES && wordCount(el.textContent ?? '') >= MIN_PROSE_WORDS) return false;
  // a caption can be long, but is never the body
  if (classes.some((w) => w === 'caption' || w === 'credit' || w === 'figcaption') && size <= 2000) return true;
  return (classes.some((w) => PART_WORDS.has(w)) || el.getAttribute('aria-hidden') === 'true') && size <= MAX_PART_CHARS;
};

/** What the article's own blocks need of a DOM element. */
type Block = El & { readonly children: ArrayLike<Block>; querySelectorAll(selector: string): ArrayLike<Block> };

const all = (el: Block, selector: string): Block[] => Array.from(el.querySelectorAll(selector));
const textLength = (els: readonly Block[]): number => els.reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);

/**
 * Removes the blocks of the article that are not its prose, by structure: the page's own header
 * inside the article (headline, dek, byline, date), the headline itself, a short paragraph that is
 * all link (a "related" headline), and a note wholly in italics that opens or closes the article (an
 * affiliate disclosure, "Welcome to our daily deals…"). Returns the dek, if the page's header or
 * leading headings held one.
 */
const removeNonProse = (body: Block, title: string | null): string | undefined => {
  let dek: string | undefined;
  const take = (el: Block): void => {
    const text = fold(el.textContent);
    // a dek cut off mid-phrase ("…that took the whole night to…") is no subtitle
    if (dek === undefined && mayBeDek(text) && (title === null || !sameWords(text, title)) && el.tagName !== 'P') dek = text;
  };
  for (const header of all(body, 'header')) for (const h of all(header, 'h2, h3, h4')) take(h);
  for (const el of all(body, 'header, h1')) if ((el.textContent ?? '').length <= 1500) el.remove();
  // Readability turns the headline's <h1> into an <h2>
  if (title !== null) for (const el of all(body, 'h2, h3')) if (sameWords(el.textContent ?? '', title)) el.remove();
  // headings before the first paragraph of prose are the page's headline and dek, not the body's
  for (const el of all(body, 'h2, h3, h4, p')) {
    if (el.tagName === 'P' && wordCount(el.textContent) >= 12) break;
    if (el.tagName !== 'P') {
      take(el);
      el.remove();
    }
  }
  for (const el of all(body, 'p, li')) {
    const text = (el.textContent ?? '').trim();
    if (text !== '' && wordCount(text) <= 20 && textLength(all(el, 'a')) >= 0.9 * text.length) el.remove();
  }
  const leaves = all(body, 'p, section, div').filter((el) => wordCount(el.textContent) > 0 && el.querySelectorAll('p, section, div').length === 0);
  for (const el of [...leaves.slice(0, 2), ...leaves.slice(-2)]) {
    const text = (el.textContent ?? '').trim();
    if (wordCount(text) <= 60 && textLength(all(el, 'em, i')) >= 0.9 * text.length) el.remove();
  }
  return dek;
};

/**
 * The HTML reader's budget. Its parser takes time quadratic in the nesting depth (100,000 nested
 * `<div>`s: 2.6 s to parse, then 100 s in Readability), while real pages nest a few dozen deep (at
 * most 51 on the 60 pages of web-dev).
 */
export const MAX_DEPTH = 500;
/** Elements that are always closed, so that counting them gives the nesting depth of any page. */
const CONTAINERS = new Set('div section article main aside header footer nav span table tbody ul ol blockquote form figure a b i em strong font center'.split(' '));
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;

/** How deep containers nest in a page, by one scan of its tags, stopping once past `limit`. */
export const nestingDepth = (html: string, limit = MAX_DEPTH): number => {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null && max <= limit; m = TAG.exec(html)) {
    if (!CONTAINERS.has(m[2]!.toLowerCase()) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    max = Math.max(max, depth);
  }
  return max;
};

/**
 * The article in an HTML page. Falls back to the page's whole text, tags stripped, when Readability
 * finds no article or cannot read the page at all. A page nested deeper than MAX_DEPTH is refused.
 */
export const extractHtml = (html: string, name = 'page'): Extracted => {
  if (nestingDepth(html) > MAX_DEPTH) {
    throw new InputError(
      `${name}: HTML nested more than ${MAX_DEPTH} elements deep, past what the page reader takes (--input text reads its text without it)`,
      'EDEPTH',
    );
  }
  try {
    return parsePage(html);
  } catch {
    return { title: null, text: stripMarkup(html) };
  }
};

/** A DOM node as far as text is concerned. */
type TextNode = { readonly nodeType: number; readonly nodeName: string; readonly textContent: string | null; readonly childNodes: ArrayLike<TextNode> };

const BLOCKS = new Set(
  'P DIV SECTION ARTICLE HEADER MAIN H1 H2 H3 H4 H5 H6 UL OL LI DL DT DD TABLE TR TD TH BLOCKQUOTE PRE HR FORM FIELDSET TITLE ADDRESS'.split(' '),
);

/**
 * The text of a DOM tree, blocks separated by blank lines and `<br>` by a line break. Read from the
 * tree itself, never from serialized HTML: an attribute that holds escaped markup (`innerhtml="&lt;p…"`)
 * must stay an attribute. Iterative, so that no nesting exhausts the stack.
 */
const treeText = (root: TextNode): string => {
  const parts: string[] = [];
  const stack: Array<TextNode | 'end'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end') {
      parts.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeName === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) {
      parts.push('\n\n');
      stack.push('end');
    }
    // read once: linkedom builds the list anew on every read (and a run of entities is one text node each)
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
};

/** How far above an image link a teaser card's own box may be. */
const CARD_LEVELS = 3;

/**
 * Teaser cards for other pages ("most popular", "related"): a small box whose image and headline
 * both link to the same page. Found from each image link upwards, so the cost is linear in the page.
 */
const removeTeaserCards = (document: { querySelectorAll: (s: string) => ArrayLike<unknown> }): void => {
  for (const img of Array.from(document.querySelectorAll('a[href] img')) as TreeEl[]) {
    const link = img.closest('a[href]');
    if (link === null || fold(link.textContent) !== '') continue;
    const href = link.getAttribute('href');
    let box = link.parentElement;
    for (let level = 0; box !== null && level < CARD_LEVELS; level++, box = box.parentElement) {
      if (box.tagName === 'BODY' || (box.textContent ?? '').length > MAX_PART_CHARS) break;
      const headline = Array.from(box.querySelectorAll('a[href]')).some((a) => a !== link && a.getAttribute('href') === href && fold(a.textContent) !== '');
      if (headline) {
        box.remove();
        break;
      }
    }
  }
};

/** A picture's own box holds at most this much text: its caption and credit. */
const MAX_PICTURE_BOX_CHARS = 300;
/** Boxes a picture is set in with its caption: blocks and an old page's table, never a line's own tags. */
const PICTURE_BOX = new Set(['DIV', 'TD', 'TABLE', 'TBODY', 'CENTER', 'DL', 'DD']);
/** An icon, an emoji, a spacer or a logo, by its address, class or text: no picture with a caption. */
const ICON = /emoji|icon|spacer|pixel|1x1|blank\.gif|smiley|avatar|logo|badge/i;
/** A picture whose width or height is set below this is an icon. */
const MIN_PICTURE_SIDE = 60;

type Node = TextNode & { readonly parentNode?: Node | null };

/**
 * Whether `el` holds more than `limit` characters of text (non-space ones when `limit` is 0), and
 * whether any comes before `stop`: read in document order only as far as the answer, so that asking it
 * of each picture's boxes stays linear in the page.
 */
const textIn = (el: Node, limit: number, stop?: Node): { over: boolean; before: boolean } => {
  let count = 0;
  let before = false;
  let seenStop = stop === undefined;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === stop) seenStop = true;
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      const chars = limit === 0 ? text.trim().length : text.length;
      count += chars;
      if (!seenStop && text.trim() !== '') before = true;
      if (count > limit) return { over: true, before };
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { over: false, before };
};

/**
 * Pictures set in boxes of their own without a figure (an old page's `<table class="photobox">`, a
 * `<div>` of an image and a line): the nearest block above a picture that holds any text, when that
 * is a few words after the picture and no paragraph or heading, is the picture's caption and credit.
 * Not an icon or an emoji, nor a picture inside a line (text before it in its box).
 */
const removePictureBoxes = (document: { querySelectorAll: (s: string) => ArrayLike<unknown> }): void => {
  for (const img of Array.from(document.querySelectorAll('img')) as TreeEl[]) {
    const named = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''}`;
    const side = Math.min(Number(img.getAttribute('width') ?? Infinity), Number(img.getAttribute('height') ?? Infinity));
    if (ICON.test(named) || side < MIN_PICTURE_SIDE) continue;
    let box = img.parentElement;
    for (let level = 0; box !== null && level < CARD_LEVELS && !textIn(box as unknown as Node, 0).over; level++) box = box.parentElement;
    if (box === null || !PICTURE_BOX.has(box.tagName)) continue;
    const { over, before } = textIn(box as unknown as Node, MAX_PICTURE_BOX_CHARS, img as unknown as Node);
    if (over || before || box.querySelectorAll('p, h1, h2, h3, h4, h5, h6').length > 0) continue;
    box.remove();
  }
};

/** Where pages say their article body is: schema.org's articleBody, and the usual class names. */
const NAMED_BODY = '[itemprop="articleBody"], [itemprop="articlebody"], .articleBody, .article-body, .article__body, .story-body, .entry-content';
/** Readability's pick is a stub when it is one or two blocks of fewer words than this… */
const STUB_WORDS = 100;
/** …and the named body has this many times its words. */
const STUB_RATIO = 1.5;

/** The text of the longest element the page names as its article body, if any. */
const namedBody = (document: { querySelectorAll: (s: string) => ArrayLike<unknown> }): string | undefined => {
  let best: string | undefined;
  for (const el of Array.from(document.querySelectorAll(NAMED_BODY)) as TextNode[]) {
    const text = treeText(el);
    if (best === undefined || text.length > best.length) best = text;
  }
  return best;
};

/** Whether the article Readability found is a stub (a caption, a line) beside a longer named body. */
const isStub = (text: string, named: string): boolean => {
  const blocks = text.split(/\n\s*\n/).filter((b) => b.trim() !== '').length;
  const size = wordCount(text);
  return blocks <= 2 && size < STUB_WORDS && wordCount(named) >= STUB_RATIO * Math.max(1, size);
};

/**
 * A block laid out before the page's headline, beside or above what holds it, of at most this many
 * words, is the page's furniture: a sidebar's links and offers in a table layout, a masthead.
 */
const MAX_WORDS_BEFORE_HEADLINE = 60;
/** How far up from the headline such blocks are looked for. */
const HEADLINE_LEVELS = 6;

/** The mark set on a block laid out before the headline: Readability keeps `data-` attributes. */
const BEFORE_HEADLINE = 'data-summarize-before-headline';

/**
 * Marks the short blocks before the page's one <h1>: its previous siblings, and those of the elements
 * that hold it. Readability may keep them with the article (a sidebar in the same table row); they are
 * taken out of what it keeps by their mark, so that they weigh in its choice as before.
 */
const markBeforeHeadline = (document: { querySelectorAll(selector: string): ArrayLike<unknown> }): void => {
  const headlines = document.querySelectorAll('h1');
  if (headlines.length !== 1) return;
  type Sibling = TreeEl & { readonly previousElementSibling: Sibling | null; setAttribute(name: string, value: string): void };
  let el: Sibling | null = headlines[0] as Sibling;
  for (let level = 0; el !== null && level < HEADLINE_LEVELS && el.tagName !== 'BODY'; level++, el = el.parentElement as Sibling | null) {
    for (let before = el.previousElementSibling; before !== null; before = before.previousElementSibling) {
      const text = before.textContent ?? '';
      if (text.trim() === '' || wordCount(text) > MAX_WORDS_BEFORE_HEADLINE) continue;
      // the block and all it holds: Readability may keep a part of it without the block (a <p> out of its <div>)
      before.setAttribute(BEFORE_HEADLINE, '');
      for (const inner of Array.from(before.querySelectorAll('*')) as Sibling[]) inner.setAttribute(BEFORE_HEADLINE, '');
    }
  }
};

/** Where a page names its headline, besides an <h1>. */
const HEADLINE_ELEMENTS = 'h1, [itemprop="headline"], .headline, .entry-title, .article-title, .post-title, .story-title';
/** What parts a page's <title> joins: the headline, the site's name, a section. */
const TITLE_SEPARATOR = /\s+[-–—|·:]\s+/u;
const MIN_TITLE_PART_WORDS = 3;

/**
 * The page's headline as an element names it, where the <title> holds it with the site's name, a
 * section or a byline ("Keep the Lights On - by Delphine Okonjo - Stacks and Margins" beside
 * h1.post-title "Keep the Lights On"), or holds only a part of it ("The Bramhope Weekly - A toaster, a
 * soldering iron and a movement" beside div.headline "A toaster, a soldering iron and a movement: how
 * repair cafés spread…"). Of the elements that do either, the one with the most words.
 */
const namedHeadline = (document: { querySelectorAll(selector: string): ArrayLike<unknown> }, title: string): string | undefined => {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim());
  const long = parts.filter((p) => wordCount(p) >= MIN_TITLE_PART_WORDS);
  /** Whether `text` says `words`, whole words in order. */
  const holds = (text: string, words: string): boolean => ` ${wordKey(text)} `.includes(` ${wordKey(words)} `);
  let best: string | undefined;
  let bestWords = 0;
  // a page names its headline among its first few such elements: a hostile page's thousands are not read
  for (const el of Array.from(document.querySelectorAll(HEADLINE_ELEMENTS)).slice(0, MAX_HEADLINE_ELEMENTS) as El[]) {
    const text = fold(el.textContent);
    const words = wordCount(text);
    if (words < MIN_TITLE_PART_WORDS || words > MAX_HEADLINE_WORDS || (best !== undefined && words <= bestWords)) continue;
    // within the title, and not the site's name beside a longer headline the page sets elsewhere: no
    // other part of the title says more
    const within = text.length < title.length && holds(title, text) && !parts.some((p) => !holds(p, text) && wordCount(p) > words);
    const beyond = text.length > title.length && long.some((p) => text.startsWith(p));
    if (!within && !beyond) continue;
    best = within ? withKicker(title, text) : text;
    bestWords = wordCount(best);
  }
  return best;
};

/** A separator that joins a site's name or a section to a headline, not a kicker (which a colon joins). */
const SITE_SEPARATOR = /\s[-–—|·]\s*$/u;

/**
 * The headline `text` with what leads it in the title when that is a kicker joined by a colon
 * ("Dorfbäckereien im Landkreis Haldenau: Wer backt morgen noch unsere Brötchen?"), not a site's name
 * or a section joined by a dash or a bar ("Caldbeck Ferry Chronicle - Column - When the town…").
 */
const withKicker = (title: string, text: string): string => {
  const at = fold(title).indexOf(text);
  if (at <= 0) return text;
  const before = fold(title).slice(0, at);
  return SITE_SEPARATOR.test(before) || before.trim() === '' ? text : `${before}${text}`;
};
const MAX_HEADLINE_WORDS = 40;
const MAX_HEADLINE_ELEMENTS = 20;

/** A standfirst is a sentence or two: a longer paragraph under the headline is the body's. */
const MAX_DEK_WORDS = 60;

/**
 * The paragraph right under the page's one headline, where the body's paragraphs are in another
 * element: a dek styled only by utility classes (`<h1>…</h1><p class="mt-4 text-xl">…</p>` before the
 * byline, the body in its own `<div class="prose">`), which no class word names. Removed, and returned.
 */
const dekUnderHeadline = (document: { querySelectorAll(selector: string): ArrayLike<unknown> }): string | undefined => {
  const headlines = document.querySelectorAll('h1');
  if (headlines.length !== 1) return undefined;
  const h1 = headlines[0] as El & { nextElementSibling: (El & { remove(): void }) | null; parentElement: { children: ArrayLike<El> } | null };
  const next = h1.nextElementSibling;
  if (next === null || next.tagName !== 'P' || h1.parentElement === null) return undefined;
  const text = fold(next.textContent);
  const words = wordCount(text);
  // a sentence or two, not a byline ("Tom Krisher, AP Auto Writer")
  if (!mayBeDek(text) || words > MAX_DEK_WORDS || !/[.!?…]["'’”]?$/u.test(text)) return undefined;
  const siblings = Array.from(h1.parentElement.children) as Array<El & { querySelectorAll(s: string): ArrayLike<El> }>;
  // the body's paragraphs beside the headline: this one is its lede
  if (siblings.filter((c) => c.tagName === 'P').length > 1) return undefined;
  // and a body after it, in an element of its own: else it is a brief's only paragraph
  const after = siblings.slice(siblings.indexOf(next as (typeof siblings)[number]) + 1);
  if (!after.some((el) => el.querySelectorAll('p').length >= 2 && wordCount(el.textContent) > 2 * words)) return undefined;
  next.remove();
  return text;
};

const parsePage = (html: string): Extracted => {
  // a fragment (HTML pasted into text) parses into a document only inside <html><body>
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // read from the page's head and scripts, which go next
  const genre = genreOf(document, document.querySelector('title')?.textContent?.trim() ?? '');
  const kind = genre === undefined ? {} : { genre };
  markLedeAfterPicture(document);
  for (const el of [...document.querySelectorAll(NEVER_TEXT)] as El[]) el.remove();
  removeTeaserCards(document);
  removePictureBoxes(document);
  const underHeadline = dekUnderHeadline(document);
  markBeforeHeadline(document);
  // before Readability, which rewrites elements and drops their classes; small parts only, so that
  // no class word can take the article with it
  let dek: string | undefined;
  for (const el of [...document.querySelectorAll('[class], [id], [aria-hidden], [hidden], [itemprop], [data-component]')] as TreeEl[]) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || !isPart(el) || isLede(el)) continue;
    const trigger = hoverTrigger(el);
    if (trigger === el) continue;
    if (trigger !== undefined) {
      el.replaceWith(trigger);
      continue;
    }
    if (dek === undefined && isDek(el)) dek = fold(el.textContent);
    el.remove();
  }
  // the body as the page names it, read before Readability rewrites the page: for when Readability
  // takes a caption for the article
  const named = namedBody(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  const headline = namedHeadline(document, pageTitle);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  const title = (headline ?? article?.title ?? pageTitle).trim() || null;
  if (article?.content == null) return { title, ...kind, text: document.body === null ? stripMarkup(html) : treeText(document.body as unknown as TextNode) };
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  if (content.body !== null) for (const el of all(content.body as unknown as Block, `[${BEFORE_HEADLINE}]`)) el.remove();
  const headerDek = content.body === null ? undefined : removeNonProse(content.body as unknown as Block, title);
  const subtitle = headerDek ?? dek ?? underHeadline;
  const text = treeText(content.body as unknown as TextNode);
  return { title, ...(subtitle === undefined ? {} : { subtitle }), ...kind, text: named !== undefined && isStub(text, named) ? named : text };
};
