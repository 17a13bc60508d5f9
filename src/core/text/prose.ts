// Whether a line or a sentence is prose a reader would take for a summary sentence. Table rows and
// stat cells, box scores, spec boxes, question headings, calls to action, tag lists, greetings and
// sign-offs, footnote markers, captions, sponsor lines and teasers for other stories are not: clean.ts
// keeps such lines as asides (shown by --highlight, never ranked), and a sentence of this kind inside
// a paragraph is never chosen. Fragments (fewer than 4 words, no final mark, mostly figures) are
// chosen only from a text that has nothing else. Data first, then the code that applies it.
import type { Sentence } from '../types.js';
import { wordKey } from './compare.js';
import { termMatrix } from '../score/vectors.js';
import { type LinePattern, anyOf } from './patterns.js';
import { NAME_SLASH_OUTLET } from './boilerplate.js';
import { type Pattern, unicode, unicodeFrom } from './unicode.js';

/**
 * A line that ends like a sentence: . ! ? … (or the full stops of Chinese and Japanese, Arabic,
 * Urdu and Hindi), possibly followed by closing quotes or brackets (a quote mark or a guillemet
 * after a space too: "tried everything. "", "« Oui. »").
 */
export const TERMINAL = /[.!?…。！？؟۔।](?: ?["”»])?["'’”»)\]」』]*(?:\[(?:\d{1,3}|[a-z]|note \d{1,3})\])*$/u;
/** A word; in Chinese and Japanese, written without spaces, each character counts as one. */
export const WORD = unicode.g`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}'’.-]*`;
/** A token as figures are written: 1,200 and 3.2 and 10:45 are one each. */
const TOKEN = unicode.g`[\p{L}\p{N}]+(?:[.,:'’/-][\p{L}\p{N}]+)*`;
const FIGURE = unicode`^\p{N}[\p{N}.,:/-]*(st|nd|rd|th|s|m|k|bn|pts?|%)?$`;

/** Fewer words than this is a fragment, not a summary sentence ("News.", "He left."). */
export const MIN_SENTENCE_WORDS = 4;
/** Patterns are tried on lines and sentences up to this long; longer ones are prose. */
const MAX_TESTED_LENGTH = 400;
/** Term ids below this make a repeat's fingerprint exact (repeatedCopies); 2^21. */
const TERM_IDS = 2 ** 21;
/** A row of figures is this short at most (a table row, a stat line). */
const MAX_ROW_TOKENS = 20;
/** …and this many characters. */
const MAX_ROW_LENGTH = 200;
/** A heading that ends in a question mark is this short at most. */
const MAX_QUESTION_HEADING_WORDS = 12;

/**
 * Lines that are not prose, by how they begin (and, for the short ones, end). All anchored; each
 * with the texts its matches open with (core/text/patterns.ts), so that a line is tried only against
 * the patterns it opens as.
 */
export const NOT_PROSE: readonly LinePattern[] = [
  // an editor's note on how the text was made ("This interview has been edited for length and clarity.")
  {
    opens: 'this interview|this conversation|this transcript|this q&a|the interview|the conversation|interviews|answers|responses|it has been|they have been',
    pattern: /^((this (interview|conversation|transcript|q&a)|the (interview|conversation)|it) has|(interviews|answers|responses|they) have) been (lightly |slightly )?(edited|condensed)( and (condensed|edited))?( for (length|clarity|brevity|space)( and (clarity|length|brevity))?)?\.?$/iu,
  },
  // a note on how the story changed ("Update, 3:30 PM ET: Added comment from…", "Correction: An earlier
  // version of this story misstated…"); an update that tells the news itself ("Update: The council
  // voted 5-2.") is prose
  {
    opens: 'update|correction|clarification|editor',
    pattern: /^((update[sd]?|editor['’]s note)\b.{0,40}?:\s+((this|the) (story|article|post|piece|report)|an earlier version|a previous version|adds?|added|updates?|updated|corrects?|corrected|clarifies|clarified|includes?|included|now includes|with (comment|details|a statement|additional|new|more))\b|(correction|clarification)s?(\s*\([^)]{0,30}\)|,[^:]{0,30})?:\s)/iu,
  },
  // a reviewer's disclosure ("Sonder lent Gearfield a review unit; it will be returned after
  // testing.", "We may earn a commission when you buy through our links.")
  {
    needle: /review (?:unit|sample|copy)|loaner|commission/i,
    pattern: unicode.i`^([^.!?]{1,60}\b(lent|loaned|provided|sent|supplied|gave)\s(us|me|\p{Lu}[\p{L}-]+)\s(a|an|the)\s(review (unit|sample|copy)|loaner)\b|((we|i) (may )?earn|\p{Lu}[\p{L}-]+ may earn) (a )?(small )?(affiliate )?commission\b)`,
  },
  // calls to action
  { opens: 'click|tap|press', pattern: /^(click|tap|press) (here|on (the|this)|this link|the (link|button)|below)\b/i },
  { opens: 'subscribe|sign up|signup|register now|download|install|follow us|like us|join us|join our|watch|listen|learn more|find out more|read the full|read more about|see the full|see more|get the|get our|get it|get started|grab it|shop now|buy now|order now|book now|donate now|try it|update|upgrade', pattern: /^(subscribe|sign up|signup|register now|download (the|our|it|now)|install (the|our)|follow us|like us|join (us|our)|watch (the (full|video)|our|now|live)|listen (to (the|our)|now|live)|learn more|find out more|read (the full|more about)|see (the full|more)|get (the|our) (app|newsletter|latest|free)|shop now|buy now|order now|book now|donate now|(upgrade|update|download|install|try it|get it|grab it|get started) (now|today)\b|upgrade (to|with) [^.!?]{1,40} (now|today))\b/i },
  { opens: 'for more|for further|for additional|to more|to further|to additional', pattern: /^(for|to) (more|further|additional) (information|info|details)\b.{0,120}\b(visit|see|click|call|contact|go to|check|email|e-mail|write to)\b/i },
  // sponsor and newsletter lines
  { opens: 'start your|begin your|end your', pattern: /^(start|begin|end) your (day|morning|week|weekend)\b/i },
  { opens: 'sponsored|presented|powered|supported|underwritten|paid for', pattern: /^(sponsored|presented|powered|supported|underwritten|paid for) by\b/i },
  { opens: 'brought to you', pattern: /^brought to you by\b/i },
  { opens: "this article|this briefing|this content|this edition|this episode|this feature|this newsletter|this page|this podcast|this post|this report|this segment|this series|this story|this video|today's|today’s|the following", pattern: unicode.i`^(this|today['’]s|the following) (episode|newsletter|podcast|post|article|content|series|segment|story|video|briefing|edition|feature|page|report)( \p{L}+){0,3} (is|was|has been) (sponsored|presented|powered|brought to you|supported|underwritten|paid for)( in part)? by\b` },
  // teasers for other stories: a marker, then another story's headline
  { opens: "read also|read more|read next|also read|see also|related|more on|don't miss|don’t miss|must read|recommended|watch also|watch next|lesen sie|mehr dazu|mehr zum|auch interessant|lire|à lire|voir aussi|à voir aussi|lee|lea también|te puede|relacionad|leggi|potrebbe|ti potrebbe|vedi anche|guarda anche|approfondisci|leia|veja|saiba mais|lees|bekijk ook|читайте|смотрите также|läs|læs|les også|les mer|czytaj|zobacz", pattern: unicode.i`^(read (also|more|next)|also read|see also|related( (story|stories|article|articles|news|coverage|content))?|more on (this|that)( story)?|don['’]t miss|must read|recommended( reading)?|watch (also|next)|lesen sie (auch|mehr|weiter)|mehr (dazu|zum thema)|auch interessant|(à )?lire (aussi|également)|voir aussi|à voir aussi|lee (también|más)|lea también|te puede interesar|relacionad[oa]s?|leggi (anche|tutto|pure)|(ti )?potrebbe (anche )?interessar(ti|e)( anche)?|vedi anche|guarda anche|approfondisci|leia (também|mais)|veja (também|mais)|saiba mais|lees (ook|meer)|bekijk ook|читайте (также|ещё|еще)|смотрите также|läs (också|även|mer)|læs (også|mere)|les (også|mer)|czytaj (także|też|więcej)|zobacz (także|też))(?![\p{L}\p{N}])\s*[:：»›→|–—-]\s*\S` },
  // a footnote or a list line: "** A year ago the average was $3.58.", "† Includes taxes.", "* Prices include tax."
  { opens: '*|†|‡|§', pattern: /^(?:\*{1,3}|[†‡§]{1,2})\s*\S/u },
  // tag and category lists, with or without a colon
  { opens: 'tag|topic|categor|filed under|keywords|related topics|schlagworte|étiquettes|etiquetas|argomenti', pattern: /^(tags?|topics?|categor(y|ies)|filed under|keywords|related topics|schlagworte|étiquettes|etiquetas|argomenti)\s*:/iu },
  { opens: 'tag|topic|categor|filed under|keywords', pattern: /^(tags?|topics?|categor(y|ies)|filed under|keywords)\s+[^.!?:]{1,80},[^.!?]{1,300}$/iu },
];

/** The same, for lines of at most SHORT_LENGTH characters only: markers, greetings (and LABEL_LIST). */
export const SHORT_NOT_PROSE: readonly LinePattern[] = [
  // a line of a review's or a listing's practical box: "Hours: Tue.–Sat., 5–10 p.m.", "Reservations:
  // Recommended; …", "Running time: 1 hr 52 min."
  {
    opens: 'hours|opening hours|reservations|address|phone|telephone|website|price|prices|price range|cost|tickets|accessibility|parking|dress code|cuisine|directed by|starring|running time|runtime|rated|öffnungszeiten|adresse|horaires|horario|orari|prezzi|preise|prix|precios',
    pattern: /^(hours|opening hours|reservations|address|phone|telephone|website|prices?|price range|cost|tickets|accessibility|parking|dress code|cuisine|directed by|starring|running time|runtime|rated|öffnungszeiten|adresse|horaires|horarios?|orari|prezzi|preise|prix|precios)\s*:\s+\S/iu,
  },
  // references and footnote markers
  { opens: '[|(|*|†|‡|§|^|0|1|2|3|4|5|6|7|8|9', pattern: /^(\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}|[*†‡§]+|\^\d{1,3})[.)]?$/u },
  // a time standing alone: the heading of an entry in a live story
  { opens: '0|1|2|3|4|5|6|7|8|9', pattern: /^\d{1,2}([:.]\d{2})?\s*([ap]\.?\s?m\.?|h|uhr)$/i },
  // greetings, sign-offs and one-word labels standing alone
  { opens: "good morning|good afternoon|good evening|good night|good day|hello|hi|hey|welcome|greetings|many thanks|thank|cheers|regards|best|kind regards|warm regards|sincerely|yours|stay safe|stay tuned|stay well|take care|bye|goodbye|see you|until next time|enjoy|news|update|breaking|editor's note|editor’s note|developing|watch|video|listen|photo|gallery|opinion|analysis|live|bonjour|bonsoir|merci|buongiorno|buonasera|grazie|guten morgen|guten tag|guten abend|danke|hallo|buenos días|buenas tardes|buenas noches|gracias|hola|bom dia|obrigad|goedemorgen|bedankt|happy to answer|hope this helps|hope that helps|feel free", pattern: /^(good (morning|afternoon|evening|night|day)|hello|hi|hey|welcome( back)?|greetings|(many )?thanks|thank you|cheers|regards|best( wishes| regards)?|(kind|warm|best) regards|sincerely|yours( truly| sincerely)?|stay (safe|tuned|well)|take care|bye|goodbye|see you( (soon|next (time|week)|tomorrow))?|until next time|enjoy|news|update[sd]?|breaking( news)?|editor['’]s note|developing( story)?|watch|video|listen|photos?|gallery|opinion|analysis|live|bonjour|bonsoir|merci( beaucoup)?|buongiorno|buonasera|grazie( mille)?|guten (morgen|tag|abend)|danke( schön)?|hallo|buenos días|buenas (tardes|noches)|gracias|hola|bom dia|obrigad[oa]|goedemorgen|bedankt|happy to answer (any )?questions|hope (this|that) helps|feel free to ask( (away|anything))?)(,? (everyone|everybody|all|folks|friends|there|again|readers|guys|so much|very much|for (reading|watching|listening|your (time|support|patience))))*[\s!.…,]*$/iu },
];
/**
 * A label and a list of names, in a short line: "Subs not used: Warrington, Maloney." Any line may
 * open so: it is tried only on lines with a colon.
 */
const LABEL_LIST =
  unicode`^\p{Lu}[\p{L}'’]*( [\p{L}'’]+){0,3}\s*:\s*\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3}(,\s*\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3})*\.?$`;
/** Lines longer than this are never a greeting, a marker or a label alone. */
const SHORT_LENGTH = 120;

/** Captions by their opening: "In this March 3, 2021, file photo, …", "This photo provided by …". */
const CAPTION_OPENING =
  unicode.i`^\(?in th(is|ese) ([\p{L}\p{N},.'’ -]{0,60} )?(file |undated |handout |aerial |combination |family |video |photo |image |undated file )?(photos?|images?|pictures?|photographs?|frame grab|video (grab|still)|still|screenshot|screen grab|handout)( (taken|made|provided|released|shot|obtained|shows?|from|of|made available|distributed|posted|courtesy)\b|,)`;
/** "This photo provided by the city shows…" (not "This picture shows the moment…", which opens stories). */
export const CAPTION_SUBJECT: readonly LinePattern[] = [
  {
    opens:
      'this file|this undated|this handout|this aerial|this combination|this family|this video|this photo|this image|this picture|this frame grab|this screen|these file|these undated|these handout|these aerial|these combination|these family|these video|these photo|these image|these picture|these frame grab|these screen',
    pattern:
      unicode.i`^th(is|ese) (file |undated |handout |aerial |combination |family |video |undated file )?(photos?|images?|pictures?|photographs?|frame grab|video (grab|still)|screenshot|screen grab)( \p{L}+)? (provided|released|made available|taken|obtained|distributed|courtesy|supplied|posted)\b`,
  },
];
/**
 * Captions by the credit at their end: "(AP Photo/Jane Doe)", "Photo: Tom Brown", "REUTERS/Yves
 * Herman". Each with a needle that every tail it matches holds: most tails hold none.
 */
export const CAPTION_CREDITS: ReadonlyArray<{ readonly needle: Pattern; readonly pattern: Pattern }> = [
  { needle: /\([^]*[:/][^]*\)/, pattern: /\((AP|AFP|EPA|Reuters|UPI|PA|Getty)?\s?(Photo|Image|Foto|Picture)s?\s*[:/][^()]{2,80}\)\.?$/iu },
  { needle: /Photo|Picture|Image|Foto|Credit/, pattern: unicode`(^|[\s.(|/])(Photo|Photograph|Picture|Image|Foto|Credit|Photo credit)s?\s*(:|by)\s*\p{Lu}[^.!?]{0,80}\)?\.?$` },
  { needle: /\//, pattern: unicode`\b(REUTERS|AFP|EPA|AP|Getty Images|Shutterstock|Bloomberg|Xinhua|ANP|dpa)\s*\/\s*\p{Lu}[\p{L} .'’-]{1,60}\.?$` },
  { needle: /[|/(]/, pattern: /[|/(]\s*(Getty Images|Shutterstock|AFP|Reuters|AP|EPA|Alamy|iStock)( via [^.]{0,40})?\)?\.?$/u },
  // a photographer and the outlet after the caption's full stop: "… on Nov. 19. (Ines Varga / Coastline Current)"
  { needle: /\//, pattern: unicodeFrom(`[.!?]\\s+${NAME_SLASH_OUTLET}\\.?$`) },
];

/** A line of a list of references or notes: "[1] Jones A. …". */
export const REFERENCE = /^\[\d{1,3}\]\s/;
/** How much of a line's end a credit takes at most. */
const CREDIT_TAIL = 160;
/** A box score: "Moreno 22 points.", "Okafor 11 rebounds, 4 assists." */
const BOX_SCORE = unicode`^(\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{N}+([.,]\p{N}+)?%?\s+\p{Ll}+(,\s*\p{N}+([.,]\p{N}+)?%?\s+\p{Ll}+)*\.?$`;
/**
 * A list of counts, three or more: "2 sacks, 1 FF, 4 QB hits." (An item's words hold no comma: where
 * they could, \S+ took the next item's comma and number too, and the engine tried every way of cutting
 * the line into items; a line of 118 characters took 79 s.)
 */
const STAT_LIST = unicode`^\p{N}[\p{N}.,]*\s+[^,\s]+(\s+[^,\s]+)?(,\s*\p{N}[\p{N}.,]*\s+[^,\s]+(\s+[^,\s]+)?){2,}\.?$`;
/** A label and its value, as in a spec or fact box: "Price: ", "Tested by: ". */
const LABEL = unicode.g`(?:^|\s)\p{Lu}\p{L}*(?: \p{L}+){0,2}:\s`;
/**
 * A label, then three names or more in a list of commas and semicolons, each with a note in brackets
 * or not: a match's line-up or its notes ("Marlow Town: Okafor; Lee, Brandt…", "Booked: Kell, Hickey
 * (Ridgeway); Mendes (Marlow Town)."). Tried only on lines with a colon and a semicolon.
 */
const LINE_UP =
  unicode`^\p{Lu}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,3}\s*:\s*(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?:\s*\([^()]{1,40}\))?\s*[;,]\s*){2,}\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?:\s*\([^()]{1,40}\))?\.?$`;
const QUOTES = /["“”«»„]/u;
/** A second sentence in the same line: a mark, a space, a capital. */
const INNER_END = unicode`[.!?]["'’”»)]*\s+\p{Lu}`;

/** Each table as one test, which tries a pattern only on lines that open as it does. */
const matchesNotProse = anyOf(NOT_PROSE);
const matchesShortNotProse = anyOf(SHORT_NOT_PROSE);
const matchesCaptionSubject = anyOf(CAPTION_SUBJECT);

const tokensOf = (line: string): string[] => line.match(TOKEN) ?? [];

/** The number of words, counted up to `cap` only. */
const countWords = (text: string, cap: number): number => {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < cap && WORD.exec(text) !== null) n++;
  WORD.lastIndex = 0;
  return n;
};

/** A cell or a row of figures (a table, a stat line, a box score): half its tokens or more are figures. */
/** Figures in tables are written in ASCII digits; a test that needs no Unicode tables. */
const DIGIT = /[0-9]/;
export const isTabular = (line: string): boolean => {
  if (line.length > MAX_ROW_LENGTH || !DIGIT.test(line)) return false;
  const { digits, spaces, gaps, commas } = countsOf(line);
  // digits enough for half the words to be figures (at least one for every two spaces), or a count line
  const counts = 2 * digits >= spaces ? undefined : isCountLine(line, gaps, commas);
  if (counts === false) return false;
  const tokens = tokensOf(line);
  if (tokens.length === 0 || tokens.length > MAX_ROW_TOKENS) return false;
  let figures = 0;
  for (const t of tokens) if (FIGURE.test(t)) figures++;
  return (figures > 0 && 2 * figures >= tokens.length) || (counts ?? isCountLine(line, gaps, commas));
};

/** Whitespace as `\s` matches it. */
const isWhitespace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/**
 * What isTabular counts, in one pass over the line: ASCII digits, spaces, gaps between words (runs of
 * whitespace) and commas.
 */
const countsOf = (line: string): { digits: number; spaces: number; gaps: number; commas: number } => {
  let digits = 0;
  let spaces = 0;
  let gaps = 0;
  let commas = 0;
  let inGap = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const white = isWhitespace(c);
    if (white && !inGap) gaps++;
    inGap = white;
    if (c >= 48 && c <= 57) digits++;
    else if (c === 32) spaces++;
    else if (c === 44) commas++;
  }
  return { digits, spaces, gaps, commas };
};

/**
 * A box score or a list of counts. Both are short for their commas: a box score has at most four
 * gaps between words and two more per comma, a list of counts two and three more per comma; the
 * patterns are tried only on lines that short (most lines with a figure are prose).
 */
const isCountLine = (line: string, gaps: number, commas: number): boolean =>
  (gaps <= 4 + 2 * commas && BOX_SCORE.test(line)) || (commas >= 2 && gaps <= 2 + 3 * commas && STAT_LIST.test(line));

/**
 * Someone placed in the photo beside the text, between commas after their name ("Atlanta educator
 * Tabeeka Jordan, left, was sentenced…"): a caption's words, pointing at a picture the summary lacks.
 * Not ", pictured,", which news ledes say too ("A mother of three, Kelly Dawson, pictured, was
 * jailed…"), nor "left on his own", "top on goal difference".
 */
const PLACED_IN_PHOTO = unicode`\p{Lu}[\p{L}'’-]+,\s(?:left|right|centre|center|far left|far right),\s\p{Ll}`;

/** A photo caption, by its opening, by someone placed in it, or by the credit at its end. */
export const isCaption = (line: string): boolean => {
  if (line.length > MAX_TESTED_LENGTH) return false;
  if (/^\(?in th/i.test(line) && CAPTION_OPENING.test(line)) return true;
  if (matchesCaptionSubject(line)) return true;
  if (line.includes(',') && PLACED_IN_PHOTO.test(line)) return true;
  // a credit ends the line: only its tail is searched
  const tail = line.slice(-CREDIT_TAIL);
  return /[/:|]|by|Getty|Shutterstock|Alamy|iStock/.test(tail) && CAPTION_CREDITS.some(({ needle, pattern }) => needle.test(tail) && pattern.test(tail));
};

/** A spec or fact box: two labels with their values in one line (so two colons at least). */
const isSpecBox = (line: string): boolean => line.indexOf(':') !== line.lastIndexOf(':') && (line.match(LABEL)?.length ?? 0) >= 2;

/** A heading that asks: a short question alone, not quoted, one sentence. */
const isQuestionHeading = (line: string): boolean =>
  /[?？]$/u.test(line) && !QUOTES.test(line) && !INNER_END.test(line) && countWords(line, MAX_QUESTION_HEADING_WORDS + 1) <= MAX_QUESTION_HEADING_WORDS;

/**
 * A line (or a sentence) that is never a summary sentence, whatever the ranking thinks of it: see the
 * head of this file. Prose that merely mentions a photo, a tag or a number stays prose. A short
 * question alone on a line is a heading only `betweenParagraphs`: before the body's first paragraph it
 * is the lede's question ("Who decides what a state says about itself?"), which the ranker must see to
 * know that the article warms up.
 */
export const isNotProse = (line: string, betweenParagraphs = true): boolean =>
  isNotProseSentence(line) || (betweenParagraphs && isQuestionHeading(line.trim()));

/**
 * The same test for a sentence inside a paragraph: a short question there is a question the writer
 * asks ("Are we alone in the cosmos?"), not a heading.
 */
export const isNotProseSentence = (sentence: string): boolean => {
  const text = sentence.trim();
  if (text === '' || text.length > MAX_TESTED_LENGTH) return false;
  if (text.length <= SHORT_LENGTH && (matchesShortNotProse(text) || (text.includes(':') && LABEL_LIST.test(text)))) return true;
  return matchesNotProse(text) || REFERENCE.test(text) || isTabular(text) || isCaption(text) || isSpecBox(text) || (text.includes(';') && text.includes(':') && LINE_UP.test(text));
};

/** Text cut off mid-phrase: a word, then an ellipsis that ends it ("…, with forecasters…"). */
const CUT_OFF = unicode`[\p{L}\p{N},;:]\s?(…|\.\.\.)$`;
export const isCutOff = (text: string): boolean => {
  const end = text.trimEnd().slice(-8);
  return (end.endsWith('…') || end.endsWith('...')) && CUT_OFF.test(end);
};

/** A sentence too short, unfinished, cut off or made of figures to stand as a summary line. */
export const isFragment = (sentence: string): boolean => {
  const text = sentence.trim();
  // most sentences are long: a few spaces settle the count of words without the word pattern
  if (!hasSpaces(text, MIN_SENTENCE_WORDS + 1) && countWords(text, MIN_SENTENCE_WORDS) < MIN_SENTENCE_WORDS) return true;
  if (!TERMINAL.test(text.slice(-32)) || isCutOff(text)) return true;
  return text.length <= MAX_TESTED_LENGTH && DIGIT.test(text) && mostlyDigits(text);
};

const QUOTE_MARK = /["“”„«»「」『』]/u;
const OPENS_QUOTE = /^["“„«「『]/u;
/**
 * A summary of at most this share of the article's sentences is short: the gist, read instead of it.
 * Measured: at 0.25, one web-dev line at -n 3 opened a quote; at 0.4 none at -n 3 and 3 of 300 at -n 5,
 * with bbc-dev at the reference's length (about 45% of each article) at 81.70; at 0.6 none, and 79.96.
 */
const SHORT_SUMMARY_SHARE = 0.4;


/**
 * A sentence whose quotation marks do not pair up: one sentence of a quotation that spans several
 * ("“We started small." / "Then it grew." / "Nobody expected it,” she said."). Printed alone it opens
 * a quote it never closes, or closes one it never opened; selection treats it as a fragment.
 */
export const unbalancedQuotes = (text: string): boolean => {
  if (!QUOTE_MARK.test(text)) return false;
  let curly = 0;
  let guillemets = 0;
  let straight = 0;
  let corners = 0;
  // by code unit: every mark counted is one, and no half of a surrogate pair is one
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x201c: // “
      case 0x201d: // ”
      case 0x201e: // „
        curly++;
        break;
      case 0xab: // «
      case 0xbb: // »
        guillemets++;
        break;
      case 0x22: // "
        straight++;
        break;
      case 0x300c: // 「
      case 0x300e: // 『
        corners++;
        break;
      case 0x300d: // 」
      case 0x300f: // 』
        corners--;
        break;
      default:
    }
  }
  return curly % 2 === 1 || guillemets % 2 === 1 || straight % 2 === 1 || corners !== 0;
};

// proseOnly and wholeQuotations (core/quotations.ts) both read an article's quotations: found once per
// array of sentences
const quotations = new WeakMap<readonly Sentence[], readonly number[]>();

/**
 * Which quotation that spans several sentences each sentence is a piece of (-1: none): the one that
 * opens it, the one that closes it (their marks do not balance), and those between, which have no mark
 * at all ("Then the neighbours started bringing theirs.") but are someone's words all the same. Within
 * a paragraph; quotations are numbered by the sentence that opens them.
 */
export const quotationsOf = (sentences: readonly Sentence[]): readonly number[] => {
  let pieces = quotations.get(sentences);
  if (pieces === undefined) {
    pieces = quotationPieces(sentences);
    quotations.set(sentences, pieces);
  }
  return pieces;
};

const quotationPieces = (sentences: readonly Sentence[]): number[] => {
  const pieces: number[] = [];
  let open = -1;
  let paragraph = -1;
  sentences.forEach((s, i) => {
    const unbalanced = unbalancedQuotes(s.text);
    const opens = OPENS_QUOTE.test(s.text);
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      // a quotation that goes on into the next paragraph leaves the first one open and opens the next
      // with a quote mark: the same words
      if (open >= 0 && opens) {
        pieces.push(open);
        if (!unbalanced) open = -1;
        return;
      }
      open = -1;
    }
    // a sentence whose marks pair up and that opens with one while a quotation is open goes on with it
    // and closes it, as a paragraph that opens with a quote mark does (paragraphs run together:
    // 'said: "It's expected. "We lost momentum last season." Real's finish…')
    if (open >= 0 && opens && !unbalanced) {
      pieces.push(open);
      open = -1;
      return;
    }
    // a sentence that opens with a quote mark while one is open starts a quotation of its own: the one
    // before ran on unclosed
    if (unbalanced && (open < 0 || opens)) open = i;
    pieces.push(open);
    if (unbalanced && open !== i) open = -1;
  });
  return pieces;
};

/** Whether a text has at least `n` spaces, each after a letter or a digit (so `n` words before them). */
const hasSpaces = (text: string, n: number): boolean => {
  let found = 0;
  for (let i = text.indexOf(' '); i > 0 && found < n; i = text.indexOf(' ', i + 1)) if (!NOT_WORD_END.has(text[i - 1]!)) found++;
  return found >= n;
};

/** Characters that end no word: a space after them does not count one. */
const NOT_WORD_END = new Set([' ', '-', '–', '—', '•', '|', '/', '*']);

/** More digits (0-9) than letters (a-z, and any character past ASCII). One pass, no pattern. */
const mostlyDigits = (text: string): boolean => {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    else if (c > 127 && c !== 0x2013 && c !== 0x2014 && c !== 0x2019 && c !== 0x201c && c !== 0x201d) letters++;
  }
  return digits > letters;
};

/**
 * What each sentence of an article is, by position (a sentence's index is its position). Selection
 * asks about a handful of the best-ranked sentences only, so each sentence's own tests run when it is
 * first asked about; only what compares sentences (repeats, quotations) looks at all of them up front.
 */
type Kinds = {
  /** Never a summary sentence: not prose, or a copy of a sentence whose body copy is elsewhere. */
  readonly never: (i: number) => boolean;
  /** A fragment: chosen only when there are too few whole sentences. */
  readonly fragment: (i: number) => boolean;
  /** Whether every sentence is never a summary sentence. */
  readonly allNever: () => boolean;
  /** Whether at least `n` sentences are whole prose. */
  readonly wholeAtLeast: (n: number) => boolean;
};

/** A test by position, run once per position: 0 not yet run, 1 false, 2 true. */
const memoised = (size: number, test: (i: number) => boolean): ((i: number) => boolean) => {
  const known = new Uint8Array(size);
  return (i) => {
    if (known[i] === 0) known[i] = test(i) ? 2 : 1;
    return known[i] === 2;
  };
};

/**
 * A table's key: a paragraph that opens by defining the table's abbreviations ("Key: P = played, W =
 * won…", "Legend: GD = goal difference"). What follows it in its paragraph is the table's small print
 * ("Champions promoted; bottom two relegated."), not the article's prose.
 */
const TABLE_KEY = unicode.i`^(?:key|legend|abbreviations)\s*:\s*[\p{L}\p{N}+/%.-]{1,6}\s*=\s*\p{L}`;

/** A cheap look before TABLE_KEY: a key opens with its label's word. */
const KEY_LABEL = /^(?:key|legend|abbreviations)\s*:/i;
const opensKey = (text: string): boolean => {
  const c = text.charCodeAt(0) | 0x20;
  return (c === 0x6b || c === 0x6c || c === 0x61) && KEY_LABEL.test(text);
};

/** Each sentence in a paragraph that a table's key opens (TABLE_KEY), by position. */
const inTableKey = (sentences: readonly Sentence[]): ((i: number) => boolean) => {
  let keyParagraph = -1;
  const marked = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const opens = i === 0 || sentences[i - 1]!.paragraph !== s.paragraph;
    if (opens) keyParagraph = opensKey(s.text) && TABLE_KEY.test(s.text) ? s.paragraph : -1;
    if (s.paragraph === keyParagraph) marked[i] = 1;
  }
  return (i) => marked[i] === 1;
};

const classify = (sentences: readonly Sentence[], quotesWhole: boolean): Kinds => {
  const tableKey = inTableKey(sentences);
  const notProse = memoised(sentences.length, (i) => tableKey(i) || isNotProseSentence(sentences[i]!.text));
  const inQuotation = quotesWhole ? quotationsOf(sentences) : [];
  const fragment = memoised(
    sentences.length,
    (i) => !notProse(i) && (sentences[i]!.verbless === true || isFragment(sentences[i]!.text) || (quotesWhole && inQuotation[i]! >= 0)),
  );
  const copies = repeatedCopies(sentences, notProse);
  const never = (i: number): boolean => notProse(i) || copies.has(i);
  return {
    never,
    fragment,
    allNever: () => {
      for (let i = 0; i < sentences.length; i++) if (!never(i)) return false;
      return true;
    },
    wholeAtLeast: (n) => {
      let whole = 0;
      for (let i = 0; i < sentences.length && whole < n; i++) if (!never(i) && !fragment(i)) whole++;
      return whole >= n;
    },
  };
};

/**
 * The positions of repeated sentences that are never summary sentences: of copies of a sentence, the
 * one among the most prose stays; else, in another paragraph, the one that is not in a box of repeats
 * (a highlights box repeats several body sentences in a row); else the first.
 */
/** Sentences that repeatedCopies's kept buffers hold at most: a longer article's are its own. */
const MAX_SCRATCH = 4096;
let scratch = { prints: new Float64Array(64), sorted: new Float64Array(64) };

const repeatedCopies = (sentences: readonly Sentence[], notProse: (i: number) => boolean): Set<number> => {
  const dropped = new Set<number>();
  // the same words have the same terms: only sentences whose terms match by a fingerprint (how many,
  // the first and the last, numbered by the article's term matrix, which ranking builds anyway) are
  // compared word for word. Numbers, sorted: no key of its own per sentence, and
  // most articles have no two alike. (A fingerprint too large for a double's 53 bits only matches more.)
  const n = sentences.length;
  const { counts, lengths, idOf } = termMatrix(sentences);
  const { offsets, ids } = counts;
  // (buffers kept between articles of ordinary length: a typed array made for each cost more than the
  // rest of the look)
  if (scratch.prints.length < n && n <= MAX_SCRATCH) scratch = { prints: new Float64Array(2 * n), sorted: new Float64Array(2 * n) };
  const { prints, sorted } = n <= scratch.prints.length ? scratch : { prints: new Float64Array(n), sorted: new Float64Array(n) };
  prints.fill(-1, 0, n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    if (to === from || sentences[i]!.text.length > MAX_TESTED_LENGTH) continue;
    const { terms } = sentences[i]!;
    prints[i] = (lengths[i]! * TERM_IDS + ids[from]!) * TERM_IDS + idOf.get(terms[terms.length - 1]!)!;
    sorted[m++] = prints[i]!;
  }
  const alike = sorted.subarray(0, m).sort();
  let any = false;
  for (let k = 1; k < m && !any; k++) any = alike[k] === alike[k - 1];
  if (!any) return dropped;
  const byPrint = new Map<number, number>();
  for (let i = 0; i < n; i++) if (prints[i]! >= 0) byPrint.set(prints[i]!, (byPrint.get(prints[i]!) ?? 0) + 1);
  // of the sentences whose terms repeat, those that are prose; their terms must repeat among them
  const candidate = new Uint8Array(n);
  const among = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const k = prints[i]!;
    if (k < 0 || byPrint.get(k)! <= 1 || notProse(i)) continue;
    candidate[i] = 1;
    among.set(k, (among.get(k) ?? 0) + 1);
  }
  const keys: Array<string | null> = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = candidate[i] === 1 && among.get(prints[i]!)! > 1 ? wordKey(sentences[i]!.text) : null;
  const copies = new Map<string, number>();
  let copied = 0;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k === null || k === '') continue;
    copies.set(k, (copies.get(k) ?? 0) + 1);
    copied++;
  }
  // the same terms, other words: no copies
  if (copies.size === copied) return dropped;
  const repeated = (i: number): boolean => {
    const k = keys[i];
    return k !== null && k !== undefined && (copies.get(k) ?? 0) > 1;
  };
  const perParagraph = new Map<number, number>();
  for (const s of sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  const inBox = (i: number): number => (repeated(i - 1) ? 1 : 0) + (repeated(i + 1) ? 1 : 0);
  const best = new Map<string, number>();
  sentences.forEach((s, i) => {
    if (!repeated(i)) return;
    const key = keys[i]!;
    const seen = best.get(key);
    if (seen === undefined) {
      best.set(key, i);
      return;
    }
    const other = sentences[seen]!;
    const bySize = perParagraph.get(s.paragraph)! - perParagraph.get(other.paragraph)!;
    // within one paragraph there is no box: the first copy stays
    const keepNew = bySize > 0 || (bySize === 0 && s.paragraph !== other.paragraph && inBox(i) < inBox(seen));
    dropped.add(keepNew ? seen : i);
    if (keepNew) best.set(key, i);
  });
  return dropped;
};

/** A sentence's position in the list by its index, whatever the numbering of the list. */
const positionOf = (sentences: readonly Sentence[]): ((index: number) => number | undefined) => {
  let inOrder = true;
  for (let i = 0; i < sentences.length && inOrder; i++) inOrder = sentences[i]!.index === i;
  if (inOrder) return (index) => (index >= 0 && index < sentences.length ? index : undefined);
  const map = new Map(sentences.map((s, i) => [s.index, i]));
  return (index) => map.get(index);
};

/** A sentence's kind by its index (false for an index not in the list). */
const byIndex = (position: (index: number) => number | undefined, kind: (i: number) => boolean): ((index: number) => boolean) => (index) => {
  const i = position(index);
  return i !== undefined && kind(i);
};

/**
 * Which of an article's sentences may be summary sentences, by index, for a summary of `n`: never one
 * that is not prose, nor a fragment while there are `n` whole sentences; of a sentence the page
 * repeats (a highlights box, a pull quote), only the body's copy. A text of nothing but lines that
 * are not prose ("Why now? Who pays?") gives what it has.
 */
export const proseSentences = (sentences: readonly Sentence[], n = 1): ((index: number) => boolean) => {
  const { never, fragment, allNever, wholeAtLeast } = classify(sentences, true);
  if (allNever()) return () => true;
  const enough = wholeAtLeast(n);
  return byIndex(positionOf(sentences), (i) => !never(i) && (!enough || !fragment(i)));
};

/** Whether at least `n` of the sentences pass `whole` (counting stops at `n`). */
const eligibleWholeAtLeast = (sentences: readonly Sentence[], n: number, whole: (s: Sentence) => boolean): boolean => {
  let found = 0;
  for (let i = 0; i < sentences.length && found < n; i++) if (whole(sentences[i]!)) found++;
  return found >= n;
};

/**
 * A selection plan that only ever chooses prose sentences of the article (see proseSentences): a
 * fragment only when the whole sentences cannot fill the summary, and then after them.
 */
export const proseOnly = <
  P extends {
    readonly n: number;
    readonly budget?: unknown;
    readonly coherent?: boolean;
    readonly eligible?: (s: Sentence) => boolean;
    readonly avoided?: (s: Sentence) => boolean;
  },
>(
  plan: P,
  sentences: readonly Sentence[],
): P => {
  // a short summary (a budget, or at most 40% of the sentences) is what a reader reads instead of
  // the article: no line of it is a piece of a quotation (our ranker's; the classic baselines, which
  // plan.coherent is false for, choose as published). A long one is about coverage, and its
  // quotations mostly come whole (bbc-dev at the reference's length, 45% of each article: avoiding
  // them there cost 2 points of ROUGE-1 against references that cut quotations)
  const quotesWhole = plan.coherent !== false && (plan.budget !== undefined || plan.n <= SHORT_SUMMARY_SHARE * sentences.length);
  const { never, fragment, allNever, wholeAtLeast } = classify(sentences, quotesWhole);
  if (allNever()) return plan;
  const { eligible, avoided } = plan;
  const position = positionOf(sentences);
  const isNever = byIndex(position, never);
  const isFragmentAt = byIndex(position, fragment);
  const ok = (s: Sentence): boolean => !isNever(s.index) && (eligible === undefined || eligible(s));
  // too few whole sentences for the summary, among those the plan may choose (a headline's candidates
  // are few): fragments fill it, after every whole one
  if (!wholeAtLeast(plan.n) || (eligible !== undefined && !eligibleWholeAtLeast(sentences, plan.n, (s) => ok(s) && !isFragmentAt(s.index)))) return { ...plan, eligible: ok, avoided: (s: Sentence) => isFragmentAt(s.index) || avoided?.(s) === true };
  return { ...plan, eligible: (s: Sentence) => ok(s) && !isFragmentAt(s.index) };
};
