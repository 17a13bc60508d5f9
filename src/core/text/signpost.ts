// Sentences that announce the point: "So here is my proposal." only announces it (the sentence after
// it says it); "My view is simple: the county should…" announces it and says it after its colon. Their
// patterns are data per language (`signpost` in nlp/languages.ts); the lede's rules (score/opening.ts)
// and the headline (headline.ts) both read them.
import { LANGUAGES } from '../nlp/languages.js';

/** Quotation marks, brackets and dashes that may open a sentence before its first word. */
export const LEADING = /^[\s"'“‘(«„‹[¿¡—–-]+/u;

/**
 * What a sentence announcing the point opens with (its patterns, in languages.ts, are tried after
 * this): the openings of those patterns, so that a sentence that opens "The…" or "She…" compiles and
 * tries none of them.
 */
const SIGNPOST_OPENS =
  /^(?:(?:so,? |and |but )?(?:here(?:'s|’s| is| are)|this is |my |our |the (?:point|bottom line|upshot|short|real story|truth|verdict)|let me |i['’]ll say)|(?:the|their|his|her|its) (?:idea|premise|concept|reason|answer|logic|rule|principle|plan|problem|solution|fix|method|recipe|maths?|pitch) (?:is|was) (?:simple|straightforward|this)[.:]|(?:she|he|they) (?:is|are) not alone|bottom line|verdict|upshot|(?:so,? |and )?(?:in )?this (?:post|article|piece|guide|story|essay|write-up|newsletter|series|thread|review|explainer) (?:covers|explains|describes|looks at|walks|sets out|will|is about|tells))/i;

/**
 * How a sentence announces the point: 'lead-in' for one that only announces it ("So here is my
 * proposal."), 'colon' for one that announces it and says it ("Here's what I want you to know: …"),
 * null for any other.
 */
export const signpostOf = (text: string, lang: string): 'lead-in' | 'colon' | null => {
  const patterns = LANGUAGES[lang]?.warmUps?.signpost;
  if (patterns === undefined) return null;
  const opening = text.replace(LEADING, '').trim();
  // a cheap look first: the patterns compile on first use, and few sentences open as they do
  if (!SIGNPOST_OPENS.test(opening)) return null;
  if (patterns.some((p) => p.test(opening))) return 'lead-in';
  const colon = opening.indexOf(':');
  if (colon < 0) return null;
  const rest = opening.slice(colon + 1).trim().split(/\s+/).length;
  return rest >= 4 && patterns.some((p) => p.test(opening.slice(0, colon + 1))) ? 'colon' : null;
};

/** A writer's frame before a colon (`colonFrame`) is at most this many words: "Je le dis donc sans détour". */
const QUOTED_OPENING = /^\s*["“«„‹‘']/u;
const MAX_FRAME_WORDS = 8;

/** Words after a colon that make it an announcement's: a clause, not a label's value. */
const MIN_ANNOUNCED_WORDS = 4;

/**
 * "My view is simple: the county should…", "Her case is not unusual: nearly one in five rides…", "Je le
 * dis donc sans détour : l'État doit…": the point is what follows the announcement, the turn from a
 * case to the many (`turns`, languages.ts), or the writer's frame (`colonFrame`).
 */
export const announced = (text: string, lang: string): string => {
  if (signpostOf(text, lang) === 'colon') return text.slice(text.indexOf(':') + 1).trim();
  // a colon before a space: not a time's or a score's ("8:30", "3:1")
  const colon = text.search(/:\s/u);
  if (colon < 0) return text;
  const data = LANGUAGES[lang];
  const opening = text.replace(LEADING, '');
  // (a writer's frame is the writer's, not a quotation's: "« Je ne lâcherai rien : … », a promis le maire")
  const framed =
    data?.colonFrame !== undefined && !QUOTED_OPENING.test(text) && text.slice(0, colon).split(/\s+/).length <= MAX_FRAME_WORDS && data.colonFrame.test(opening);
  if (!framed && data?.turns?.test(opening) !== true && data?.widerTurns?.test(opening) !== true) return text;
  const rest = text.slice(colon + 1).trim();
  return rest.split(/\s+/).length >= MIN_ANNOUNCED_WORDS ? rest : text;
};

/**
 * A sentence without a conclusion's connective before a clause with its own subject ("So the council
 * should…" → "the council should…", `concludes` in languages.ts): it leans on nothing else, and stands
 * on its own once the connective is gone.
 */
export const withoutConclusion = (text: string, lang: string): string => {
  const m = LANGUAGES[lang]?.concludes?.exec(text.replace(LEADING, ''));
  return m == null ? text : text.replace(LEADING, '').slice(m[0].length);
};

/** The clause a headline can print: after an announcement (announced), without a conclusion's connective (withoutConclusion). */
export const headlineClause = (text: string, lang: string): string => withoutConclusion(announced(text, lang), lang);
