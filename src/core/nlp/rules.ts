// Each language's sentence-boundary rules (boundaries.ts), built from languages.ts's data and, for
// English, the lists below. Lists are lower-case and without the final dot.
import type { BoundaryRules } from './boundaries.js';
import type { Pattern } from '../text/unicode.js';
import { LANGUAGES } from './languages.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** English titles and the like: a full stop after them never ends a sentence. */
const EN_NEVER = words(`mr mrs ms messrs mmes mme dr prof gen sen rep gov lt col capt cpt sgt maj adm cmdr cdr rev hon
  pres supt insp det mt ft brig cpl pvt atty gens reps sens profs drs e.g i.e cf viz vs`);
/** English abbreviations that may end a sentence: they do before a word that often starts one. */
const EN_UNLESS_STARTER = words(`co corp inc ltd llc plc bros jr sr st dept est approx ave blvd rd hwy univ assn govt intl natl
  ca cca al jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  u.s u.k u.n e.u ph.d misc min max mins hrs yrs mos lbs oz sq`);
const EN_BEFORE_NUMBER = words('no nos nr n° nº p pp vol vols fig figs ch chap sec art op pt para ref ed eq eqs tab ext tel apt rm ste bldg ver rev');
/** Words that often start an English sentence (and seldom follow "U.S." or "Co." inside one). */
const EN_STARTERS = words(`a an the he she it they we i you this that these those there then but and so yet however in on at
  for after before by if when where what who why how while although though because since as his her its their our my
  your some many most more millions being did does do is are was were not now today yesterday also still both each
  every all such according last next with from to of or nor let here thus even only once over under until unless
  despite during whether which can could will would should may might must has have had no neither either none nobody
  nothing everyone everybody someone somebody meanwhile instead later earlier afterwards perhaps maybe indeed`);

const NONE: ReadonlySet<string> = new Set();

const ENGLISH: BoundaryRules = {
  never: EN_NEVER,
  unlessStarter: EN_UNLESS_STARTER,
  beforeNumber: EN_BEFORE_NUMBER,
  starters: EN_STARTERS,
  bangNames: words('yahoo jeopardy wham'),
  joining: words('and or but nor for of to in on at by with as'),
  letters: 'english',
  times: true,
  semicolonAsks: false,
  rightQuoteOpens: false,
};

/**
 * Abbreviations that the splitter needs beyond languages.ts's lists (days and months, mostly). Like
 * those lists, these leave out what often ends a sentence ("ecc.", "enz.", "usw.").
 */
const EXTRA: Readonly<Record<string, string>> = {
  it: 'sig.ra sig.na lun mar mer gio ven sab dom gen feb apr mag giu lug ago set ott nov dic meteor psicol dir amm st',
  es: 'admón avda sres srta lic mt párr párrf p.ej',
  fr: 'p.ex',
  el: 'κ κα π.χ δηλ βλ σελ αρ τηλ χλμ χιλ εκ εκατ δισ κ.λπ κ.ά μ.χ οδ λεωφ κεφ παρ σημ αι υπ γρ',
  nl: 'o.a d.w.z m.a.w i.p.v t.a.v m.b.t i.v.m vnw aanw incl excl',
  da: 'bl.a f.eks skt mio mia stk tlf inkl ekskl',
  de: 'z.b d.h u.a o.ä bzw',
  ru: 'т.е т.д т.п т.к н.э',
};

/**
 * Abbreviations that often end a sentence, as "Co." and "U.S." do in English: amounts and units ("12
 * zł.", "3 Mio."), a year ("в 1975 г."), "and so on" ("и т. д.", "κ.λπ.", "m.fl.", "stb."). A full
 * stop after one ends a sentence before a word that often starts one ("…12 zł. To sporo."), and only
 * there ("3 Mio. Euro"). Two one-letter parts are written joined ("т. д." is "т.д").
 */
const MAY_END: Readonly<Record<string, string>> = {
  ru: 'т.д т.п г гг руб коп тыс млн млрд',
  uk: 'т.д т.п р рр тис млн млрд грн',
  pl: 'zł gr r tys mln mld',
  el: 'κ.λπ κ.ά κλπ',
  sv: 'm.fl',
  da: 'mio mia stk',
  fi: 'yms ym',
  hu: 'stb',
  tr: 'vb vs',
  de: 'mio mrd jh',
  es: 'uu',
};

/**
 * Words after which a full stop before a number ends no sentence, in every language ("No. 7",
 * "N°. 12", "art. 4"); with each language's short names of days and months where those are also
 * words ("mar." is the sea and "Mar." is Tuesday: "Mar. 23" is a date).
 */
const BEFORE_NUMBER = 'no nos nr n° nº núm art p pp vol fig cap tab pag párr párrf';
const BEFORE_NUMBER_EXTRA: Readonly<Record<string, string>> = {
  es: 'ene feb mar abr may jun jul ago sep sept oct nov dic lun mié jue vie sáb dom min',
  // a month before its year: "3. Okt. 2025"
  de: 'jan feb febr mär apr jun jul aug sep sept okt nov dez',
  da: 'jan feb apr jun jul aug sep sept okt nov dec',
  no: 'jan feb apr jun jul aug sep sept okt nov des',
  // a match's minute: "al min. 47", "al min. 12"
  it: 'min',
  pt: 'min',
};

/** Words whose ending says a number follows them: a German street ("Lindenstr. 8"). */
const NUMBER_AFTER: Readonly<Record<string, Pattern>> = { de: /str$/u };

const cache = new Map<string, BoundaryRules>();

/**
 * The boundary rules of a language by its code; 'und' and unknown codes get rules with no lists.
 * `starters` are the words that often start its sentences (its stop words: "Hvad", "Die"): a dotted
 * initialism ends a sentence only before one ("i U.S. Hvad med dig?", not "the U.S. Government").
 */
export const boundaryRules = (code: string, starters: ReadonlySet<string> = NONE): BoundaryRules => {
  if (code === 'en') return ENGLISH;
  // keyed by the starters too: a caller with the language's stop words gets rules of its own
  const key = starters === NONE ? code : `${code}+${starters.size}`;
  let rules = cache.get(key);
  if (rules === undefined) {
    const data = LANGUAGES[code];
    const mayEnd = words(MAY_END[code] ?? '');
    const never = new Set([...(data?.abbreviations ?? []), ...(EXTRA[code] ?? '').split(' ').filter(Boolean)].filter((w) => !mayEnd.has(w)));
    rules = {
      never,
      unlessStarter: mayEnd,
      beforeNumber: words(`${BEFORE_NUMBER} ${BEFORE_NUMBER_EXTRA[code] ?? ''}`),
      starters,
      bangNames: NONE,
      letters: 'initial',
      lowerStarts: code === 'el',
      times: false,
      ordinalBefore: data?.ordinalBefore,
      ordinalAfter: data?.ordinalAfter,
      numberAfter: NUMBER_AFTER[code],
      semicolonAsks: code === 'el',
      rightQuoteOpens: code === 'sv' || code === 'fi',
    };
    cache.set(key, rules);
  }
  return rules;
};
