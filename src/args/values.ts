// Value parsers for flags: a raw string → a value, or a Problem that says what was expected and, for
// a near miss, what was probably meant.

/** What is wrong with one flag's value. */
export class Problem {
  constructor(readonly message: string) {}
}

/** Collects every problem with the options given, so that they are told at once. */
export class Problems {
  readonly list: string[] = [];
  /** A parsed value, or undefined after recording the problem. */
  take<T>(value: T | Problem): T | undefined {
    if (value instanceof Problem) {
      this.list.push(value.message);
      return undefined;
    }
    return value;
  }
  add(message: string): void {
    this.list.push(message);
  }
}

/** Edit distance (Levenshtein), for suggestions. */
export const distance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
};

/** The candidate closest to `word`, if it is close enough to be a typo of it (as commander judges). */
export const closest = (word: string, candidates: readonly string[]): string | undefined => {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
};

const didYouMean = (raw: string, candidates: readonly string[]): string => {
  const guess = closest(raw, candidates);
  return guess === undefined ? '' : ` (did you mean '${guess}'?)`;
};

/** One of a fixed set of words. */
export const parseChoice = <T extends string>(raw: string, flag: string, choices: readonly T[]): T | Problem =>
  (choices as readonly string[]).includes(raw)
    ? (raw as T)
    : new Problem(`invalid value '${raw}' for ${flag}: expected ${choices.join(', ')}${didYouMean(raw, choices)}`);

/** `3` → 3; anything but a whole number from 1 up is a problem. */
export const parseCount = (raw: string, flag: string): number | Problem =>
  /^\s*\d+\s*$/.test(raw) && Number(raw) >= 1 && Number(raw) <= Number.MAX_SAFE_INTEGER
    ? Number(raw)
    : new Problem(`invalid value '${raw}' for ${flag}: expected a whole number of at least 1`);

/** `0.2`, `20%` → 0.2; must be more than 0 and at most 1. */
export const parseRatio = (raw: string, flag = '--ratio'): number | Problem => {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(raw);
  const r = m === null ? Number.NaN : Number(m[1]) / (m[2] === '%' ? 100 : 1);
  return r > 0 && r <= 1
    ? r
    : new Problem(`invalid value '${raw}' for ${flag}: expected a fraction above 0 and at most 1 (0.2) or a percentage (20%)`);
};

/**
 * The largest input this process can hold: V8 keeps a string under 2^29 characters (512 MiB), and the
 * work on one article takes tens of times its size in memory.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Bytes as --max-bytes takes them, for help text: 16777216 → `16M`, 524288 → `512k`. */
export const sizeLabel = (bytes: number): string => {
  for (const [unit, scale] of [['G', 1024 ** 3], ['M', 1024 ** 2], ['k', 1024]] as const) {
    if (bytes >= scale && bytes % scale === 0) return `${bytes / scale}${unit}`;
  }
  return String(bytes);
};

/** `65536`, `64k`, `64M`, `1G` → bytes, at most MAX_INPUT_BYTES. */
export const parseSize = (raw: string): number | Problem => {
  const m = /^\s*(\d+)\s*([kmg]i?b?|b)?\s*$/i.exec(raw);
  const unit = (m?.[2] ?? '').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = m === null ? Number.NaN : Number(m[1]) * scale;
  if (!(n >= 1)) return new Problem(`invalid value '${raw}' for --max-bytes: expected a size such as 1000000, 512k or 64M`);
  if (n > MAX_INPUT_BYTES) {
    return new Problem(`invalid value '${raw}' for --max-bytes: at most ${sizeLabel(MAX_INPUT_BYTES)} (a larger text cannot be summarized in memory)`);
  }
  return n;
};

/** Seconds, more than 0 and at most an hour → milliseconds. */
export const parseSeconds = (raw: string, flag: string): number | Problem => {
  const s = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*s?\s*$/.test(raw) ? Number.parseFloat(raw) : Number.NaN;
  return s > 0 && s <= 3600 ? s * 1000 : new Problem(`invalid value '${raw}' for ${flag}: expected seconds, more than 0 and at most 3600`);
};
