// What the sentence splitter and the term builder need to know of each language, as data: the
// abbreviations after which a full stop does not end a sentence, and which stemmer to use. Lists are
// lower-case and without the dot. Abbreviations that often end a sentence ("etc.", "usw.", "itd.")
// are left out: a lower-case word after them joins the sentences anyway.

export type LanguageData = {
  /** The language's name in English, for messages. */
  readonly name: string;
  readonly abbreviations: readonly string[];
  /** The @orama/stemmers module for the language, if there is one. */
  readonly stemmer?: string;
  /** Words that make a number with a full stop an ordinal ("am 3. Oktober"), not a sentence's end. */
  readonly ordinalBefore?: RegExp;
  /** Leading elisions split off a word ("l'école" → "école"). */
  readonly elision?: RegExp;
  /**
   * Words and phrases that open a sentence leaning on the one before it: connectives ("However"),
   * pronouns and demonstratives ("He", "This"). Lower-case.
   */
  readonly openers?: readonly string[];
  /** Words after a demonstrative opener that make it stand alone ("This year"). */
  readonly standalone?: readonly string[];
  /**
   * How the stop-word list spells words where written text may not: 'unaccented' (stopwords-iso's
   * Greek writes "οτι" for "ότι"), 'cedilla' (its Romanian writes "şi", "ţară" with the old cedilla
   * where text has "și", "țară" with a comma). A word is a stop word when it is listed either way.
   */
  readonly stopWordsSpelled?: 'unaccented' | 'cedilla';
};

const ROMANCE_ELISION = /^(?:\p{L}{1,2}|qu|jusqu|lorsqu|puisqu|quoiqu|nell|dell|all|dall|sull|coll|quest|quell|un)['’](?=\p{L})/iu;

export const LANGUAGES: Readonly<Record<string, LanguageData>> = {
  en: {
    name: 'English',
    abbreviations: [],
    stemmer: 'english',
    openers: [
      ...'but however and so yet still also moreover furthermore meanwhile instead therefore thus then nevertheless nonetheless besides otherwise indeed likewise similarly consequently hence accordingly additionally or nor'.split(' '),
      'in addition', 'as a result', 'on the other hand', 'for example', 'for instance', 'in fact', 'by contrast', 'in contrast', 'even so', 'after that', 'at the same time', 'because of this', 'despite this', 'the latter', 'the former',
      ...'he she it they him her them his its their theirs this that these those such both neither'.split(' '),
    ],
    standalone: 'year week month morning afternoon evening night summer winter spring autumn fall season time weekend decade century'.split(' '),
  },
  de: {
    name: 'German',
    abbreviations: 'z b bzw ca dr prof hr fr nr str vgl evtl ggf inkl mio mrd st jh abs bd dipl ing jr sen tel u a o s v d h gegr geb gest hl mag min max kap abb anm bsp'.split(' '),
    stemmer: 'german',
    openers: 'aber doch jedoch allerdings trotzdem dennoch außerdem zudem deshalb daher also dann sonst er sie es ihm ihn ihr ihre sein seine dies diese dieser dieses das dabei damit dazu'.split(' '),
    standalone: 'jahr woche monat morgen abend sommer winter frühjahr herbst'.split(' '),
    ordinalBefore: /(?:^|\s)(?:am|im|vom|zum|zur|der|die|das|den|dem|des|ab|bis|seit|vor|nach|um|an|ihr(?:em|en|er)?|sein(?:em|en|er)?|jede[mnrs]?)\s+\d{1,3}\.$/iu,
  },
  fr: {
    name: 'French',
    abbreviations: 'm mm mme mmes mlle mlles dr pr me st ste av bd cf env hab min max p pp vol n no art chap fig gén col lt mgr vve éd réf tél'.split(' '),
    stemmer: 'french',
    elision: ROMANCE_ELISION,
    openers: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'donc', 'ainsi', 'alors', 'aussi', 'en outre', 'de plus', 'par ailleurs', 'il', 'elle', 'ils', 'elles', 'ce', 'cela', 'ça', 'celui-ci', 'celle-ci', 'ces', 'cette', 'son', 'sa', 'ses', 'leur', 'leurs'],
    standalone: 'année semaine mois matin soir été hiver printemps automne'.split(' '),
  },
  es: {
    name: 'Spanish',
    abbreviations: 'sr sra sres sras srta dr dra dres ud uds vd vds ee uu pág págs aprox av avda c cía núm art prof lic ing arq gral gob dpto depto tel vol cap fig sto sta d dña'.split(' '),
    stemmer: 'spanish',
    openers: ['pero', 'sin embargo', 'no obstante', 'además', 'por eso', 'por lo tanto', 'así', 'entonces', 'él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'este', 'esta', 'estos', 'estas', 'su', 'sus'],
    standalone: 'año semana mes mañana tarde noche verano invierno'.split(' '),
  },
  it: {
    name: 'Italian',
    abbreviations: 'sig sigg dott prof avv ing on sen pag pagg arch geom rag mons p cfr ca art n tel gen col cap fig vol dr'.split(' '),
    stemmer: 'italian',
    elision: ROMANCE_ELISION,
    openers: ['ma', 'però', 'tuttavia', 'inoltre', 'quindi', 'dunque', 'così', 'allora', 'lui', 'lei', 'loro', 'egli', 'ciò', 'questo', 'questa', 'questi', 'queste', 'suo', 'sua', 'suoi'],
    standalone: 'anno settimana mese mattina sera estate inverno'.split(' '),
  },
  pt: {
    name: 'Portuguese',
    abbreviations: 'sr sra srs srta dr dra drs prof profa eng av pág págs art n nº cap fig vol tel ex exa v sto sta cia lda'.split(' '),
    stemmer: 'portuguese',
  },
  nl: {
    name: 'Dutch',
    abbreviations: 'dhr mevr mr dr drs ir ing prof bv bijv ca nr blz pag jl dd mw st sr jr o a m b t z v'.split(' '),
    stemmer: 'dutch',
  },
  sv: { name: 'Swedish', abbreviations: 't ex bl a dvs kl nr s resp p ca jfr st f d prof dr ang el m fl'.split(' '), stemmer: 'swedish' },
  da: { name: 'Danish', abbreviations: 'f eks bl a dvs kl nr hr fru frk s ca jf ang dr prof mht vha evt pga st'.split(' '), stemmer: 'danish' },
  no: { name: 'Norwegian', abbreviations: 'f eks bl a dvs kl nr hr fru frk s ca jf ang dr prof mht evt pga st'.split(' '), stemmer: 'norwegian' },
  fi: { name: 'Finnish', abbreviations: 'esim ks mm n yms tri prof dos ns ym'.split(' '), stemmer: 'finnish' },
  ru: {
    name: 'Russian',
    abbreviations: 'г гг т е ул д им и о см стр тыс млн млрд руб коп проф акад доц пр ср рис гл п пп кв обл р ч мин сек н э'.split(' '),
    stemmer: 'russian',
  },
  uk: { name: 'Ukrainian', abbreviations: 'р рр т ім вул д проф акад доц с тис млн млрд грн'.split(' '), stemmer: 'ukrainian' },
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
  hi: { name: 'Hindi', abbreviations: [], stemmer: 'indian' },
};

/** Languages whose words are not separated by spaces. */
export const UNSPACED = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);

/** The codes --lang takes: auto, then each language above. */
export const LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGES);
