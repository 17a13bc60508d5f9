// What a reader asks of a summary (type, length, method, avoid, language, keywords), from raw values to
// the SummarySettings the core takes: one parser for the command line, the HTTP API and so the batch.
// Each caller names the options its own way (`--ratio`, `"ratio"`) and hands in what it got as text;
// every problem is collected, so that all are told at once.
import { METHODS } from '../core/score/methods.js';
import type { Avoid, Length, Method, SummarySettings, SummaryType } from '../core/types.js';
import { DEFAULTS } from '../defaults.js';
import { AVOIDABLE, LANG_CHOICES, LENGTH_PRESETS, SUMMARY_TYPES } from './spec.js';
import { Problem, type Problems, parseChoice, parseCount, parseRatio } from './values.js';

/** The summary options as given: text, as typed or sent (a bare `--keywords` is `true`). */
export type RawSummary = {
  // one field for each of SUMMARY_KEYS
  readonly type?: string | undefined;
  readonly sentences?: string | undefined;
  readonly ratio?: string | undefined;
  readonly length?: string | undefined;
  readonly words?: string | undefined;
  readonly chars?: string | undefined;
  readonly time?: string | undefined;
  readonly wpm?: string | undefined;
  readonly method?: string | undefined;
  readonly avoid?: string | undefined;
  readonly lang?: string | undefined;
  readonly keywords?: string | boolean | undefined;
};

/** Every summary option, as RawSummary names it: the API's fields, the command line's flags in camelCase. */
export const SUMMARY_KEYS = ['type', 'sentences', 'ratio', 'length', 'words', 'chars', 'time', 'wpm', 'method', 'avoid', 'lang', 'keywords'] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

/** How the caller names an option in what it tells: `--ratio` on the command line, `"ratio"` in the API. */
export type Names = (key: SummaryKey) => string;

/** The options that set the length: at most one may be given. */
const LENGTH_KEYS = ['sentences', 'ratio', 'length', 'words', 'chars', 'time'] as const;

/** `30s`, `2m`, `1m30s`, `90` (seconds) → seconds. */
const parseDuration = (raw: string, name: string): number | Problem => {
  const m = /^\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s?)?\s*$/i.exec(raw);
  const seconds = m === null || (m[1] === undefined && m[2] === undefined) ? Number.NaN : Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return seconds > 0 && seconds <= 24 * 3600 ? seconds : new Problem(`invalid value '${raw}' for ${name}: expected a reading time such as 30s, 2m or 1m30s`);
};

/** `true` or nothing extra: the bare flag's count; `false`: none; else a whole number from 0 up. */
const parseKeywords = (raw: string | boolean, name: string): number | Problem => {
  if (raw === true || raw === 'true' || raw === '') return DEFAULTS.keywordsAsked;
  if (raw === false || raw === 'false') return DEFAULTS.keywords;
  return /^\s*\d+\s*$/.test(raw) && Number(raw) <= Number.MAX_SAFE_INTEGER
    ? Number(raw)
    : new Problem(`invalid value '${raw}' for ${name}: expected a whole number (0 for none)`);
};

/** The one length given, for the summary's type: a headline takes words only. */
const lengthOf = (raw: RawSummary, type: SummaryType, wpm: number, names: Names, problems: Problems): Length | undefined => {
  const given = LENGTH_KEYS.filter((k) => raw[k] !== undefined);
  if (given.length > 1) {
    problems.add(`${given.map((k) => names(k)).join(' and ')} cannot be used together: each sets the length`);
    // every bad value is still told, all at once
    for (const k of given) lengthOf({ [k]: raw[k] }, type, wpm, names, problems);
    return undefined;
  }
  const key = given[0];
  if (key === undefined) return undefined;
  const value = raw[key]!;
  if (type === 'headline' && (key === 'sentences' || key === 'ratio' || key === 'chars')) {
    problems.add(`a headline is one sentence: its length is ${names('length')} or ${names('words')} (at most so many words)`);
    return undefined;
  }
  switch (key) {
    case 'sentences': {
      const n = problems.take(parseCount(value, names('sentences')));
      return n === undefined ? undefined : { kind: 'count', n };
    }
    case 'ratio': {
      const r = problems.take(parseRatio(value, names('ratio')));
      return r === undefined ? undefined : { kind: 'ratio', r };
    }
    case 'length': {
      // sumy's spellings too: 5 (sentences; a headline's words), 20% (a share)
      if (/^\s*\d+\s*$/.test(value)) return lengthOf(type === 'headline' ? { words: value } : { sentences: value }, type, wpm, names, problems);
      if (/%\s*$/.test(value) && type !== 'headline') return lengthOf({ ratio: value }, type, wpm, names, problems);
      const preset = problems.take(parseChoice(value, names('length'), LENGTH_PRESETS));
      if (preset === undefined) return undefined;
      const n = DEFAULTS.lengths[type][preset];
      return type === 'headline' ? { kind: 'words', n } : { kind: 'count', n };
    }
    case 'words':
    case 'chars': {
      const n = problems.take(parseCount(value, names(key)));
      return n === undefined ? undefined : { kind: key, n };
    }
    case 'time': {
      const seconds = problems.take(parseDuration(value, names('time')));
      return seconds === undefined ? undefined : { kind: 'words', n: Math.max(1, Math.floor((seconds * wpm) / 60)) };
    }
  }
};

const avoidOf = (raw: string | undefined, name: string, problems: Problems): Avoid[] => {
  if (raw === undefined) return [];
  const kinds = raw.split(',').map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
  return kinds.flatMap((k) => {
    const kind = problems.take(parseChoice<Avoid>(k, name, AVOIDABLE));
    return kind === undefined ? [] : [kind];
  });
};

/** The summary settings, and the reading speed they were worked out at; problems go to `problems`. */
export const parseSummary = (raw: RawSummary, names: Names, problems: Problems): { readonly summary: SummarySettings; readonly wpm: number } => {
  const type = raw.type === undefined ? DEFAULTS.type : (problems.take(parseChoice<SummaryType>(raw.type, names('type'), SUMMARY_TYPES)) ?? DEFAULTS.type);
  const wpm = raw.wpm === undefined ? DEFAULTS.wpm : (problems.take(parseCount(raw.wpm, names('wpm'))) ?? DEFAULTS.wpm);
  const method = raw.method === undefined ? DEFAULTS.method : (problems.take(parseChoice<Method>(raw.method, names('method'), METHODS)) ?? DEFAULTS.method);
  const lang = raw.lang === undefined ? DEFAULTS.lang : (problems.take(parseChoice(raw.lang.toLowerCase(), names('lang'), LANG_CHOICES)) ?? DEFAULTS.lang);
  const keywords = raw.keywords === undefined ? DEFAULTS.keywords : (problems.take(parseKeywords(raw.keywords, names('keywords'))) ?? DEFAULTS.keywords);
  return {
    summary: { type, length: lengthOf(raw, type, wpm, names, problems), method, avoid: avoidOf(raw.avoid, names('avoid'), problems), lang, keywords },
    wpm,
  };
};
