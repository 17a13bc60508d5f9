// HTML → the article's title and text: the only module that knows linkedom and Readability. Page
// furniture (navigation, ads, teasers, related stories, comments, share and subscribe boxes) is cut
// from the DOM first, then Mozilla's Readability finds the article body among what is left.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { stripMarkup } from '../core/text/normalize.js';
import { InputError } from '../errors.js';
import type { Extracted } from './extracted.js';

/** Elements that are never part of an article's text. */
const FURNITURE_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, nav, aside, footer, button, select, dialog';

/** class or id words that mark furniture: whole words, so "header" or "shadow" are not "ad". */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'promoted', 'banner',
  'related', 'recommended', 'recirculation', 'teaser', 'teasers', 'outbrain', 'taboola', 'comment', 'comments', 'disqus',
  'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies', 'consent',
  'popup', 'modal', 'paywall', 'breadcrumb', 'breadcrumbs', 'sidebar', 'menu', 'masthead',
]);

/** What this module needs of a DOM element (the project has no DOM types: it runs on Node). */
type El = { readonly tagName: string; getAttribute(name: string): string | null; remove(): void };

const isFurniture = (el: El): boolean => {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((w) => FURNITURE_WORDS.has(w)) || el.getAttribute('aria-hidden') === 'true';
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

const parsePage = (html: string): Extracted => {
  // a fragment (HTML pasted into text) parses into a document only inside <html><body>
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  for (const el of [...document.querySelectorAll(FURNITURE_TAGS)] as El[]) el.remove();
  for (const el of [...document.querySelectorAll('[class], [id], [role], [aria-hidden]')] as El[]) {
    // keep <body> and <html> whatever their classes say
    if (el.tagName !== 'BODY' && el.tagName !== 'HTML' && isFurniture(el)) el.remove();
  }
  const pageTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  const title = (article?.title ?? pageTitle).trim() || null;
  const body = article?.content ?? document.body?.innerHTML ?? html;
  // block tags become paragraph breaks; `stripMarkup` expects something that looks like HTML
  return { title, text: stripMarkup(`<div>${body}</div>`) };
};
