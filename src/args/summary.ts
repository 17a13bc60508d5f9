// What a reader asks of a summary (type, length, method, avoid, language, keywords), declared and
// parsed in one place: each option's flag (spec.ts puts it in --help, and so in the man page and the
// completions), its field in the HTTP API (the same name; its schema in /openapi.json), and the parser
// from raw values to the SummarySettings the core takes, for the command line, the API and so the batch.
// Each caller names the options its own way (`--ratio`, `"ratio"`) and hands in what it got as text;
// every problem is collected, so that all are told at once. An option left out stays undefined: the
// core's defaults fill it, once.
import { LANGUAGE_CODES } from '../core/nlp/languages.js';
import { METHODS } from '../core/score/methods.js';
import type { Avoid, Length, Method, SummarySettings, SummaryType } from '../core/types.js';
import { DEFAULTS } from '../defaults.js';
import type { OptionSpec } from './option.js';
import { Problem, type Problems, parseChoice, parseCount, parseRatio } from './values.js';

export const SUMMARY_TYPES = ['key-points', 'tldr', 'headline', 'teaser'] as const;
export const LENGTH_PRESETS = ['short', 'medium', 'long'] as const;
export const AVOIDABLE = ['quotes', 'questions', 'exclamations'] as const;
export const LANG_CHOICES: readonly string[] = ['auto', ...LANGUAGE_CODES];

/** What each --type is, for its help; the default's says so. */
const TYPE_HELP: Readonly<Record<SummaryType, string>> = {
  'key-points': 'a list',
  tldr: 'one paragraph',
  headline: 'the point in one line, cut to its main clause',
  teaser: 'the hook after the lead',
};
const typeHelp = SUMMARY_TYPES.map((t) => `${t} (${TYPE_HELP[t]}${t === DEFAULTS.type ? '; the default' : ''})`);

/** --length's presets as help tells them: 3/5/7. */
const presets = (lengths: Readonly<Record<(typeof LENGTH_PRESETS)[number], number>>): string => LENGTH_PRESETS.map((p) => lengths[p]).join('/');

/**
 * One summary option: its key (the API's field, and the flag's long name in camelCase, as commander
 * gives it), its flag, and its field's schema in the API's description (none: not an API field).
 */
type SummaryOption = { readonly key: string; readonly flag: OptionSpec; readonly api?: Readonly<Record<string, unknown>> };

/** Every summary option, in the order --help lists them. */
export const SUMMARY_OPTIONS = [
  {
    key: 'sentences',
    flag: { flags: '-n, --sentences <n>', description: `how many sentences to print (default: ${DEFAULTS.sentences})` },
    api: { type: 'integer', minimum: 1, maximum: DEFAULTS.serve.maxSentences, default: DEFAULTS.sentences },
  },
  {
    key: 'ratio',
    flag: { flags: '--ratio <r>', description: 'length as a share of the article: 0.2 or 20%' },
    api: { oneOf: [{ type: 'number', exclusiveMinimum: 0, maximum: 1 }, { type: 'string', pattern: '^\\d+(\\.\\d+)?%$' }] },
  },
  {
    key: 'type',
    flag: { flags: '--type <type>', description: `${typeHelp.slice(0, -1).join(', ')} or ${typeHelp.at(-1)}`, choices: SUMMARY_TYPES },
    api: { type: 'string', enum: [...SUMMARY_TYPES], default: DEFAULTS.type },
  },
  {
    key: 'length',
    flag: {
      flags: '--length <preset>',
      description: `${LENGTH_PRESETS.join(', ')}: ${presets(DEFAULTS.lengths['key-points'])} sentences (a teaser ${presets(DEFAULTS.lengths.teaser)}, a headline at most ${presets(DEFAULTS.lengths.headline)} words); or 5, 20%`,
      choices: LENGTH_PRESETS,
    },
    api: {
      type: 'string',
      enum: [...LENGTH_PRESETS],
      description: `${presets(DEFAULTS.lengths['key-points'])} sentences; a teaser ${presets(DEFAULTS.lengths.teaser)}; a headline ${presets(DEFAULTS.lengths.headline)} words`,
    },
  },
  {
    key: 'words',
    flag: { flags: '--words <n>', description: 'at most n words in all, whole sentences: the best set that fits' },
    api: { type: 'integer', minimum: 1, description: 'at most so many words in all, whole sentences' },
  },
  {
    key: 'chars',
    flag: { flags: '--chars <n>', description: 'at most n characters in all, whole sentences' },
    api: { type: 'integer', minimum: 1, description: 'at most so many characters in all' },
  },
  {
    key: 'time',
    flag: { flags: '--time <duration>', description: 'at most this reading time: 30s, 2m, 1m30s (at --wpm words a minute)' },
    api: { type: 'string', description: `at most this reading time: 30s, 2m, 1m30s (at ${DEFAULTS.wpm} words a minute)` },
  },
  // not in the API: the server's stats are at the default speed
  { key: 'wpm', flag: { flags: '--wpm <n>', description: `reading speed for --time and the time saved (default: ${DEFAULTS.wpm})` } },
  {
    key: 'avoid',
    flag: { flags: '--avoid <kinds>', description: 'leave out quotes, questions, exclamations (comma-separated) unless nothing else is left', choices: AVOIDABLE },
    api: { type: 'array', items: { type: 'string', enum: [...AVOIDABLE] } },
  },
  {
    key: 'method',
    flag: { flags: '--method <name>', description: `ranking method: ${METHODS.join(', ')} (default: ${DEFAULTS.method})`, choices: METHODS },
    api: { type: 'string', enum: [...METHODS], default: DEFAULTS.method },
  },
  {
    key: 'keywords',
    flag: { flags: '--keywords [k]', description: `also list the article's top k key terms and phrases (default: ${DEFAULTS.keywordsAsked})` },
    api: { oneOf: [{ type: 'boolean' }, { type: 'integer', minimum: 0, maximum: DEFAULTS.serve.maxKeywords }] },
  },
  {
    key: 'lang',
    flag: {
      flags: '--lang <code>',
      description: `the article's language: auto (detected) or a code such as en, de, fr, ja (default: ${DEFAULTS.lang})`,
      choices: LANG_CHOICES,
    },
    api: { type: 'string', enum: [...LANG_CHOICES], default: DEFAULTS.lang },
  },
] as const satisfies readonly SummaryOption[];

export type SummaryKey = (typeof SUMMARY_OPTIONS)[number]['key'];
export const SUMMARY_KEYS: readonly SummaryKey[] = SUMMARY_OPTIONS.map((o) => o.key);

/** A summary option's flag, for a command that shares it (eval's --method and --lang). */
export const summaryFlag = (key: SummaryKey): OptionSpec => SUMMARY_OPTIONS.find((o) => o.key === key)!.flag;

/** The summary options as given: text, as typed or sent (a bare `--keywords` is `true`). */
export type RawSummary = { readonly [K in SummaryKey]?: (K extends 'keywords' ? string | boolean : string) | undefined };

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

const avoidOf = (raw: string, name: string, problems: Problems): Avoid[] => {
  const kinds = raw.split(',').map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
  return kinds.flatMap((k) => {
    const kind = problems.take(parseChoice<Avoid>(k, name, AVOIDABLE));
    return kind === undefined ? [] : [kind];
  });
};

/** The summary settings (what was not given, undefined), and the reading speed they were worked out at; problems go to `problems`. */
export const parseSummary = (raw: RawSummary, names: Names, problems: Problems): { readonly summary: SummarySettings; readonly wpm: number } => {
  const type = raw.type === undefined ? undefined : problems.take(parseChoice<SummaryType>(raw.type, names('type'), SUMMARY_TYPES));
  const wpm = raw.wpm === undefined ? DEFAULTS.wpm : (problems.take(parseCount(raw.wpm, names('wpm'))) ?? DEFAULTS.wpm);
  return {
    summary: {
      type,
      length: lengthOf(raw, type ?? DEFAULTS.type, wpm, names, problems),
      method: raw.method === undefined ? undefined : problems.take(parseChoice<Method>(raw.method, names('method'), METHODS)),
      avoid: raw.avoid === undefined ? undefined : avoidOf(raw.avoid, names('avoid'), problems),
      lang: raw.lang === undefined ? undefined : problems.take(parseChoice(raw.lang.toLowerCase(), names('lang'), LANG_CHOICES)),
      keywords: raw.keywords === undefined ? undefined : problems.take(parseKeywords(raw.keywords, names('keywords'))),
    },
    wpm,
  };
};
