// What the sentence splitter and the term builder need to know of each language, as data: the
// abbreviations after which a full stop does not end a sentence, and which stemmer to use. Lists are
// lower-case and without the dot. Abbreviations that often end a sentence ("etc.", "usw.", "itd.")
// are left out: a lower-case word after them joins the sentences anyway.
import type { LinePattern } from '../text/patterns.js';
import { type Pattern, unicode, unicodeFrom } from '../text/unicode.js';

/**
 * A warm-up's kinds that are told by words, each with its patterns and the texts their matches
 * open with (core/text/patterns.ts: a sentence is tried only against the patterns it opens as).
 */
export type WarmUpOpeners = {
  readonly address?: readonly LinePattern[];
  readonly greeting?: readonly LinePattern[];
  readonly seasonal?: readonly LinePattern[];
  readonly scene?: readonly LinePattern[];
  /**
   * A sentence that announces the point ("Here is where I've landed.", "So here is my proposal."): the
   * sentence after it says it. With a colon, what follows the colon is the point itself.
   */
  readonly signpost?: readonly Pattern[];
};

export type LanguageData = {
  /** The language's name in English, for messages. */
  readonly name: string;
  readonly abbreviations: readonly string[];
  /** The @orama/stemmers module for the language, if there is one. */
  readonly stemmer?: string;
  /** Words that make a number with a full stop an ordinal ("am 3. Oktober"), not a sentence's end. */
  readonly ordinalBefore?: Pattern;
  /** A month after a day's number and its full stop ("9. März"): the number is an ordinal, the stop ends nothing. */
  readonly ordinalAfter?: Pattern;
  /** Leading elisions split off a word ("l'école" → "école"). */
  readonly elision?: Pattern;
  /**
   * Words and phrases that open a sentence by linking it to what came before: connectives ("However",
   * "And", "As a result"). In a summary read line by line they lean on the sentence before; in a long
   * one they link to the summary's thread (core/coherence.ts). Lower-case.
   */
  readonly connectives?: readonly string[];
  /**
   * Words and phrases that open a sentence by pointing at something only the sentence before names:
   * pronouns and demonstratives ("He", "This", "The latter"). They lean on it in any summary. Lower-case.
   */
  readonly references?: readonly string[];
  /** Words after a demonstrative reference that make it stand alone ("This year"). */
  readonly standalone?: readonly string[];
  /** The demonstratives among the references: before a `standalone` word they point at the calendar, not back. */
  readonly demonstratives?: readonly string[];
  /**
   * Openings whose reference word points at nothing ("It is time to…", "It is clear that…": the
   * subject is a placeholder for what follows). Lower-case phrases, a contraction's pronoun alone ("it's" is "it").
   */
  readonly placeholders?: readonly string[];
  /**
   * A short sentence that opens a part of the piece by naming its subject ("Start with the money.",
   * "Now look at the learning.", "Then there is the fifth day itself."): said alone it says nothing.
   */
  readonly sectionOpener?: Pattern;
  /**
   * A sentence that announces the steps or the list below it ("Below is the step-by-step process I
   * use, plus what to do if something goes wrong."): it points at the body, not at the point.
   */
  readonly announcesSteps?: Pattern;
  /**
   * How a lede that warms up opens (core/score/opening.ts): each pattern is tried on a sentence's
   * opening, leading quotes dropped. Questions and quotations are told by their marks in any language.
   */
  readonly warmUps?: WarmUpOpeners;
  /**
   * A heading over a review's or an essay's conclusion ("Verdict", "The bottom line", "Fazit"): in the
   * article's second half, the paragraph under it is the point (core/score/opening.ts).
   */
  readonly verdict?: Pattern;
  /**
   * A title that says the piece is a how-to ("How to Update Your Router's Firmware Safely (Step by
   * Step)"): its "Bottom line" is a last tip, not a verdict; its point is the fix it opens with.
   */
  readonly howTo?: Pattern;
  /**
   * A review's verdict, in the words of most critics (core/score/opening.ts): the thing reviewed, by a
   * name its title gives it, then `copula` ("is", "n'est", "ist"), then a word a critic `judges` with
   * ("the best…", "le plus beau…", "gelungen"). `copula` is tried on a sentence's first words, with
   * its spaces; `judges` on the words after it.
   */
  readonly review?: {
    readonly copula: Pattern;
    readonly judges: Pattern;
    /**
     * A verdict that names the thing by its kind, not its name ("It is, quite simply, the most assured
     * debut of the year", "È una cucina onesta e generosa"): "it is" (an aside of a few words may
     * follow), then the kind within a few words.
     */
    readonly byKind?: Pattern;
    /** Where a verdict by kind goes on to what the thing is about ("…a novel about the worst winter"): a judgement is looked for before it. */
    readonly about?: Pattern;
  };
  /**
   * What ought to be done, as a column's argument says it ("debería", "sollte", "il faut"; what must
   * be, Spanish "debe", German "muss", though not with a year in its clause, which tells a schedule,
   * nor Spanish "se debe a", "is due to"; not French "doit", Italian "deve", Portuguese "deve" or
   * Dutch "moet", which tell what is due as often, "doit s'achever en 2026"): in an opinion piece,
   * the first such sentence of the writer's own is the point (core/score/opening.ts).
   * English's is in opening.ts.
   */
  readonly argues?: Pattern;
  /**
   * A feature's turn from the case it opened with to the many it stands for, said of the case ("Her
   * case is not unusual: …", "Son cas n'a rien d'exceptionnel : …"): after a lede that is no news, the
   * point (core/score/opening.ts).
   * Tried on a sentence's opening.
   */
  readonly turns?: Pattern;
  /**
   * The same turn said of something wider ("The closures are part of a wider retreat…", "Ces fermetures
   * s'inscrivent dans une tendance…"): news says it of its changes too, so it counts only after a lede
   * that warms up.
   */
  readonly widerTurns?: Pattern;
  /**
   * A comma, then a conjunction that opens a subordinate clause (", weil", ", parce que", ", omdat"):
   * a headline in the language may end before it, where its main clause ends (core/headline.ts). Not
   * a relative pronoun, which often follows the subject before its verb (", qui comprend 53 pays").
   */
  readonly subordinate?: Pattern;
  /**
   * Words a headline cut short must not end on: articles, prepositions, conjunctions, possessives
   * ("…en 42 municipios de la"). Not a short verb ("…como lo que son"). Lower-case, space-separated.
   */
  readonly danglingEnd?: readonly string[];
  /** Words that open a sentence with a subordinate clause ("Alors que…", "Aunque…", "Obwohl…"): its "should" argues nothing. */
  readonly opensSubordinate?: Pattern;
  /**
   * A writer's first-person frame before a colon ("Je le dis donc sans détour :", "Lo digo claro:"):
   * it announces the point, which is what follows the colon (core/text/signpost.ts).
   */
  readonly colonFrame?: Pattern;
  /**
   * A phrase between commas that a headline reads on without (", par 31 voix contre 12,": a vote's
   * tally between the verb and its object), matched anywhere in the line, commas and all (core/headline.ts).
   */
  readonly aside?: Pattern;
  /**
   * A figure's source named in a sentence ("according to the fire department", "selon l'Insee",
   * "secondo un censimento"): a feature's nut graf, after its scene, gives one (core/score/opening.ts).
   */
  readonly evidence?: Pattern;
  /**
   * A source named before the clause it is for, and its comma ("Selon une étude publiée en mars, …",
   * "Selon le quotidien, qui a eu accès au texte, …"): a headline starts after it (core/headline.ts).
   */
  readonly leadingSource?: Pattern;
  /**
   * A conclusion's connective before a clause that has its own subject ("So the council should…",
   * "Por eso el Ayuntamiento debería…", "Au final, Les Heures creuses n'est pas…"): a headline does
   * without it (core/text/signpost.ts). Not in
   * languages that put the verb right after it ("Deshalb sollte der Rat…").
   */
  readonly concludes?: Pattern;
  /**
   * How the stop-word list spells words where written text may not: 'unaccented' (stopwords-iso's
   * Greek writes "οτι" for "ότι"), 'cedilla' (its Romanian writes "şi", "ţară" with the old cedilla
   * where text has "și", "țară" with a comma). A word is a stop word when it is listed either way.
   */
  readonly stopWordsSpelled?: 'unaccented' | 'cedilla';
};

const ROMANCE_ELISION = unicode.i`^(?:\p{L}{1,2}|qu|jusqu|lorsqu|puisqu|quoiqu|nell|dell|all|dall|sull|coll|quest|quell|un)['’](?=\p{L})`;

/**
 * A season's coming, told near a lede's start ("The first frost came late to the Marrow Hills this
 * year", "A Valdorno l'inverno arriva prima che in pianura."): a scene, in words each language has.
 */
/** A place that may come first: "In Haldenau", "À Saint-Véran,", "A Valdorno". */
const PLACE_FIRST = '(?:in|at|on|à|a|en|im|ad|op)\\s[^,.!?]{1,30}?,?\\s';
/**
 * The most UTF-16 units before a needle's word: the place that may come first (PLACE_FIRST: a
 * preposition, a space, 30 characters that may each be a pair of units, a comma and a space), then
 * the words of a season's phrase before its own ("the first ", "kommt der ").
 */
const PLACE_FIRST_LENGTH = 80;
const seasonComes = (needle: Pattern, words: string): LinePattern => ({
  // the needle is looked for where the pattern can find its words, not in the whole line
  needle: new RegExp(`^[^]{0,${PLACE_FIRST_LENGTH}}?(?:${needle.source})`, needle.flags),
  pattern: unicodeFrom(`^(?:${PLACE_FIRST})?(?:${words})`, 'iu'),
});

/**
 * A scene told in the present tense at a time of day ("The bus pulls in at 4:58, two minutes early",
 * "It is 3:40 in the morning and Teodor Vasko has been awake for two hours"): a clock time (not a
 * race time, "1:59:40") in a sentence with no day, date, year or percentage, no time zone, nothing
 * scheduled ("will", "due") and no past tense (a listed verb anywhere, a verb in -ed before the
 * time). News tells its time with its day, in the past or the future ("were called at about 02:40 GMT
 * on Sunday", "will deliver her Budget at 12:30"). English.
 */
const PAST = '(?:was|were|had|did|said|told|went|came|took|made|got|found|left|began|rang|saw|heard|knew|thought|felt|stood|sat|ran|fell|broke|spoke|wrote|gave|kept|held|brought|bought|sent|lost|won|paid|met)';
/** What news says of a time to come, and its time zones: "will deliver her Budget at 12:30", "10:45 GMT". */
const SCHEDULED = '(?:will|shall|due|expected|scheduled|set to|gmt|bst|utc|cet|et|est|edt|pt|pst|pdt|ct|cst|mt)';
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|yesterday|today|tonight|tomorrow|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|(?<!\\b(?:a|an|her|his|their|my|our|your)\\s)\\d{4}|\\d{4}(?!\\s+\\p{Lu}))';
const CLOCK_SCENE: LinePattern = {
  needle: /\b\d{1,2}:\d\d\b/u,
  // a verb in -ed before the time is the past ("were called at 4:15"); after it, mostly an adjective
  // ("its windows still fogged")
  // (the lookahead for -ed starts only where a word does: a long run of letters is not re-read at each one)
  pattern: unicodeFrom(
    `^(?![^]*\\b${PAST}\\b)(?![^]*\\b${DAY}\\b)(?![^]*\\b${SCHEDULED}\\b)(?![^]*%)(?:(?!(?<!\\p{L})\\p{L}{3,}ed\\b)[^])*?(?<![\\d:])\\d{1,2}:\\d\\d(?![\\d:])`,
    'iu',
  ),
};

/**
 * An anecdote told by the clock on a day no calendar names ("The call came in at 2:17 a.m. on a
 * Sunday in February"): news says "on Sunday" or "early Sunday"; a story says "on a Sunday". English.
 */
const ANY_DAY_SCENE: LinePattern = {
  needle: /\bon an? (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  // (at a clock time, and not news's "…on a Saturday, police said")
  pattern: /^(?![^]*\bsaid\b)[^]*?\b(?:at|around|by|just after|shortly after|just before|shortly before) \d{1,2}(?::\d\d ?(?:a\.?m\.?|p\.?m\.?)?| ?(?:a\.?m\.?|p\.?m\.?)),? on an? (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu,
};

/**
 * The same scene in other languages, by its verb in the present tense and its hour ("la giornata
 * comincia alle cinque", "el mercado abre a las seis"): `verbs`, then within a few words `at` and an
 * hour; not news, which names its day or date (`news`: the days of the week, "today", "tomorrow"),
 * a year or a percentage ("Der Dax startet um 1,2 Prozent im Minus").
 */
const hourScene = (needle: Pattern, verbs: string, at: string, news: string): LinePattern => ({
  needle,
  pattern: unicodeFrom(`^(?![^]*(?<!\\p{L})(?:${news})(?!\\p{L}))(?![^]*(?:%|\\d{4}))[^.!?]{0,80}?(?<!\\p{L})(?:${verbs})(?!\\p{L})[^.!?]{0,30}?(?<!\\p{L})(?:${at})`, 'iu'),
});

export const LANGUAGES: Readonly<Record<string, LanguageData>> = {
  en: {
    name: 'English',
    abbreviations: [],
    stemmer: 'english',
    concludes: unicode`^(?:[Ss]o|[Tt]herefore|[Tt]hus|[Hh]ence|[Tt]hat(?:['’]s| is) why),?\s+(?=(?:the|a|an|this|our|every|each|no)\s|\p{Lu})`,
    connectives: [
      ...'but however and so yet still also moreover furthermore meanwhile instead therefore thus then nevertheless nonetheless besides otherwise indeed likewise similarly consequently hence accordingly additionally or nor'.split(' '),
      'in addition', 'as a result', 'on the other hand', 'for example', 'for instance', 'in fact', 'by contrast', 'in contrast', 'even so', 'at the same time',
    ],
    references: ['after that', 'because of this', 'despite this', 'the latter', 'the former', ...'he she it they him her them his its their theirs this that these those such both neither'.split(' ')],
    standalone: 'year week month morning afternoon evening night summer winter spring autumn fall season time weekend decade century'.split(' '),
    demonstratives: 'this that these those'.split(' '),
    evidence: /\baccording to\b|\b(?:data|figures|records|statistics) (?:from|compiled by|show)\b|\b(?:a|an|the) (?:\w+ )?(?:study|survey|report|analysis|census|count|review) (?:by|from|of|published)\b/i,
    announcesSteps:
      /^(?:so,? |and )?(?:(?:below|here) (?:is|are) |here['’]s )(?:(?:the|a|an|my|our) (?:[\w'’-]+ ){0,3}(?:process|steps|guide|list|checklist|instructions|method|breakdown|rundown|walkthrough|routine|details)\b|(?:the |my |our )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b|how\b(?:,? step by step)?)[^.!?:]{0,100}\.$/i,
    sectionOpener:
      /^(?:(?:so|and|but|now|first|then|next|finally),? )?(?:(?:start|begin|end) with|(?:look|looking) at|consider|take|think about|turn to)(?: the| a| its| their| our)? [\w'’-]+(?: [\w'’-]+){0,2}\.$|^(?:(?:and )?then|finally|next),? there(?: is|'s|’s| are) (?:the|a|an)? ?[\w'’-]+(?: [\w'’-]+){0,3}\.$/i,
    // (only where what follows says what "it" stands for: "time to…", "clear that…"; not "It is
    // likely to cost…", "It is worth about £2 million", where "it" is something named before)
    placeholders: ['it', 'it is', 'it was', 'it will be', 'it would be'].flatMap((be) => [
      `${be} time`,
      ...'clear true likely unlikely possible important unclear'.split(' ').flatMap((w) => [`${be} ${w} that`, `${be} ${w} whether`]),
    ]),
    verdict: /^(?:(?:the|our|my) )?(?:verdict|bottom line|conclusion|takeaway|final (?:verdict|thoughts|word)|should (?:you|i) buy\b[^.!]{0,60})[.:!?]?$/iu,
    howTo: /^(?:how to(?! (?:read|understand|think about|watch|make sense of|talk about)\b)|how do (?:i|you)|(?:a |the )?(?:step-by-step |beginner['’]s |complete )?guide to)\b|\bstep[- ]by[- ]step\b/i,
    turns:
      /^(?:(?:but|and)\s)?(?:her|his|their|its|the family['’]s|the town['’]s|the village['’]s)\s(?:case|story|experience|situation|plight|predicament|struggle)\s(?:is|was)\s(?:(?:not|far from|hardly)\s(?:at all\s)?(?:unusual|unique|uncommon|isolated|an isolated (?:case|one)|rare|alone)|(?:typical|common|increasingly common|familiar|all too (?:common|familiar)))\b/i,
    widerTurns:
      /^(?:(?:but|and)\s)?(?:the|these|those|this|such|its|their|his|her)\s(?:[a-z'’-]+\s){0,3}(?:is|are|was|were)\s(?:(?:just|only)\s)?part of (?:a|an|the)\s(?:(?:much|far)\s)?(?:wider|broader|larger|bigger|growing|national|nationwide|statewide|global|worldwide|regional|countrywide)\b/i,
    review: {
      copula: /\s(?:is|are|was|were|remains|feels)\s/u,
      // not "for the most part", "most of", "at least"
      judges:
        /\b(?:best|worst|finest|(?<!\bfor the\s)most(?!\s+(?:part|of)\b)|(?<!\bat\s)least(?!\s+of\b)|better|worse|great|greatest|good|excellent|superb|exceptional|outstanding|remarkable|impressive|disappointing|disappointment|flawed|mediocre|forgettable|uneven|worth|worthwhile|recommend(?:ed|ation)?|must-(?:see|have|read|buy)|masterpiece|triumph|failure|brilliant|terrific|solid|decent|poor|weak|overpriced|underwhelming|delightful|charming|stunning|wonderful|thrilling|gripping|absorbing|compelling|generous|satisfying|enjoyable|boring|dull|favou?rite|ideal|perfect|near-perfect|exciting|assured|bargain|beautiful|gorgeous|lovely|haunting|elegant|ambitious|funny|hilarious|tender|dazzling|clumsy|tedious|maddening|exasperating|frustrating|messy|bloated|clever|vivid|luminous|extraordinary|memorable|unforgettable|engrossing|riveting|affecting|heartbreaking|devastating|impeccable|polished|sluggish|reliable)\b/i,
      byKind:
        unicode.i`^(?:it|this)(?:['’]s|\s(?:is|was|remains))(?:,\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+,)?\s(?:a|an|the)\s(?:[\p{L},-]+\s){0,7}(?:book|novel|memoir|debut|collection|film|movie|documentary|album|record|game|show|series|play|production|musical|restaurant|place|phone|laptop|camera|car|device|machine|product|saga|thriller|biography)\b`,
      about: /\s(?:about|set in)\s/u,
    },
    warmUps: {
      address: [
        { opens: "remember|imagine|picture|consider|think|suppose|admit|confess|raise your hand|be honest|let us|let's|you|if you|have you|did you|do you|ever|here is|here are|here's|there's a good chance|chances are|we've all|we all|most of us|all of us|odds are", pattern: /^(?:remember|imagine|picture|consider|think|suppose|admit|confess|raise your hand|be honest|let's face it|let us|let's|you've|you have|you'd|you'll|you're|you (?:may|might)(?! (?:be surprised to (?:know|learn|hear|discover|find out)|not (?:know|realise|realize)) that\b)|you probably|you've probably|you know|you could|you can|you need|you want|you won't|if you|have you|did you|do you|ever|here's|here is|here are|there's a good chance|chances are|we've all|we all|most of us|all of us|odds are)\b/iu },
      ],
      greeting: [{ opens: "hi|hello|hey|howdy|welcome|greetings|good morning|good afternoon|good evening|dear|happy|merry|season's greetings", pattern: /^(?:hi|hello|hey|howdy|welcome|greetings|good (?:morning|afternoon|evening)|dear|happy (?:new year|holidays|friday|monday|birthday)|merry|season's greetings)\b/iu }],
      seasonal: [
        { opens: 'as the|as we|as another|as this', pattern: /^as (?:the|we|another|this) (?:year|season|summer|winter|spring|autumn|fall|month|week|decade|holidays?)\b/iu },
        { opens: 'as |now that ', pattern: /^(?:as|now that) (?:the )?(?:year|\d{4}) (?:comes|draws|winds|nears|is coming)\b/iu },
        { opens: "it's|it is", pattern: /^(?:it's|it is) (?:that time of (?:the )?year|the most wonderful time|(?:been )?(?:a|quite a|one) (?:long|big|busy|wild|strange|tough|hard|great) (?:year|week|month|ride|time))\b/iu },
        { opens: "once upon a time|every|each|for as long as|for years|for decades|for generations|for centuries|since the dawn of|throughout history|in today's|we live in|these days|it's no secret|it goes without saying|there's no denying|there comes a time|there is a|there comes a|there's a|life is|picture this|the year was", pattern: /^(?:once upon a time|every (?:year|summer|winter|spring|autumn|fall|morning|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (?:year|summer|winter|spring|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|for (?:as long as|years|decades|generations|centuries),? (?:people|we|humans)|since the dawn of|throughout history|in today's (?:world|society|fast-paced)|we live in|these days,? (?:it seems|everyone)|it's no secret|it goes without saying|there's no denying|there comes a time|there (?:is|comes) a (?:moment|point)|there's a (?:moment|point)|life is|picture this|the year was)\b/iu },
        { opens: 'the end of|the start of|the beginning of', pattern: /^(?:the (?:end|start|beginning) of (?:the )?(?:year|summer|season))\b/iu },
        { opens: 'when the|as the|once the', pattern: /^(?:when|as|once) the (?:first|last) (?:frost|snow|snows|rain|rains|leaves|light|warm days|cold nights)\b/iu },
      ],
      signpost: [
        /^(?:so,? |and |but )?(?:here(?:'s|’s| is| are)|this is) (?:my|our|where|what|the (?:point|thing|bottom line|real (?:problem|question|story)|upshot|answer)|how i see it|the deal)\b[^.!?]{0,60}[.:]$/iu,
        // the writer's own advice, announced at length before its colon ("So here is my advice, and it is the only thing I want you to take away: …")
        // (or its position, or its argument "is simple, and I'd make it to the council directly: …"; an
        // abbreviation's full stop may come before the colon: "…at the Oct. 2 meeting: …")
        /^(?:so,? |and |but )?here(?:'s|’s| is) my (?:advice|proposal|argument|point|case|suggestion|recommendation|take|position|view|answer|plea)\b[^!?:]{0,100}:$/iu,
        /^(?:so,? |and |but )?my (?:proposal|argument|point|advice|answer|view|position|case|suggestion|take|plea) is (?:this|simple)\b[^!?:]{0,100}:$/iu,
        /^(?:so,? )?(?:the (?:point|bottom line|upshot|short answer|real story|truth) is(?: this)?|the short (?:version|answer)|my (?:proposal|argument|point|advice|answer|view|position|case|suggestion|take) is (?:this|simple)|let me (?:be clear|explain)|i'll say it plainly)[.:]$/iu,
        // what the piece itself does: "This post covers how we sequenced the work, what broke, and what we'd do differently."
        /^(?:so,? |and )?(?:in )?this (?:post|article|piece|guide|story|essay|write-up|newsletter|series|thread|review|explainer) (?:covers|explains|describes|looks at|walks (?:you )?through|sets out|will (?:cover|explain|describe|look at|walk (?:you )?through|show)|is about|tells)\b[^.!?:]{0,160}\.$/i,
        // an explainer's hook: "The idea is simple." (the next sentence says it)
        /^(?:the|our|their|his|her|its) (?:idea|premise|concept|reason|answer|logic|rule|principle|plan|problem|solution|fix|method|recipe|math|maths|pitch) (?:is|was) (?:simple|straightforward|this)[.:]$/i,
        // a feature's turn from its person to the many: "She is not alone: the district has 23 open…"
        /^(?:she|he|they) (?:is|are) not alone:$/iu,
        // a review's verdict under its label: "Bottom line after six months: the FM-2 is…", "Verdict: …"
        /^(?:(?:the|my|our) )?(?:bottom line|verdict|upshot)(?:\s+(?:after|on|for)\s[^.!?:]{0,30})?:$/iu,
      ],
      scene: [
        { opens: "it was|on a |on the morning of|on the afternoon of|on the evening of|on the night of|one morning|one afternoon|one evening|one night|one day|at |by |just after|just before|shortly after|shortly before|around |late one|late last|in the winter|in the spring|in the summer|in the autumn|in the fall|in the early hours|in the small hours|in the dead|the phone rang|the doorbell rang|the alarm rang|when i was|i remember|i was|i'll never forget|last |it's|it’s|it is|years ago|a few years ago|you", pattern: /^(?:it was (?:(?:a|an) (?:cold|hot|warm|sunny|rainy|grey|gray|crisp|quiet|bright|dark|windy|humid|chilly|clear|snowy|late|early|typical|normal|ordinary|beautiful|perfect|quiet|busy|[a-z]+ (?:morning|afternoon|evening|night|day))|just (?:after|before)|(?:nearly|almost|about|around|shortly (?:after|before)) (?:\d|midnight|noon|dawn|dusk)|\d{1,2}(?::\d\d)? ?(?:a\.?m|p\.?m|o'clock))|on a (?:cold|hot|warm|sunny|rainy|grey|gray|crisp|quiet|bright|dark|windy|humid|chilly|clear|snowy|recent|[a-z]+ (?:morning|afternoon|evening|night|day))|one (?:morning|afternoon|evening|night|day)|on the (?:morning|afternoon|evening|night) of|(?:at|by|just after|just before|shortly after|shortly before|around) (?:(?:\d{1,2}(?:[:.]\d\d)? ?(?:a\.?m\.?|p\.?m\.?|o'clock)?|(?:(?:a )?quarter|half|five|ten|twenty|twenty-five) (?:to|past) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|\d{1,2})|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock),? (?:on an?|one|every|each) (?:\w+ ){0,2}(?:morning|afternoon|evening|night|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|dawn|dusk|daybreak|first light|sunrise|sunset)|in the (?:winter|spring|summer|autumn|fall|early hours|small hours|dead of night) of (?:\d{4}|'\d\d)|late (?:one|last) (?:night|evening)|the (?:phone|doorbell|alarm) rang|when i was|i remember|i was|i'll never forget|last (?:summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:i|[^.!?"“”]{0,80}?\b(?:my|our))\b|(?:it's|it’s|it is) (?:\d{1,2}(?:[:.]\d\d)? ?(?:a\.?m\.?|p\.?m\.?|o'clock)|(?:just )?(?:before|after) (?:dawn|midnight|sunrise|sunset))|years ago,? i|a few years ago,? i|you (?:felt|were|woke|walked|got|spent|heard|saw|sat|stood|looked|noticed|opened|picked|came|went|had just))\b/iu },
        CLOCK_SCENE,
        ANY_DAY_SCENE,
        seasonComes(/autumn|winter|spring|summer|fall|frost|snow|rain/i, '(?:autumn|winter|spring|summer|fall|the (?:first|last) (?:frost|frosts|snow|snows|rain|rains))(?: of (?:the )?\\p{L}+)? (?:comes|came|arrives|arrived|falls|fell) (?:early|late|hard|first|slowly|suddenly)\\b'),
      ],
    },
  },
  de: {
    name: 'German',
    abbreviations: 'z b bzw ca dr prof hr fr nr str vgl evtl ggf inkl mio mrd st jh abs bd dipl ing jr sen tel u a o s v d h gegr geb gest hl mag min max kap abb anm bsp'.split(' '),
    stemmer: 'german',
    connectives: 'aber doch jedoch allerdings trotzdem dennoch außerdem zudem deshalb daher also dann sonst'.split(' '),
    references: 'er sie es ihm ihn ihr ihre sein seine dies diese dieser dieses das dabei damit dazu'.split(' '),
    standalone: 'jahr woche monat morgen abend sommer winter frühjahr herbst wochenende jahrhundert schuljahr saison'.split(' '),
    demonstratives: 'dies diese dieser dieses'.split(' '),
    ordinalAfter: unicode.i`^\s+(?:januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|febr|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)(?!\p{L})`,
    ordinalBefore: /(?:^|\s)(?:am|im|vom|zum|zur|der|die|das|den|dem|des|ab|bis|seit|vor|nach|um|an|ihr(?:em|en|er)?|sein(?:em|en|er)?|jede[mnrs]?)\s+\d{1,3}\.$/i,
    verdict: /^(?:unser |das )?(?:fazit|urteil|ergebnis|schlussfolgerung)[.:!]?$/iu,
    review: {
      copula: /\s(?:ist|sind|bleibt|war)\s/u,
      judges:
        unicode.i`(?<!\p{L})(?:beste[nrms]?|besser|schlechteste[nrms]?|hervorragend|großartig|gelungen|enttäuschend|langweilig|meisterwerk|empfehlenswert|überzeugend|brillant|beeindruckend|perfekt|lohnend|sehenswert|mittelmäßig|exzellent|misslungen)(?!\p{L})`,
      byKind: unicode.i`^(?:es|er|sie|das)\s(?:ist|war|bleibt)\s(?:ein|eine|einer)\s(?:[\p{L},-]+\s){0,6}(?:buch|roman|film|album|restaurant|lokal|serie|debüt|küche|gerät|telefon|auto)(?!\p{L})`,
    },
    argues: unicode.i`(?<!\p{L})(?:sollte|sollten|müsste|müssten|(?:muss|müssen)(?![^.;]*\b(?:19|20)\d\d\b)|dürfte nicht|dürften nicht)(?!\p{L})`,
    aside: /,\s+mit\s+\d+\s+(?:zu|gegen)\s+\d+\s+Stimmen[^,;]{0,40},(?=\s)/giu,
    evidence: /\b(?:laut|zufolge)\b|\bnach Angaben (?:de[rs]|von)\b/i,
    subordinate: unicode.i`^,\s+(?:weil|da|obwohl|nachdem|wenn|als|damit|sodass|so dass|während|bevor|seit)(?!\p{L})`,
    danglingEnd: 'der die das den dem des eine einen einem einer eines und oder im am zum zur vom für von bei über unter gegen ohne dass sehr wie aber'.split(' '),
    opensSubordinate: unicode.i`^(?:wenn|als|obwohl|weil|da|nachdem|während)(?!\p{L})`,
    colonFrame: /^(?:(?:also|und|aber),?\s+)?(?:ich|wir)\s/iu,
    turns: /^(?:sein|ihr)\sFall\sist\s(?:kein Einzelfall|nicht (?:ungewöhnlich|einzigartig|selten))/iu,
    widerTurns: unicode.i`^(?:die|diese|der|das)\s(?:[\p{L}'’-]+\s){0,3}(?:ist|sind) Teil (?:eines|einer) (?:[\p{L}-]+\s)?(?:Trends|Entwicklung|Welle|Rückzugs)(?!\p{L})`,
    warmUps: {
      address: [{ opens: 'erinnern sie sich|stellen sie sich|kennen sie|haben sie', pattern: /^(?:erinnern sie sich|stellen sie sich|kennen sie|haben sie)\b/iu }],
      greeting: [{ opens: 'hallo|guten morgen|guten tag|guten abend|willkommen|liebe ', pattern: /^(?:hallo|guten (?:morgen|tag|abend)|willkommen|liebe )\b/iu }],
      seasonal: [{ opens: 'wie jedes jahr|jedes jahr|es war einmal', pattern: /^(?:wie jedes jahr|jedes jahr|es war einmal)\b/iu }],
      scene: [{ opens: 'es ist|an einem', pattern: unicode.i`^(?:es ist (?:kurz (?:vor|nach) )?(?:\d{1,2}|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|viertel|halb|mitternacht)\b|an einem (?:\p{L}+ )?(?:morgen|abend|nachmittag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)` }, seasonComes(/herbst|winter|sommer|frühling/i, '(?:der (?:herbst|winter|sommer|frühling) (?:kommt|kam)|(?:kommt|kam) der (?:herbst|winter|sommer|frühling)) (?:früh|spät|zeitig|früher|später)'), hourScene(/\bum\s+(?:\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb)\b/i, 'beginnt|klingelt|öffnet|fährt|läutet', 'um\\s+(?:\\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb)\\b', 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|gestern|prozent|uhr am')],
    },
  },
  fr: {
    name: 'French',
    abbreviations: 'm mm mme mmes mlle mlles dr pr me st ste av bd cf env hab min max p pp vol n no art chap fig gén col lt mgr vve éd réf tél'.split(' '),
    stemmer: 'french',
    elision: ROMANCE_ELISION,
    connectives: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'donc', 'ainsi', 'alors', 'aussi', 'en outre', 'de plus', 'par ailleurs'],
    // the impersonal "il": "Il faut rouvrir les gares", "Il y a trois ans"
    placeholders: ['il faut', 'il faudrait', 'il y a', 'il est temps', 'il est urgent', 'il est clair'],
    references: ['il', 'elle', 'ils', 'elles', 'ce', 'cela', 'ça', 'celui-ci', 'celle-ci', 'ces', 'cette', 'son', 'sa', 'ses', 'leur', 'leurs'],
    standalone: 'année semaine mois matin soir été hiver printemps automne saison siècle'.split(' '),
    demonstratives: 'ce cette ces'.split(' '),
    verdict: /^(?:notre |le |la )?(?:verdict|conclusion|avis)[.:!]?$/iu,
    review: {
      copula: /\s(?:est|sont|reste|restent|demeure|n['’]est|ne sont)\s/u,
      judges:
        unicode.i`(?<!\p{L})(?:meilleure?s?|pire|plus (?:beau|belle|beaux|belles|grand|grande|réussie?)|réussie?s?|ratée?s?|chef-d['’]œuvre|magnifiques?|bouleversante?s?|remarquables?|excellente?s?|formidables?|superbes?|décevante?s?|ennuyeu(?:x|se)|médiocres?|brillante?s?|incontournables?|indispensables?|parfaite?s?|délicieu(?:x|se)|splendides?|impressionnante?s?|convaincante?s?|à voir)(?!\p{L})`,
      byKind: unicode.i`^(?:c['’]est\s|ce fut\s|ce livre est\s|ce film est\s)(?:un|une)\s(?:[\p{L},-]+\s){0,6}(?:livre|roman|film|disque|album|restaurant|table|série|spectacle|cuisine)(?!\p{L})`,
    },
    argues: unicode.i`(?<!\p{L})(?:devrait|devraient|nous devons|nous devrions|(?<!(?<!(?:pense|pensons|crois|croyons|estime|estimons|convaincue?s?|sûre?s?|dis|disons|rappelle)\s)qu['’])il (?:faut|faudrait)|(?:doit|doivent)(?!\s+(?:être|encore|s['’]|se\s|\d))(?![^.;]*\b(?:19|20)\d\d\b))(?!\p{L})`,
    aside: /,\s+(?:par|avec)\s+\d+\s+voix\s+(?:contre|pour)\s+\d+[^,;]{0,40},(?=\s)/giu,
    evidence: /\bselon (?:l['’]|les? |la |une? |des )|\bd['’]après (?:l['’]|les? |la |une? |des )/i,
    leadingSource: /^(?:selon|d['’]après)\s[^,;]{1,120},\s+(?:(?:qui|que|dont|où)\s[^,;]{1,120},\s+)?/iu,
    subordinate: unicode.i`^,\s+(?:(?:parce |alors |tandis |bien |puis|lors)qu(?:e(?!\p{L})|['’])|(?:afin|avant) d(?:e(?!\p{L})|['’])|(?:car|après|selon)(?!\p{L}))`,
    danglingEnd: 'de du des la le les un une et ou en à au aux par pour sur sans avec dans entre vers chez que qui dont se sa son ses leur leurs ce cet cette ces mon ma mes ne très comme mais moins'.split(' '),
    opensSubordinate: unicode.i`^(?:alors que|bien que|quand|lorsque|puisque|si|comme|parce que)(?!\p{L})`,
    colonFrame: /^(?:(?:alors|donc|et|mais),?\s+)?(?:je\s|j['’]|nous\s)/iu,
    turns: /^(?:son|sa|leur|ce|cet|cette)\s(?:cas|histoire|situation|parcours|sort|expérience)\sn['’](?:a rien d['’](?:exceptionnel|unique|isolé|rare)|est (?:pas|en rien) (?:un cas )?(?:isolée?|unique|rare|exceptionnelle?))/iu,
    widerTurns: unicode.i`^(?:ces|cette|ce|cet)\s(?:[\p{L}'’-]+\s){0,3}(?:s['’]inscri(?:t|vent) dans|fait partie d['’]|font partie d['’])\s?une?\s(?:[\p{L}-]+\s)?(?:mouvement|tendance|phénomène|vague)(?!\p{L})`,
    concludes: unicode`^(?:[Cc]['’]est pourquoi|[Dd]onc|[Pp]ar conséquent|[Aa]u final|[Ff]inalement|[Ee]n fin de compte|[Ee]n définitive),?\s+(?=(?:le|la|les|un|une|ce|cette|ces|notre|nos)\s|l['’]|\p{Lu})`,
    warmUps: {
      address: [{ opens: 'souvenez-vous|imaginez|vous avez|vous êtes|vous aussi|avez-vous|rappelez-vous', pattern: /^(?:souvenez-vous|imaginez|vous avez|vous êtes|vous aussi|avez-vous|rappelez-vous)\b/iu }],
      greeting: [{ opens: 'bonjour|bonsoir|salut|bienvenue|cher', pattern: /^(?:bonjour|bonsoir|salut|bienvenue|chers? )\b/iu }],
      seasonal: [{ opens: "alors que l'année|comme chaque année|chaque année|il était une fois", pattern: /^(?:alors que l'année|comme chaque année|chaque année|il était une fois)\b/iu }],
      scene: [{ opens: 'il est|ce matin|ce soir|ce jour|un matin|un soir|un après-midi|par un', pattern: /^(?:il est (?:\d{1,2}|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|midi|minuit)\s*(?:h|heures?)?\b|ce (?:matin|soir|jour)-là|un (?:matin|soir|après-midi) d[e']|par un (?:matin|soir|après-midi))/iu },
        // "À 5 h 30, quand…": a time of day, its comma and a "when", on no day of the news
        { opens: 'à', pattern: unicode.i`^à\s+(?:\d{1,2}\s?h(?:eures?)?(?:\s?\d{2})?|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|midi|minuit)(?!\p{L})(?![^]*(?<!\p{L})(?:hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dernier|dernière)(?!\p{L}))[^,.!?]{0,40},\s+(?:quand|lorsque|alors que|avant que|pendant que)(?!\p{L})` },
        seasonComes(/automne|hiver|été|printemps/i, "(?:l['’](?:automne|hiver|été)|le printemps) (?:arrive|est arrivé|vient) (?:tôt|tard|plus tôt|plus tard|avant)"), hourScene(unicode.i`(?<!\p{L})à\s+(?:\d{1,2}\s?h|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze)`, 'commence|démarre|ouvre|sonne|se lève|se réveille', 'à\\s+(?:\\d{1,2}\\s?h|(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze)\\s+heures?)', 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd|demain|hier|pour cent')],
    },
  },
  es: {
    name: 'Spanish',
    abbreviations: 'sr sra sres sras srta dr dra dres ud uds vd vds ee uu pág págs aprox av avda c cía núm art prof lic ing arq gral gob dpto depto tel vol cap fig sto sta d dña'.split(' '),
    stemmer: 'spanish',
    connectives: ['pero', 'sin embargo', 'no obstante', 'además', 'por lo tanto', 'así', 'entonces'],
    // "No se trata de un capricho.": the impersonal "it" of what the sentence before named
    references: ['por eso', 'no se trata', 'se trata', 'él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'este', 'esta', 'estos', 'estas', 'su', 'sus'],
    standalone: 'año semana mes mañana tarde noche verano invierno otoño primavera curso temporada siglo'.split(' '),
    demonstratives: 'este esta estos estas'.split(' '),
    verdict: /^(?:nuestro |el |la )?(?:veredicto|conclusión|conclusiones|valoración final)[.:!]?$/iu,
    review: {
      copula: /\s(?:es|son|resulta|sigue siendo|no es)\s/u,
      judges:
        unicode.i`(?<!\p{L})(?:mejor(?:es)?|peor(?:es)?|excelentes?|magnífic[oa]s?|brillantes?|decepcionantes?|aburrid[oa]s?|obra maestra|imprescindibles?|recomendables?|sobresalientes?|impresionantes?|perfect[oa]s?|delicios[oa]s?|espléndid[oa]s?|fallid[oa]s?|mediocres?|lograd[oa]s?)(?!\p{L})`,
      byKind: unicode.i`^(?:es|era|sigue siendo)\s(?:un|una)\s(?:[\p{L},-]+\s){0,6}(?:libro|novela|película|disco|álbum|restaurante|local|serie|obra|cocina|debut|ópera prima)(?!\p{L})`,
    },
    argues: unicode.i`(?<!\p{L})(?:debería|deberían|(?<!\bse\s)(?:debe|deben)(?!\s+(?:de|a)\s)(?![^.;]*\b(?:19|20)\d\d\b)|debemos|deberíamos|tenemos que|hay que)(?!\p{L})`,
    aside: /,\s+(?:por|con)\s+\d+\s+votos\s+(?:a favor|en contra|contra|frente a)[^,;]{0,40},(?=\s)/giu,
    evidence: /\bsegún (?:el|la|los|las|un|una|datos)\b|\bde acuerdo con (?:el|la|los|las|un|una)\b/i,
    leadingSource: /^(?:según|de acuerdo con)\s[^,;]{1,120},\s+(?:(?:que|quien|quienes|donde)\s[^,;]{1,120},\s+)?/iu,
    subordinate: unicode.i`^,\s+(?:porque|ya que|puesto que|aunque|mientras|cuando|tras|después de|antes de|según)(?!\p{L})`,
    danglingEnd: 'de del la el los las un una unos unas y e o u ni en a al con por sin sobre entre hasta desde hacia que se su sus lo le les me te nos mi tu como cuando donde pero más muy este esta estos estas ese esa esos esas menos'.split(' '),
    opensSubordinate: unicode.i`^(?:aunque|cuando|mientras|porque|como|si)(?!\p{L})`,
    colonFrame: unicode.i`^(?:(?:así que|pues|y|pero),?\s+)?(?:yo\s|lo\s+(?:digo|diré|repito)(?!\p{L})|(?:digo|propongo|sostengo)(?!\p{L}))`,
    turns: /^su\s(?:caso|historia|situación|experiencia)\sno es\s(?:únic[oa]|aislad[oa]|excepcional|una excepción|rar[oa])/iu,
    widerTurns: unicode.i`^(?:estos|estas|este|esta)\s(?:[\p{L}'’-]+\s){0,3}(?:forma|forman) parte de una?\s(?:[\p{L}-]+\s)?(?:tendencia|ola|fenómeno|retirada)(?!\p{L})`,
    concludes: unicode`^(?:[Pp]or (?:eso|lo tanto|ello)|[Aa]sí que|[Ee]n consecuencia|[Aa]l final|[Ee]n definitiva|[Ee]n resumen),?\s+(?=(?:el|la|los|las|un|una|este|esta|estos|estas|nuestro|nuestra)\s|\p{Lu})`,
    warmUps: {
      address: [{ opens: 'recuerdas|recuerde|imagina|imagine|¿alguna vez', pattern: /^(?:recuerdas|recuerde|imagina|imagine|¿alguna vez)\b/iu }],
      greeting: [{ opens: 'hola|buenos días|buenas tardes|bienvenido', pattern: /^(?:hola|buenos días|buenas tardes|bienvenidos?)\b/iu }],
      seasonal: [{ opens: 'como cada año|cada año|érase una vez|había una vez', pattern: /^(?:como cada año|cada año|érase una vez|había una vez)\b/iu }],
      scene: [{ opens: 'son las|es la una|una mañana|una tarde|una noche', pattern: /^(?:son las (?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b|es la una\b|una (?:mañana|tarde|noche) de\b)/iu },
        // "A las seis de la mañana, cuando…": a time of day, its comma and a "when", on no day of the news
        { opens: 'a la', pattern: unicode.i`^a la(?:s\s+(?:\d{1,2}(?:[.:]\d{2})?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|\s+una)(?!\p{L})(?![^]*(?<!\p{L})(?:ayer|hoy|lunes|martes|miércoles|jueves|viernes|sábado|domingo|pasado|pasada)(?!\p{L}))[^,.!?]{0,40},\s+(?:cuando|mientras|antes de que)(?!\p{L})` },
        seasonComes(/otoño|invierno|verano|primavera/i, '(?:el (?:otoño|invierno|verano)|la primavera) (?:llega|llegó|ha llegado) (?:pronto|tarde|antes)'), hourScene(/\ba\s+las?\s+(?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b/i, 'empieza|comienza|arranca|abre|suena|se levanta|se despierta', 'a\\s+las?\\s+(?:\\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\\b', 'lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|mañana|ayer|por ciento|huelga'),
        // the hour first ("A las nueve menos cuarto, el único autobús escolar baja la cuesta…"), then a scene's verb in the present
        { opens: 'a la|a las', pattern: unicode.i`^a las? (?:\d{1,2}(?:[:.]\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?: y media| y cuarto| menos cuarto| en punto)?(?: de la (?:mañana|tarde|noche)| de la madrugada)?,(?![^.!?]*(?<!\p{L})(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer|por ciento|huelga)(?!\p{L}))[^.!?]{0,80}?(?<!\p{L})(?:baja|sube|llega|sale|entra|abre|empieza|comienza|arranca|suena|cruza|recorre|espera|se levanta|se despierta)(?!\p{L})` }],
    },
  },
  it: {
    name: 'Italian',
    abbreviations: 'sig sigg dott prof avv ing on sen pag pagg arch geom rag mons p cfr ca art n tel gen col cap fig vol dr'.split(' '),
    stemmer: 'italian',
    elision: ROMANCE_ELISION,
    connectives: ['ma', 'però', 'tuttavia', 'inoltre', 'quindi', 'dunque', 'così', 'allora'],
    references: ['non si tratta', 'si tratta', 'lui', 'lei', 'loro', 'egli', 'ciò', 'questo', 'questa', 'questi', 'queste', 'suo', 'sua', 'suoi'],
    standalone: 'anno settimana mese mattina sera estate inverno autunno primavera stagione secolo'.split(' '),
    demonstratives: 'questo questa questi queste'.split(' '),
    verdict: /^(?:il nostro |il |la )?(?:verdetto|conclusione|conclusioni|giudizio finale)[.:!]?$/iu,
    review: {
      copula: /\s(?:è|sono|resta|rimane|non è)\s/u,
      judges:
        unicode.i`(?<!\p{L})(?:miglior[ei]?|peggior[ei]?|eccellent[ei]|magnific[oaie]|brillant[ei]|deludent[ei]|nois[oaie]|capolavoro|imperdibil[ei]|consigliat[oaie]|riuscit[oaie]|perfett[oaie]|straordinari[oaie]?|impressionant[ei]|splendid[oaie]|mediocr[ei]|onest[oaie]|generos[oaie])(?!\p{L})`,
      byKind: unicode.i`^(?:è|era|resta|rimane)\s(?:(?:un|una|uno)\s|un['’])(?:[\p{L},-]+\s){0,6}(?:cucina|libro|romanzo|film|disco|album|ristorante|trattoria|osteria|locale|serie|spettacolo|esordio|opera)(?!\p{L})`,
    },
    argues: unicode.i`(?<!\p{L})(?:dovrebbe|dovrebbero|dobbiamo|dovremmo|bisogna|occorre)(?!\p{L})`,
    aside: /,\s+con\s+\d+\s+voti\s+(?:favorevoli|a favore|contrari|contro)[^,;]{0,40},(?=\s)/giu,
    evidence: /\bsecondo (?:il|lo|la|i|gli|le|un|uno|una|l['’]|dati)|\bstando a (?:il|lo|la|i|gli|le|un|una|l['’])/i,
    leadingSource: /^(?:secondo|stando a)\s[^,;]{1,120},\s+(?:(?:che|cui|dove)\s[^,;]{1,120},\s+)?/iu,
    subordinate: unicode.i`^,\s+(?:perché|poiché|mentre|quando|dopo|prima di|anche se|sebbene|secondo)(?!\p{L})`,
    danglingEnd: 'di del della dello dei degli delle da dal dalla dai il lo la i gli le un una uno e ed o in nel nella a al alla ai agli con per su sul sulla tra fra che si suo sua suoi sue ne più molto come ma questo questa'.split(' '),
    opensSubordinate: unicode.i`^(?:anche se|quando|mentre|poiché|perché|sebbene|se)(?!\p{L})`,
    colonFrame: unicode.i`^(?:(?:quindi|e|ma),?\s+)?(?:io\s|lo\s+dico(?!\p{L})|(?:dico|propongo|sostengo)(?!\p{L}))`,
    turns: /^(?:il suo\s(?:caso|percorso)|la sua\s(?:storia|vicenda|situazione))\snon è\s(?:isolat[oa]|unic[oa]|rar[oa]|un['’]eccezione)/iu,
    widerTurns: unicode.i`^(?:queste|questi|questa|questo)\s(?:[\p{L}'’-]+\s){0,3}(?:fa|fanno) parte di un[oa']?\s?(?:[\p{L}-]+\s)?(?:tendenza|ondata|fenomeno)(?!\p{L})`,
    concludes: unicode`^(?:[Pp]erciò|[Qq]uindi|[Pp]er questo|[Dd]unque|[Aa]lla fine|[Ii]n definitiva|[Ii]n fin dei conti),?\s+(?=(?:il|lo|la|i|gli|le|un|una|uno|questo|questa|questi|queste)\s|l['’]|\p{Lu})`,
    warmUps: {
      scene: [{ opens: "sono le|è l'una|una mattina|una sera|una notte", pattern: /^(?:sono le (?:\d{1,2}|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)\b|è l'una\b|una (?:mattina|sera|notte) d[i'])/iu },
        // "Alle sei e mezza del mattino, quando…": a time of day, its comma and a "when", on no day of the news
        { opens: "alle|all'|all’", pattern: unicode.i`^all(?:e\s+|['’])(?:\d{1,2}(?:[.:]\d{2})?|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|mezzanotte)(?!\p{L})(?![^]*(?<!\p{L})(?:ieri|oggi|stamattina|stanotte|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|scors[oa])(?!\p{L}))[^,.!?]{0,40},\s+(?:quando|mentre|prima che)(?!\p{L})` },
        seasonComes(/autunno|inverno|estate|primavera/i, "(?:l['’](?:autunno|inverno|estate)|la primavera) (?:arriva|arrivò|è arrivat[oa]) (?:presto|tardi|prima)"), hourScene(/\ball(?:e\s+|['’])(?:\d{1,2}|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)\b/i, 'comincia|inizia|apre|suona|si sveglia|si alza|attacca', "all(?:e\\s+|['’])(?:\\d{1,2}|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)\\b", 'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|oggi|domani|ieri|per cento|sciopero')],
    },
  },
  pt: {
    name: 'Portuguese',
    abbreviations: 'sr sra srs srta dr dra drs prof profa eng av pág págs art n nº cap fig vol tel ex exa v sto sta cia lda'.split(' '),
    stemmer: 'portuguese',
    argues: unicode.i`(?<!\p{L})(?:deveria|deveriam|devemos|deveríamos|precisamos|é preciso)(?!\p{L})`,
    aside: /,\s+por\s+\d+\s+votos\s+(?:a|contra)\s+\d+[^,;]{0,40},(?=\s)/giu,
    evidence: /\bsegundo (?:o|a|os|as|um|uma|dados)\b|\bde acordo com (?:o|a|os|as|um|uma)\b/i,
    leadingSource: /^(?:segundo|de acordo com)\s[^,;]{1,120},\s+(?:(?:que|quem|onde)\s[^,;]{1,120},\s+)?/iu,
    subordinate: unicode.i`^,\s+(?:porque|pois|embora|enquanto|quando|após|depois de|antes de|segundo)(?!\p{L})`,
    danglingEnd: 'de do da dos das o a os as um uma uns umas e ou em no na nos nas ao à aos às por pelo pela para com sem sobre entre que se seu sua seus suas mais muito como mas este esta'.split(' '),
    opensSubordinate: unicode.i`^(?:embora|quando|enquanto|porque|como|se)(?!\p{L})`,
    colonFrame: unicode.i`^(?:(?:então|e|mas),?\s+)?(?:eu\s|(?:digo|proponho|defendo)(?!\p{L}))`,
    concludes: unicode`^(?:[Pp]or isso|[Pp]ortanto|[Nn]o fim|[Ee]m suma),?\s+(?=(?:o|a|os|as|um|uma|este|esta|estes|estas)\s|\p{Lu})`,
  },
  nl: {
    name: 'Dutch',
    abbreviations: 'dhr mevr mr dr drs ir ing prof bv bijv ca nr blz pag jl dd mw st sr jr o a m b t z v'.split(' '),
    stemmer: 'dutch',
    verdict: /^(?:ons |het )?(?:oordeel|conclusie|eindoordeel)[.:!]?$/iu,
    argues: unicode.i`(?<!\p{L})(?:zou moeten|zouden moeten|we moeten|moeten we)(?!\p{L})`,
    aside: /,\s+met\s+\d+\s+(?:tegen|stemmen voor)\s+\d+[^,;]{0,40},(?=\s)/giu,
    evidence: /\bvolgens (?:de|het|een|cijfers)\b/i,
    subordinate: unicode.i`^,\s+(?:omdat|want|doordat|nadat|terwijl|hoewel|als|wanneer|zodat|voordat|sinds|waardoor)(?!\p{L})`,
    danglingEnd: 'de het een en of met van naar onder zonder dat die te haar hun zeer als maar'.split(' '),
    opensSubordinate: unicode.i`^(?:als|omdat|hoewel|terwijl|toen|wanneer)(?!\p{L})`,
    colonFrame: /^(?:(?:dus|en|maar),?\s+)?(?:ik|wij|we)\s/iu,
    warmUps: {
      scene: [{ opens: 'het is|op een', pattern: unicode.i`^(?:het is (?:kwart (?:voor|over) |half |even (?:voor|na) )?(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|middernacht)\b|op een (?:\p{L}+ )?(?:ochtend|avond|middag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b)` }, hourScene(/\bom\s+(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half)\b/i, 'begint|opent|vertrekt|rijdt|luidt', 'om\\s+(?:\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half)\\b', 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|gisteren|procent|staking')],
    },
  },
  sv: { name: 'Swedish', abbreviations: 't ex bl a dvs kl nr s resp p ca jfr st f d prof dr ang el m fl'.split(' '), stemmer: 'swedish' },
  da: {
    name: 'Danish',
    abbreviations: 'f eks bl a dvs kl nr hr fru frk s ca jf ang dr prof mht vha evt pga st'.split(' '),
    stemmer: 'danish',
    ordinalAfter: unicode.i`^\s+(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?!\p{L})`,
  },
  no: {
    name: 'Norwegian',
    abbreviations: 'f eks bl a dvs kl nr hr fru frk s ca jf ang dr prof mht evt pga st'.split(' '),
    stemmer: 'norwegian',
    ordinalAfter: unicode.i`^\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)(?!\p{L})`,
  },
  fi: {
    name: 'Finnish',
    abbreviations: 'esim ks mm n yms tri prof dos ns ym'.split(' '),
    stemmer: 'finnish',
    // "4. maaliskuuta": a month's name in the partitive after its day
    ordinalAfter: unicode.i`^\s+(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuuta(?!\p{L})`,
  },
  ru: {
    name: 'Russian',
    abbreviations: 'г гг т е ул д им и о см стр тыс млн млрд руб коп проф акад доц пр ср рис гл п пп кв обл р ч мин сек н э'.split(' '),
    stemmer: 'russian',
  },
  uk: { name: 'Ukrainian', abbreviations: 'р рр т ім вул д проф акад доц с тис млн млрд грн м кв пл просп буд'.split(' '), stemmer: 'ukrainian' },
  tr: { name: 'Turkish', abbreviations: 'dr prof doç av vb vs yrd sn no s bkz örn cad sok mah apt tel st alb kur binb yzb'.split(' '), stemmer: 'turkish' },
  pl: {
    name: 'Polish',
    abbreviations: 'np tzw prof dr ul tj m in godz r nr ok wg al pl mgr inż hab im św ks gen płk kpt tys mln mld zł gr str tel woj pow gm os ur zm ds przyp red tłum cz pkt rys tab zob por wyd t s'.split(' '),
  },
  hu: { name: 'Hungarian', abbreviations: 'dr prof stb pl ill kb ún vö sz u'.split(' '), stemmer: 'hungarian' },
  ro: { name: 'Romanian', abbreviations: 'dl dna dr prof str nr pag'.split(' '), stemmer: 'romanian', stopWordsSpelled: 'cedilla' },
  el: { name: 'Greek', abbreviations: [], stemmer: 'greek', stopWordsSpelled: 'unaccented' },
  ja: { name: 'Japanese', abbreviations: [] },
  zh: { name: 'Chinese', abbreviations: [] },
  ko: { name: 'Korean', abbreviations: [] },
  ar: { name: 'Arabic', abbreviations: [], stemmer: 'arabic' },
  he: { name: 'Hebrew', abbreviations: [] },
  hi: { name: 'Hindi', abbreviations: 'डॉ प्रो कु सं स्व ई पू'.split(' '), stemmer: 'indian' },
};

/** Languages whose words are not separated by spaces. */
export const UNSPACED = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);

/** The codes --lang takes: auto, then each language above. */
export const LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGES);
