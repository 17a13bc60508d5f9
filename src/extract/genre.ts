// A page → what kind of piece it says it is, by its own metadata: 'opinion' for a column, an op-ed or
// an editorial, 'review' for a critic's review, 'recipe' for a recipe (often after a long story). A reader knows an opinion page before reading a word of it (the section's name over
// the headline, the address, the label in the tab); the ranker looks there for the writer's argument
// rather than trusting the anecdote the column opens with (core/score/opening.ts).
import type { Genre } from '../core/types.js';

/** The name of an opinion section, in the languages summarize reads ("Opinión", "Meinung", "Tribune"). */
const OPINION_SECTION =
  /^(?:opinions?|opini[oó]n|opini[aã]o|opinioni?|opinie|meinung|kommentare?|gastbeitrag|tribunes?|tribuna|commentary|comment(?: is free)?|editorials?|columns?|columnists?|op-?eds?|our view|viewpoints?|perspectives?|voices)$/iu;
/** The same in an address: a path segment (`/opinion/`, `/opinions/2024/…`, `/meinung/`, `/commentisfree/`). */
const OPINION_PATH =
  /\/(?:opinions?|opini%C3%B3n|opiniao|opinione|opinie|meinung|kommentare?|tribunes?|tribuna|commentisfree|editorials?|columns?|columnists|op-?eds?)(?:\/|$)/iu;
/** The label in a page's <title>: "Opinion | The headline", "The headline | Opinión | The Paper". */
const OPINION_TITLE = /(?:^|[|–—:]\s*)(?:opinion|opini[oó]n|meinung|kommentar|tribune|editorial|op-ed)\s*(?:[|–—:]|$)/iu;
/** schema.org's type of an opinion piece. */
const OPINION_TYPE = 'OpinionNewsArticle';
/** schema.org's type of a recipe. */
const RECIPE_TYPE = 'Recipe';
/** schema.org's types of a review: a critic's, a newsroom's. */
const REVIEW_TYPES = new Set(['Review', 'CriticReview', 'ReviewNewsArticle']);
/** The name of a reviews section ("Restaurant reviews", "Kritik", "Reseñas"). */
const REVIEW_SECTION = /^(?:(?:restaurant|film|movie|book|theatre|theater|music|album|game|product|tech|tv)\s+)?reviews?$|^(?:critiques?|kritiken?|rezensionen?|recensioni?|reseñas?|críticas?|recensies?)$/iu;
/** The same in an address: `/reviews/`, `/review/`, `/kritik/`. */
const REVIEW_PATH = /\/(?:reviews?|critiques?|kritiken?|rezensionen?|recensioni?|rese%C3%B1as?|recensies?)(?:\/|$)/iu;

type Node = { getAttribute(name: string): string | null; textContent: string | null };
type Page = { querySelectorAll(selector: string): ArrayLike<unknown>; querySelector(selector: string): unknown };

const metaContent = (document: Page, names: readonly string[]): string[] => {
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll('meta')) as Node[]) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (names.includes(key)) found.push((el.getAttribute('content') ?? '').trim());
  }
  return found;
};

/** Every "@type" in the page's JSON-LD, whatever its nesting (a @graph, an array). */
const ldTypes = (document: Page): string[] => {
  const types: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const t = o['@type'];
    if (typeof t === 'string') types.push(t);
    else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') types.push(x);
    if (o['@graph'] !== undefined) walk(o['@graph'], depth + 1);
  };
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as Node[]) {
    try {
      walk(JSON.parse(el.textContent ?? ''), 0);
    } catch {
      // a page's broken JSON-LD says nothing
    }
  }
  return types;
};

/** The path of an absolute or relative address, or '' where it is none. */
const pathOf = (address: string): string => {
  try {
    return new URL(address, 'https://page.invalid/').pathname;
  } catch {
    return '';
  }
};

/**
 * What the page says it is: 'opinion' where its JSON-LD types it an OpinionNewsArticle, its section is
 * an opinion section (`article:section`, "Opinion", "Meinung"), it says `article:opinion` true, its
 * canonical address is under an opinion path, or its <title> carries the label; 'recipe' where its
 * JSON-LD types it a Recipe; 'review' where its
 * JSON-LD types it a Review, or its section or address is a reviews one; undefined else (news, or a
 * page that does not say).
 */
export const genreOf = (document: Page, pageTitle: string): Genre | undefined => {
  const types = ldTypes(document);
  if (types.includes(OPINION_TYPE)) return 'opinion';
  if (metaContent(document, ['article:opinion']).some((v) => v.toLowerCase() === 'true')) return 'opinion';
  const sections = metaContent(document, ['article:section', 'og:article:section', 'section', 'parsely-section']);
  if (sections.some((v) => OPINION_SECTION.test(v))) return 'opinion';
  const canonical = pathOf((document.querySelector('link[rel="canonical"]') as Node | null)?.getAttribute('href') ?? metaContent(document, ['og:url'])[0] ?? '');
  if (OPINION_PATH.test(canonical)) return 'opinion';
  if (OPINION_TITLE.test(pageTitle)) return 'opinion';
  // a recipe: typed so (a recipe's readers' ratings make it no critic's review)
  if (types.includes(RECIPE_TYPE)) return 'recipe';
  // a review: typed so (not a page that only carries a product's ratings), or by its section or address
  if (types.some((t) => REVIEW_TYPES.has(t)) || sections.some((v) => REVIEW_SECTION.test(v)) || REVIEW_PATH.test(canonical)) return 'review';
  return undefined;
};
