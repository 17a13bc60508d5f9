// A headline out of a sentence: which sentences may be one, and how a long one is cut to its main
// clause. Rule-based on punctuation and word lists (English), so that every word printed stands in the
// article in the same order: attributions ("…, officials said") and parentheticals always go; then,
// while the line is long, appositives, a leading and a trailing subordinate clause; then headlinese
// (no leading article, no "on Tuesday") and, if still long, a trailing phrase. Other languages lose
// brackets and are cut at clause boundaries. wink-nlp's part-of-speech tags were not needed: these
// rules take the BBC headline check from 12.1 to 24.8 ROUGE-1 (README, Quality).
import { foldCaseAligned } from './text/fold.js';
import { WIRE_DATELINE } from './text/boilerplate.js';
import { headlineClause } from './text/signpost.js';
import { LANGUAGES } from './nlp/languages.js';
import { unicode, unicodeFrom } from './text/unicode.js';

const LAST_WORD = unicode`(?:^|\s)(?:\p{L}{1,2}['’])?(\p{L}+)$`;

const FOR_NAME_AFTER = unicode`^\s+for\s+\p{Lu}`;

const NAME_BEFORE = unicode`\p{Lu}[\p{L}'’.-]*$`;

const LETTER_OR_DIGIT = unicode`[\p{L}\p{N}]`;

/** A sentence shorter than this is a hook ("Xi's problem is simple."), not a headline. */
export const MIN_HEADLINE_WORDS = 5;

const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((w) => LETTER_OR_DIGIT.test(w));
export const wordCount = (text: string): number => wordsOf(text).length;

/** Opens or is made of a quotation: a quote fragment is someone's words, not the story. */
const QUOTED = unicode`^[\s(]*["“„«‘']|["”»]\s*,?\s*(?:he|she|they|it|we|i|[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})\s+(?:said|says|told|added|asked|wrote)\b`;
/** A list line: a bullet, a number, or a run of numbers and commas. */
const LIST_LINE = /^\s*(?:[-*•·▪‣–]\s|\d+[.)]\s|\(?[a-z]\)\s)|(?:\d[\d.,%]*\s*,\s*){3,}/iu;
/** What stands before a colon that opens a line, when it is short and has no sentence mark. */
const BEFORE_COLON = /^([^.!?:]{1,40}):\s/u;
/** A label in a language whose verbs these rules do not know is at most this many words ("Precio recomendado:"). */
const MAX_LABEL_WORDS = 4;
/**
 * "Label: value" ("Price:", "Tested by:", "Result after six months:"): a label has no verb ("The board
 * should adopt a simple rule:" has); in another language, a label is a few words ("Debemos ver los
 * bancos como lo que son:" is a clause).
 */
const isLabelled = (text: string, lang: string): boolean => {
  const m = BEFORE_COLON.exec(text);
  return m !== null && (lang === 'en' ? !hasVerb(m[1]!.toLowerCase()) : wordCount(m[1]!) <= MAX_LABEL_WORDS);
};
const QUESTION = /[?？؟]["'’”»)]*\s*$/u;
const EXCLAMATION = /[!！]["'’”»)]*\s*$/u;


/** Whether a sentence may become a headline (besides standing on its own and not being the title). */
export const headlineWorthy = (sentence: string, lang = 'en'): boolean => {
  const text = headlineClause(sentence, lang);
  return (
    !QUESTION.test(text) && !EXCLAMATION.test(text) && !QUOTED.test(text) && !LIST_LINE.test(text) && !isLabelled(text, lang) && !(lang === 'en' && ANSWER.test(text)) && wordCount(text) >= MIN_HEADLINE_WORDS
  );
};

/** An answer to a question asked before it ("Yes, if…", "If you want…, yes — and…"): it leans on the question. Not "No-deal…", "No. 10 said…". */
const ANSWER = /^(?:yes|no|yep|nope)(?:[,;:!]|\.(?!\s*\d)|\s[–—-]\s)|,\s+(?:yes|no)(?:\s[–—-]\s|[.;,]|$)/iu;

/** Saying verbs of an attribution. */
const SAID = '(?:(?:has|have|had)\\s+(?:said|learned|learnt|heard|been\\s+told|revealed|confirmed|announced|reported|found|warned)|understands|can\\s+reveal|argues|insists|warns|claims|notes|said|says|say|show|shows|showed|suggest|suggests|suggested|found|told\\s+[\\p{L}\\s]{1,30}?|added|adds|announced|reported|reports|confirmed|explained|stated|warned|claimed|argued|insisted|noted|wrote|writes|believes|thinks)';
/** A speaker: a pronoun, or up to six words (a name, a title, "the company's chief executive"). */
const SPEAKER = "(?:he|she|they|it|we|i|police|officials|experts|analysts|[\\p{L}\\p{N}.'’&-]+(?:\\s+[\\p{L}\\p{N}.'’&-]+){0,6})";
/** A day after the saying verb, with no preposition ("…, officials said Friday"). */
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)(?:\\s+(?:morning|afternoon|evening|night))?';
/**
 * An attribution that ends a sentence ("…, officials said on Tuesday."), its final mark captured.
 * Written in lower case and matched on the sentence case-folded (foldCaseAligned), as /iu would
 * match it on the sentence: with /iu its \p{…} classes cost twice as much to compile.
 */
const ATTRIBUTION = unicodeFrom(`,\\s+(?:${SPEAKER}\\s+${SAID}|${SAID}\\s+${SPEAKER})(?:\\s+(?:on|last|this|in)\\s+[\\p{L}\\p{N}\\s]{1,20}|\\s+${DAY})?(?:,\\s+(?:[^,;]|(?<=\\d),(?=\\d{3}))+)?\\s*([.!]?)\\s*$`);

/** `s` without its closing attribution: the final mark stays. */
export const withoutAttribution = (s: string): string => {
  const m = ATTRIBUTION.exec(foldCaseAligned(s));
  return m === null ? s : s.slice(0, m.index) + m[1]! + s.slice(m.index + m[0].length);
};

type Rule = { readonly name: string; readonly apply: (s: string) => string };

const trimEnd = (s: string): string => s.replace(/[\s,;:–—-]+$/u, '');

/** Headlinese: no day of the week ("…on Tuesday"), no leading article ("The US created…" → "US created…"). */
const HEADLINESE: Rule = {
  name: 'headlinese',
  apply: (s) =>
    s
      .replace(/\s+(?:on|last|this|late on|early on|earlier on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.;:!?]|$)/giu, '')
      .replace(/\s+(?:yesterday|today)(?=[\s,.;:!?]|$)/giu, '')
      .replace(/(?<!\b(?:for|in|by|until|till|from|of|to|through|since|before|after|into|over|during))\s+(?:last|this|next|earlier this|later this)\s+(?:week|weekend|month|year|season)(?=[\s,.;:!?]|$)/giu, '')
      // not the "a" of a quantity: "A few stayed" is not "Few stayed", nor "A lot" a "Lot"
      .replace(/^(?:the|a|an)\s+(?!(?:few|little|lot|bit|couple)\b)(?=\S)/iu, ''),
};

/**
 * What never opens a main clause: a conjunction or a verb that goes on the leading clause's own
 * predicate ("If you ride on roads, have a place to charge and can live without the app, the bike…").
 */
const RUNS_ON = /^(?:and|or|but|nor|have|has|had|can|could|will|would|should|must|may|might|shall|is|are|was|were|be|been|do|does|did|get|gets|go|goes|make|makes|take|takes|keep|keeps|use|uses|need|needs|want|wants)\b/iu;
/** A subordinate clause's opening word. */
const ONLY_SUBORDINATE = /^(?:if|unless|when|whenever|although|though|because|while|whilst|since|once|until)\s/iu;
const LEADING_CLAUSE = unicode.i`^(?:although|though|while|whilst|after|before|when|as|since|because|despite|following|amid|with|without|if|unless|in|on|at|by|for|during|over|under|last|this\s+(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|season|time|past|coming)|earlier|later|now(?=,)|to\s+\p{Ll}+|(?:beginning|starting)\s+(?:as\s+(?:early|soon)\s+as|no\s+(?:earlier|later)\s+than|with|in|on|at|from|next|this|last|jan\.?|feb\.?|march|april|may|june|july|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|january|february|august|september|october|november|december|\d)|(?:\p{L}+|\d+)\s+(?:years?|months?|weeks?|days?|decades?|hours?)\s+(?:after|before|later|ago))\b[^,;]{0,80},\s+`;
/**
 * What a leading clause of two words may run on with after its comma: more of its own phrase, told by
 * lower-case words that open no subject and hold no preposition ("For big, | contested decisions, | …";
 * not "Last year, | lawmakers in Texas, | Ohio and Florida passed…").
 */
const MORE_OF_THE_CLAUSE = unicode`^(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|it|he|she|they|we|i|you)\s)\p{Ll}[\p{Ll}-]*(?:\s+(?!(?:in|of|from|at|on|for|with|by|to|and|or)\s)\p{Ll}[\p{Ll}-]*){1,3},\s+`;

/**
 * Whether cutting a line at `at` would part a subject from its verb: the words cut off soon bring a
 * form of be, have, a modal or a past tense while the words kept have none ("For eleven days the
 * most-watched person | in the county was not…"). English.
 */
const AUXILIARY = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|does|do|did|says|said|gets|got)\b/u;
/** A past tense ("police arrested"), not a participle after a determiner or an adverb ("the closely watched"). */
const PAST = unicode`(?:^|\s)(?!(?:the|a|an|most|more|less|least|very|so|too|well|\p{Ll}+ly)\s)\p{Ll}+\s+\p{Ll}{2,}ed\b`;
const hasVerb = (s: string): boolean => AUXILIARY.test(s) || PAST.test(s);
/**
 * Whether what follows a name's appositive is its main clause ("will shut down…", "today announced…"),
 * not a second appositive ("a father of three who lived in Hull"): it opens with no article or figure,
 * and has a verb of its own (not one in a relative clause).
 */
const isMainClause = (s: string): boolean => !/^(?:a|an|the|\d)/iu.test(s) && hasVerb(s.replace(/\b(?:who|which|that|whose)\b.*$/u, ''));
/**
 * A participle after the subject's noun, then a preposition ("Honeybees exposed to…", "Patients
 * treated with…"): no verb of the clause when one follows later.
 */
const PARTICIPLE_AFTER_NOUN = unicode`^\S+(?:\s+\S+)?\s+\p{Ll}{2,}ed\s+(?:to|by|with|in|at|on|from|for|under|during|after)\s`;
/** Past tenses news tells with (mostly not in -ed), a clause's verb where hasVerb sees none ("Flash flooding … tore through…"). */
const IRREGULAR_PAST = /\b(?:tore|found|held|heard|felt|struck|swept|fell|rose|broke|won|lost|sank|shook|spread|stole|drew|drove|flew|froze|grew|overtook|overran|ran|sent|shot|spent|stood|took|threw|wrote|told|began|became|came|went|left|led|gave|made|brought|bought|sold|caught|fought|sought|taught|thought|kept|met|paid|said|saw|knew|hid|hit|cut|put|set|quit|let|forced|killed)\b/u;
/** A verb of any kind the rules know (lower-case text): an auxiliary, a past in -ed, or an irregular past. */
const hasAnyVerb = (s: string): boolean => hasVerb(s) || IRREGULAR_PAST.test(s);
/** A relative pronoun: a verb after it is its own clause's ("the man who was…"). */
const RELATIVE = /\b(?:who|which|that|whose|whom|where|when|if|because|as|after|before|while)\b/u;
/**
 * The clause's verb in the next words after a cut, before any relative pronoun or comma: an
 * auxiliary, a past tense in -ed after a word, or a common irregular past.
 */
const verbAhead = (rest: string, words: number): boolean => {
  const head = rest.trim().split(/\s+/u).slice(0, words).join(' ').toLowerCase();
  const before = head.split(/,/u)[0]!;
  const clause = RELATIVE.exec(before);
  const scope = clause === null ? before : before.slice(0, clause.index);
  return hasAnyVerb(scope);
};
/** A participle opening a phrase ("killing at least four people"), not "according to" or "during". */
const PARTICIPLE_FIRST = unicode`^(?!(?:according|during|including|regarding|concerning|excluding|following|pending)\s)\p{Ll}{3,}ing\s`;
/** Whether a clause before a name has its verb already: the name is its object, not its subject. */
const verbBefore = (text: string): boolean => hasAnyVerb(text.toLowerCase());
/**
 * A subject's noun, its participle and first phrase (no preposition of the second in it); then more
 * phrases before the clause's auxiliary (the 'subject phrase' rule). No phrase holds a relative word or
 * a subordinator: "Ruiz returned to the court … for a trial that is expected…" has no such subject.
 * (A word is taken whole, with the space after it: a word that could end anywhere, \S+\s?, gave the
 * engine every way of cutting each word to try, and a sentence of 20 words took minutes.)
 */
const SUBJECT_PHRASE =
  unicode`^(\p{Lu}\S*(?:\s+\S+)?\s+\p{Ll}{2,}ed\s+(?:to|by|with|in|from|for|under)\s(?:(?!(?:that|who|which|where|when|after|before|as|because|while|since|if|until|once|at|in|on|from|under|during|for|near|across)\s)[^,;\s]+(?:\s|(?![^,;\s]))){1,10}?)\s+(?:at|in|on|from|under|during|for|near|across)\s(?:(?!(?:that|who|which|where|when|after|before|as|because|while|since|if|until|once)\s)[^,;\s]+(?:\s|(?![^,;\s]))){1,10}?(?=\s*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\s)`;
/** A relative clause cut at its subject ("…is one that ranchers | across the plains are asking"): its words after the pronoun. */
const OPEN_RELATIVE = /\b(?:that|who|which|whom)\s+((?:[^\s,;]+\s+){0,4}[^\s,;]+)$/u;
const partsSubjectFromVerb = (s: string, at: number): boolean => {
  const kept = s.slice(0, at).toLowerCase();
  if (!hasVerb(kept)) return hasVerb(s.slice(at).trim().split(/\s+/u).slice(0, 6).join(' ').toLowerCase()) || verbAhead(s.slice(at), 10);
  // the main clause has its verb, but a relative clause is cut from its own
  const relative = OPEN_RELATIVE.exec(kept);
  if (relative !== null && !hasAnyVerb(relative[1]!) && verbAhead(s.slice(at), 10)) return true;
  // a subject whose only verb is a participle after its noun, and the clause's verb still to come
  return !AUXILIARY.test(kept) && PARTICIPLE_AFTER_NOUN.test(kept) && verbAhead(s.slice(at), 10);
};

/** Whether a "for" at `at` is inside a name ("the Center | for Rural Health Access", "the Institute | for Fiscal Studies"): capitals on both sides. */
const insideName = (s: string, at: number): boolean => NAME_BEFORE.test(s.slice(0, at)) && FOR_NAME_AFTER.test(s.slice(at));

/** A condition put to the reader. */
const IF_YOU = /^\s*(?:if|when|unless)\s+(?:you|your)\b/iu;
/** A pronoun for a subject: the line leans on what came before it. */
const LEANING_SUBJECT = /^(?:it|this|that|they|these|those|he|she)\s/iu;

/** A first-person main clause of a few words, then the clause that says what happened ("I thought about it last month when "). */
const FIRST_PERSON_FRAME = unicode`^(?:I|We)\s(?:[^,;.!?]{1,60}?),?\s+(?:when|after|the\s+day|the\s+week)\s+(?=(?:the|a|an)\s|\p{Lu})`;

/** The writer's opinion, then what should be done ("I also think it's a bad trade, and the Legislature should bar…"). */
const FIRST_PERSON_OPINION = /^I\s+(?:also\s+|still\s+)?(?:think|believe|suspect|argue)\s[^,;]{1,60}[,;]\s+(?:and\s+|but\s+)?(?=[^,;]{1,60}\b(?:should|must|ought)\b)/u;
/** The writer's frame, then after its colon what should be done ("I am writing to ask for one thing: the board should approve…"). */
const FIRST_PERSON_ASK = /^I\s[^:;.!?]{1,140}:\s+(?=[^:;]{1,80}\b(?:should|must|ought)\b)/u;

/** "The good news is that", "The truth is": a frame before the clause that says the news. */
const NEWS_FRAME = unicode.i`^(?:the\s+)?(?:(?:good|bad|great|better|real|short)\s+news|truth|reality|fact|upshot)\s+(?:is|was)(?:\s+that\s+|,\s+)(?=\p{Ll})`;

/**
 * "Jane Doe, 45, a teacher from Leeds, was…": a name, its appositive (a short one, or up to
 * LONG_APPOSITIVE_CHARS), a second part, and the lower-case word after them.
 */
const LONG_APPOSITIVE_CHARS = 200;
/** "…, but …", "…, which …", "…, saying …", "…; …": where a trailing clause starts (the main clause is before it). */
const TRAILING_CLAUSE = unicode.i`(?:[,;:]|\s[–—-]{1,2})\s+(?:but|and|while|whilst|which|who|where|when|as|after|before|because|although|though|despite|following|amid|with|without|since|until|including|\p{Ll}+ing|driven|led|fuelled|fueled|helped|hit|boosted|hurt|prompted|sparked|up\s+from|down\s+from|compared|than|so|yet|or|in\s+a|in\s+an|in\s+the)\b`;
/** "…will, for the first time, set…": a phrase between commas inside the verb (the auxiliary kept). */
const INSIDE_VERB = unicode.g`\b(will|would|can|could|may|might|must|should|shall|has|have|had|is|are|was|were|does|did|do),\s+(?:(?:for|in|at|on|by|after|before|until|over|under|since|within|from|at\s+least|at\s+last)\s|\p{Ll}+ly\b)[^,;]{0,40},\s+(?=\p{Ll})`;
/** ", led by J. D. Salas, a health economist at…,": who led it, and what they are. */
const LED_BY = unicode.g`,\s+(?:led|headed|run|founded|owned|chaired|written|directed|produced|funded|backed|commissioned|conducted|published)\s+by\s[^,;]{1,60}(?:,\s+(?:a|an|the)\s[^,;]{1,90})?,(?=\s+\p{Ll})`;

const APPOSITIVE = unicodeFrom(
  `(\\p{Lu}[\\p{L}'’.-]*),\\s+(\\d{1,3}|aged\\s+\\d{1,3}|(?!(?:as|when|while|whilst|after|before|because|since|if|although|though|until|unless|once)\\s)\\p{Ll}(?:[^,;]|(?<=\\d),(?=\\d{3})){1,${LONG_APPOSITIVE_CHARS}}?)(,\\s+(?:\\d{1,3}|\\p{Ll}[^,;]{1,60}?))?,(?=\\s+(?!(?:and|or|but|nor)\\b)\\p{Ll})`,
  'gu',
);
/**
 * An appositive longer than this many characters ("Agnes Morrow, a retired schoolteacher who started a
 * seed library … and watched it grow…, died…") goes only where it describes a person (an article, a few
 * words, "who"/"that") and the clause's verb follows it ("died", "will end"): not "Divers, rhizome
 * rulers and a genetic clock point to…, in a sea…", nor "On Monday, the state board voted…, clearing…".
 */
const SHORT_APPOSITIVE = 60;
const LONG_APPOSITIVE = /^(?:a|an)\s(?:[^\s,]+\s){0,4}(?:who|whose|that)\s/u;
const VERB_FIRST = unicode`^\s+(?:(?!(?:need|seed|feed|speed|bleed|breed|hundred|kindred|sacred)\b)\p{Ll}{2,}ed|is|was|has|had|will|would|says|said|dies|left|won|lost|became|took|made)\b`;

const RULES: readonly Rule[] = [
  // "…, officials said on Tuesday." / "…, said Mr Smith." / "…, according to police."
  {
    name: 'attribution',
    apply: (s) =>
      withoutAttribution(s)
        .replace(/,\s+according\s+to\s+[^;]+?([.!]?)\s*$/iu, '$1')
        .replace(/^according\s+to\s+[^,;]+,\s+/iu, '')
        .replace(/,\s+according\s+to\s+[^,;]+,(?=\s)/iu, ''),
  },
  // "The good news is that most households can cut…": the frame says how to take the news, not the news
  {
    name: 'news frame',
    apply: (s) => {
      const m = NEWS_FRAME.exec(s);
      return m !== null && wordCount(s.slice(m[0].length)) >= MIN_HEADLINE_WORDS && hasAnyVerb(s.slice(m[0].length).toLowerCase()) ? s.slice(m[0].length) : s;
    },
  },
  // "(…)", "[…]", "– … –", "— … —", "will, for the first time, set"
  {
    name: 'parenthetical',
    apply: (s) =>
      s
        .replace(/\s*\([^()]*\)/gu, '')
        .replace(/\s*\[[^[\]]*\]/gu, '')
        .replace(/\s+[–—-]{1,2}\s+[^–—]+?\s+[–—-]{1,2}(?=\s)/gu, '')
        // "scored 34 points, 12 of them in the fourth quarter, and…": how many of them, an aside
        .replace(/,\s+(?:\d[\d,.]*|all|most|some|many|half|none|both|each)\s+of\s+(?:them|those)\b[^,;]{0,60},(?=\s)/giu, (aside) => (verbBefore(aside) ? aside : ''))
        // "…will, for the first time, set…": a phrase between commas inside the verb
        .replace(INSIDE_VERB, '$1 '),
  },
  // "Jane Doe, 45, a teacher from Leeds, was…" / "The firm, which employs 3,000 people, said…"
  {
    name: 'appositive',
    apply: (s) =>
      s
        .replace(/,\s+(?:who|which|whose|whom|where)\s(?:[^,;]|(?<=\d),(?=\d{3}))+,(?=\s)/giu, '')
        // "The study, led by J. D. Salas, a health economist at…, analyzed…": who led it, and what they are
        .replace(LED_BY, '')
        // (a second part that holds a verb is the main clause: "Tamsin Ferries, the operator…, will end…")
        // (not a participle phrase after a name that is no subject, a verb before it: "…tore through
        // Caldera Springs, killing at least four people, destroying…")
        .replace(APPOSITIVE, (whole: string, name: string, first: string, second: string | undefined, at: number, line: string) => {
          if (PARTICIPLE_FIRST.test(first) && verbBefore(line.slice(0, at))) return whole;
          const rest = second?.replace(/^,\s+/u, '');
          // a long one: a person's description, with the clause's verb right after it
          if (first.length > SHORT_APPOSITIVE) {
            if (!LONG_APPOSITIVE.test(first)) return whole;
            if (rest !== undefined) return VERB_FIRST.test(` ${rest}`) ? `${name} ${rest},` : whole;
            return VERB_FIRST.test(line.slice(at + whole.length)) ? name : whole;
          }
          return rest !== undefined && isMainClause(rest) ? `${name} ${rest},` : name;
        }),
  },
  // "Honeybees exposed to a fungicide at levels found on crops were…": a subject's participle phrase
  // keeps its first phrase; the phrases after it go, up to the clause's verb
  {
    name: 'subject phrase',
    apply: (s) => s.replace(SUBJECT_PHRASE, '$1 '),
  },
  // "Although …, the firm…" / "After a long night, …": the main clause is what follows the comma
  {
    name: 'leading clause',
    apply: (s) => {
      // one leading clause may follow another ("For eleven days last August, as the fire burned, …")
      for (let i = 0; i < 2; i++) {
        const m = LEADING_CLAUSE.exec(s);
        if (m === null) break;
        // a clause of two words whose comma parts its adjectives goes on to the next comma
        const more = wordCount(m[0]) <= 2 ? MORE_OF_THE_CLAUSE.exec(s.slice(m[0].length)) : null;
        let end = m[0].length + (more !== null && !hasVerb(more[0]) ? more[0].length : 0);
        // so does a longer one whose comma parts adjectives or a list ("For most riders who need a
        // dependable, | low-maintenance bike for a daily commute, the C2 is…")
        for (let comma = s.lastIndexOf(',', end); comma > 0 && (partsAdjectives(s, comma) || partsList(s, comma)); comma = s.lastIndexOf(',', end)) {
          const next = s.indexOf(', ', comma + 1);
          if (next < 0 || next > MAX_LEADING_CLAUSE) break;
          end = next + 2;
        }
        // the main clause opens with its subject; a clause that runs on over a comma ("If you ride on
        // roads, have a place to charge and …, the bike is…") leaves a verb there, and stays
        if (wordCount(s.slice(end)) < MIN_HEADLINE_WORDS || RUNS_ON.test(s.slice(end))) break;
        s = s.slice(end);
      }
      return s;
    },
  },
  // "I thought about that table last week, when the library board voted to…": a columnist's frame
  // in the first person; the news is the clause it is hung on. "I think it's a bad trade, and the
  // Legislature should bar it": the opinion's point is what should be done
  {
    name: 'first-person frame',
    apply: (s) => {
      const m = FIRST_PERSON_FRAME.exec(s) ?? FIRST_PERSON_OPINION.exec(s) ?? FIRST_PERSON_ASK.exec(s);
      return m !== null && wordCount(s.slice(m[0].length)) >= MIN_HEADLINE_WORDS && hasVerb(s.slice(m[0].length).toLowerCase()) ? s.slice(m[0].length) : s;
    },
  },
  // "…, but …" / "…, which …" / "…, saying …" / "…; …": the main clause is what comes before
  {
    name: 'trailing clause',
    apply: (s) => {
      const at = TRAILING_CLAUSE.exec(s);
      return at !== null && wordCount(s.slice(0, at.index)) >= MIN_HEADLINE_WORDS ? s.slice(0, at.index) : s;
    },
  },
];

/** Rules that apply to every headline, however short; the others only while it is too long. */
const ALWAYS = new Set(['attribution', 'news frame', 'parenthetical']);

/** A clause boundary a too-long line may still be cut at: punctuation, or a conjunction (not the "and" of a name: "Lock and Dam No. 10"). */
const BOUNDARY = unicode.g`(?:[,;:]|\s[–—-]{1,2})\s+|\s+(?=(?:and\s(?!\p{Lu})|as\s(?!(?:much|many|long|far|well|soon|little|few|early|late|good|bad|high|low|big|small)\s+as\b)|(?:but|while|after|because|which|who|with|amid|despite|following|since|until|when|where)\s))`;
/**
 * A comma between two adjectives of one noun phrase ("a full, | free specification"): after a
 * determiner and one word, before a word that opens no clause and another word. English.
 */
const BEFORE_ADJECTIVE_COMMA = unicode.i`\b(?:a|an|the|its|their|his|her|our|your|my|this|that|these|those|every|each)\s+\p{Ll}+$`;
const AFTER_ADJECTIVE_COMMA = unicode`^,\s+(?!(?:and|or|but|nor|which|who|whom|whose|where|when|while|as|with|without|including|not|then|so|yet|than|the|a|an|its|their|his|her|it|he|she|they|we|i|you|said|says)\s)\p{Ll}+(?:-\p{Ll}+)*(?<!ing)\s+\p{Ll}`;
const partsAdjectives = (s: string, at: number): boolean => BEFORE_ADJECTIVE_COMMA.test(s.slice(0, at)) && AFTER_ADJECTIVE_COMMA.test(s.slice(at));
/** A comma inside a list of a few words each, which ends in "and" or "or" ("a phone, | laptop, tablet or home appliance"). English. */
const LIST_ITEMS = unicode`^,\s+(?!(?:and|or|but|nor|which|who|whom|whose|where|when|while|as|with|without|including|not|then|so|yet|than|the|a|an|it|he|she|they|we|i|you)\s)[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?(?:,\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?)*,?\s+(?:and|or)\s`;
const partsList = (s: string, at: number): boolean => LIST_ITEMS.test(s.slice(at));

/**
 * An appositive longer than this many characters ("Agnes Morrow, a retired schoolteacher who started a
 * seed library … and watched it grow…, died…") goes only where it is a person's description (an
 * article, a few words, "who"/"that") and the clause's verb follows it ("died", "was"): not "Divers,
 * rhizome rulers and a genetic clock point to…, in a sea…", nor "On Monday, the state board voted…, clearing…".
 */
/** A leading clause whose commas part its adjectives runs on at most this far. */
const MAX_LEADING_CLAUSE = 200;
/** The rules read at most this much of a sentence (a run-on paragraph without a full stop can be megabytes). */
const MAX_RULE_CHARS = 2000;

/**
 * Whether an "and" at `at` joins two phrases of a clause, not two clauses or predicates: before it no
 * verb yet ("Another cloud of choking smoke | and dust is set to…"), or after it a noun phrase (an
 * article, a determiner, a figure, a word in -ing: "public relations | and branding firm"). English.
 */
const AND_PHRASE = unicode`^\s*and\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|this|that|these|those|his|her|its|their|our|my|your|fellow|other|another|several|many|some|more|\d\S*|\p{Ll}+ing|\p{Lu}\S*)\b`;
const joinsPhrases = (s: string, at: number): boolean => {
  if (!/^\s*and\s/u.test(s.slice(at, at + 6))) return false;
  const kept = s.slice(0, at).toLowerCase();
  // (nor between two adjectives: "a long | and costly plan")
  return !hasAnyVerb(kept) || AND_PHRASE.test(s.slice(at, at + 40)) || BEFORE_ADJECTIVE_COMMA.test(s.slice(0, at));
};

/** Where a phrase starts that a main clause can do without (English), a participle phrase after its noun too ("…a flaw | affecting every server"). */
const SOFT_BOUNDARY = /\s+(?=(?:in|at|during|across|if|after|before|because|since|while|whilst|rather\s+than|instead\s+of|as\s+(?:the|a|an|it|he|she|they|we|you|i|this|that|these|those)|amid|despite|following|although|though|which|who|whose|when|where|during|ahead\s+of|until|unless|according|affecting|leaving|forcing|sending|bringing|raising|putting|giving|allowing|prompting|causing|killing|injuring|citing|marking|triggering|pushing|sparking)\s)/giu;
/** Where a phrase starts, for a line that is still too long: before a preposition (English). */
const PHRASE = /\s+(?=(?:in|on|at|for|with|by|from|over|into|against|under|through|across|near|between|without)\s)/giu;
/** Words a cut line must not end on. */
const DANGLING_END = unicode.i`\b(?:a|an|the|of|he|she|they|we|to|in|on|at|by|for|from|with|and|or|but|as|that|which|who|its|his|her|their|our|your|my|is|are|was|were|be|been|has|have|had|will|would|can|could|than|rather|into|over|after|before|about|this|these|those|said|says|its|not|no|more|most|less|very|also|such)$|['’]s$|\b(?:and|or|but)\s+\p{Ll}+ly$|\b(?:is|are|was|were|be|been|being)\s+\p{Ll}+ed$|\bto\s+(?:do|make|take|give|get|put|keep|let|have|see|find|use|pay|bring|hold|turn|set|offer|provide|build|buy|sell)$|\bone of the (?:\p{Ll}+\s+)?\p{Ll}+$|\bthe (?:one|only|first|last|same) (?:\p{Ll}+\s+)?(?!(?:time|day|week|month|year|night|morning|evening|way)$)\p{Ll}+$|\b(?:shortly|just|nearly|almost|only|even|soon|right|mostly|largely|partly|mainly)$|\bas\s+(?:much|many|long|far|soon|little|few|early|late|well)$|\b(?:a|an|the)\s+[$€£]?\d[\d,.]*%?$|\d%?\s+(?:jump|rise|fall|drop|increase|decrease|decline|surge|slump|gain|spike|dip|plunge|rebound|cut)$`;

/**
 * A participle after its noun, ending a line ("…found that a fungus growing"), or an adjective in -ing
 * left without its noun ("…to remember a rewarding"); not a noun in -ing ("a public airing", "the
 * ruling"). Case-sensitive: "the capital Beijing" ends on a name.
 */
const DANGLING_PARTICIPLE = unicode`\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:\p{Ll}+\s+)?(?!(?:spring|string|offspring|airing|building|meeting|hearing|briefing|ruling|funding|spending|warning|opening|ending|setting|finding|filing|listing|ranking|rating|recording|reading|painting|wedding|morning|evening|feeling|ceiling|clothing|housing|training|planning|parking|shipping|shooting|bombing|killing|landing|crossing|timing|booking|screening|showing|standing|beginning|gathering|uprising|polling|pricing|lending|trading|offering|sitting|signing|outing|rising|ceasing|sibling|darling|pudding|stuffing)$)\p{Ll}{3,}ing$`;
/** Whether a cut line ends on a word that needs another (DANGLING_END, DANGLING_PARTICIPLE). */
const dangles = (s: string): boolean => DANGLING_END.test(s) || DANGLING_PARTICIPLE.test(s);

/** An abbreviation that ends a line keeps its full stop ("at 4:15 p.m.", "in the U.S."). */
const ABBREVIATION_END = unicode`(?:\b\p{L}\.\p{L}|\b(?:Inc|Co|Ltd|Corp|Jr|Sr|St|Mt|Bros))\.$`;

const closeUp = (s: string): string => {
  const line = trimEnd(s.replace(/\s+([,.;:!?])/gu, '$1').replace(/\s{2,}/gu, ' ').trim());
  return (ABBREVIATION_END.test(line) ? line : line.replace(/[.。]$/u, '')).replace(/[\s,;:–—-]+$/u, '');
};

/** The first `n` words of `s`, as written, not ending on a word that needs another. */
const firstWords = (s: string, n: number): string => {
  const tokens = s.split(/(\s+)/u);
  let kept = '';
  let count = 0;
  for (const t of tokens) {
    if (/\S/u.test(t) && LETTER_OR_DIGIT.test(t)) {
      if (count === n) break;
      count++;
    }
    kept += t;
  }
  let out = closeUp(kept);
  while (dangles(out) && wordCount(out) > 3) out = closeUp(out.replace(/\s*\S+$/u, ''));
  return out;
};

/** A line cut inside a quotation ("…was \"one") ends before the quotation opens. */
const unquoted = (s: string): string => {
  const marks = s.match(/["“”]/gu) ?? [];
  if (marks.length % 2 === 0) return s;
  const open = Math.max(s.lastIndexOf('"'), s.lastIndexOf('“'));
  const before = closeUp(s.slice(0, open));
  return wordCount(before) >= MIN_HEADLINE_WORDS ? before : s;
};

const capitalized = (s: string): string => (s.length === 0 ? s : s[0]!.toLocaleUpperCase() + s.slice(1));

/**
 * A sentence cut to a headline of at most `max` words: the rules applied in order, each only while
 * the line is longer than `target` (the main clause of a short sentence is left whole); then, if still
 * too long, cut at the last clause boundary within `max` words, or after `max` words. English rules
 * apply to English; every language loses its brackets and trailing punctuation.
 */
export const trimHeadline = (sentence: string, max: number, lang = 'en', target = Math.round(max * 0.7)): string => headlineOf(sentence, max, lang, target).text;

/**
 * Whether `kept`, a sentence's first clause (no comma in it), argues (the language's `argues`: "Il faut
 * rouvrir les petites gares"), and is no subordinate clause (its `opensSubordinate`: "Alors que le
 * budget devrait être présenté…").
 */
const arguesFirst = (kept: string, lang: string): boolean => {
  const data = LANGUAGES[lang];
  return (
    data?.argues !== undefined && !/[,;]/u.test(kept) && data.opensSubordinate?.test(kept.replace(/^[\s"“«„‹‘'¿¡]+/u, '')) !== true && data.argues.test(kept)
  );
};

/** A line of another language cut at a comma keeps at least this share of the words it may have. */
const NON_ENGLISH_CUT_SHARE = 0.6;

/** Short lower-case words a line cut in a language without `danglingEnd` must not end on ("…en 42 municipios de la"). */
const SHORT_FUNCTION_WORD = unicode`\s(?:\p{Ll}{1,2}['’])?\p{Ll}{1,3}$`;
const danglingEnds = new Map<string, ReadonlySet<string> | null>();
/** Whether a line cut in language `lang` ends on a word that needs another (its `danglingEnd`). */
const endsOnFunctionWord = (s: string, lang: string): boolean => {
  let words = danglingEnds.get(lang);
  if (words === undefined) {
    const list = LANGUAGES[lang]?.danglingEnd;
    words = list === undefined ? null : new Set(list);
    danglingEnds.set(lang, words);
  }
  if (words === null) return SHORT_FUNCTION_WORD.test(s);
  const last = LAST_WORD.exec(s);
  return last !== null && words.has(last[1]!.toLowerCase());
};

/**
 * The headline of a sentence, and whether it had to be cut inside a clause (no boundary within `max`
 * words: the line may stop mid-phrase, and another sentence may make a better headline).
 */
export const headlineOf = (sentence: string, max: number, lang = 'en', target = Math.round(max * 0.7)): { text: string; cut: boolean } => {
  let cut = false;
  // a dateline is no part of a headline: "DETROIT — ", "HARBOR CITY, Calif. (AP) — "
  sentence = sentence.replace(WIRE_DATELINE, '');
  // a headline is a few words: the rules need not read past the first few hundred of a run-on sentence
  let s = (sentence.length > MAX_RULE_CHARS ? sentence.slice(0, MAX_RULE_CHARS) : sentence).trim();
  s = headlineClause(s, lang);
  // another language's aside between commas ("…a adopté jeudi soir, par 31 voix contre 12, la gratuité…")
  const aside = lang === 'en' ? undefined : LANGUAGES[lang]?.aside;
  if (aside !== undefined) s = s.replace(aside, '');
  // …and the source it names before the clause ("Selon une étude publiée en mars par l'Observatoire, près d'une commune…")
  const source = lang === 'en' ? null : (LANGUAGES[lang]?.leadingSource?.exec(s) ?? null);
  if (source !== null && wordCount(s.slice(source[0].length)) >= MIN_HEADLINE_WORDS) s = s.slice(source[0].length);
  const rules = lang === 'en' ? RULES : RULES.filter((r) => r.name === 'parenthetical');
  for (const rule of rules) {
    if (wordCount(closeUp(s)) <= target && !ALWAYS.has(rule.name)) break;
    const next = rule.apply(s);
    if (wordCount(next) >= Math.min(MIN_HEADLINE_WORDS, wordCount(s))) s = next;
  }
  s = closeUp(lang === 'en' ? HEADLINESE.apply(s) : s);
  if (lang === 'en' && wordCount(s) > target) {
    // still long: the main clause ends before its last phrase that fits ("…has hit a five-year high | after…")
    let best = -1;
    SOFT_BOUNDARY.lastIndex = 0;
    for (let m = SOFT_BOUNDARY.exec(s); m !== null; m = SOFT_BOUNDARY.exec(s)) {
      const words = wordCount(s.slice(0, m.index));
      if (words > max || (words > target && best > 0)) break;
      if (words >= MIN_HEADLINE_WORDS && !dangles(closeUp(s.slice(0, m.index))) && !partsSubjectFromVerb(s, m.index)) best = m.index;
    }
    if (best > 0) s = closeUp(s.slice(0, best));
  }
  if (wordCount(s) > max) {
    let best = -1;
    // in another language whose subordinate clauses are known, the comma before one ends the main one
    // (", weil…", ", omdat…")
    const subordinate = lang === 'en' ? undefined : LANGUAGES[lang]?.subordinate;
    const boundary = BOUNDARY.regex;
    boundary.lastIndex = 0;
    for (let m = boundary.exec(s); m !== null; m = boundary.exec(s)) {
      const words = wordCount(s.slice(0, m.index));
      if (words > max) break;
      // …and so does a comma or a colon after a first clause that argues ("Il faut rouvrir les petites
      // gares, non par nostalgie…", "Debemos ver los bancos como lo que son: un equipamiento…")
      if (subordinate !== undefined && words >= MIN_HEADLINE_WORDS && (subordinate.test(s.slice(m.index, m.index + 24)) || arguesFirst(s.slice(0, m.index), lang))) {
        best = m.index;
        break;
      }
      // (in a language whose clauses are not known, not a cut that keeps only a leading phrase: "Ce lundi, à 8 h 20")
      if (words >= (lang === 'en' ? Math.min(MIN_HEADLINE_WORDS, max) : Math.ceil(max * NON_ENGLISH_CUT_SHARE)) && !(lang === 'en' && (dangles(closeUp(s.slice(0, m.index))) || partsAdjectives(s, m.index) || partsList(s, m.index) || joinsPhrases(s, m.index)))) best = m.index;
    }
    // (its prepositions are English: "in" and "over" are Dutch words too, and "De Hoge Brug over de Lisse" was cut before "in Lindeveld")
    if (best < 0 && lang === 'en') {
      PHRASE.lastIndex = 0;
      for (let m = PHRASE.exec(s); m !== null; m = PHRASE.exec(s)) {
        const words = wordCount(s.slice(0, m.index));
        if (words > max) break;
        if (words >= Math.min(MIN_HEADLINE_WORDS, max) && !dangles(closeUp(s.slice(0, m.index))) && !(lang === 'en' && partsSubjectFromVerb(s, m.index)) && !insideName(s, m.index)) best = m.index;
      }
    }
    cut = best <= 0;
    s = best > 0 ? closeUp(s.slice(0, best)) : firstWords(s, max);
    if (lang !== 'en') while (endsOnFunctionWord(s, lang) && wordCount(s) > MIN_HEADLINE_WORDS) s = closeUp(s.replace(/\s+\S+$/u, ''));
  }
  // a dateline's dash, or a clause's, never opens a headline
  const text = capitalized(unquoted(s).replace(/^[\s–—-]+/u, ''));
  // a line that is only a subordinate clause ("If you ride mostly on paved roads") says nothing: as
  // good as cut, so that another sentence is preferred
  // so is one whose subject is a pronoun once its leading clause is gone ("For three weeks, it has
  // also been…": it leans on a sentence before it), and advice to the reader ("If you need one that
  // folds, look at the Q7 instead": an order, once its condition is gone)
  const leans = LEANING_SUBJECT.test(text) && !LEANING_SUBJECT.test(sentence.trimStart());
  return { text, cut: cut || (lang === 'en' && ((ONLY_SUBORDINATE.test(text) && !/,/u.test(text)) || leans || IF_YOU.test(sentence))) };
};
