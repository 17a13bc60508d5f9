// Case folding as a case-insensitive regular expression compares text: two characters that an /i or
// /iu pattern takes for the same fold to the same string here. Lower-casing alone does not: /iu takes
// 'ſ' for 's' and 'ς' for 'σ', which toLowerCase leaves apart (tests/core/text/fold.test.ts checks
// every character against the engine).

/** Characters that toLowerCase leaves apart from what a case-insensitive pattern takes them for. */
const FOLDS: Readonly<Record<string, string>> = {
  '\u017f': 's', // ſ long s
  '\u00b5': '\u03bc', // µ micro sign: μ
  '\u0345': '\u03b9', // combining ypogegrammeni: ι
  '\u1fbe': '\u03b9', // ι prosgegrammeni: ι
  '\u1fd3': '\u0390', // ΐ: ΐ
  '\u1fe3': '\u03b0', // ΰ: ΰ
  '\u03c2': '\u03c3', // ς final sigma: σ
  '\u03d0': '\u03b2', // ϐ: β
  '\u03d1': '\u03b8', // ϑ: θ
  '\u03d5': '\u03c6', // ϕ: φ
  '\u03d6': '\u03c0', // ϖ: π
  '\u03f0': '\u03ba', // ϰ: κ
  '\u03f1': '\u03c1', // ϱ: ρ
  '\u03f5': '\u03b5', // ϵ: ε
  '\u1c80': '\u0432', // Cyrillic rounded ve: в
  '\u1c81': '\u0434', // long-legged de: д
  '\u1c82': '\u043e', // narrow o: о
  '\u1c83': '\u0441', // wide es: с
  '\u1c84': '\u0442', // tall te: т
  '\u1c85': '\u0442', // three-legged te: т
  '\u1c86': '\u044a', // tall hard sign: ъ
  '\u1c87': '\u0463', // tall yat: ѣ
  '\u1c88': '\ua64b', // unblended uk: ꙋ
  '\u1e9b': '\u1e61', // ẛ: ṡ
  '\ufb05': '\ufb06', // ﬅ: ﬆ
};
/** Any of them; the global twin replaces each. */
const UNFOLDED = new RegExp(`[${Object.keys(FOLDS).join('')}]`);
const UNFOLDED_ALL = new RegExp(UNFOLDED.source, 'g');

/**
 * `text` case-folded: when a case-insensitive pattern matches a character of a text with a character
 * of its own, both fold to the same string. Each character folds on its own, to one character but for
 * 'İ' (to 'i̇'), so a prefix of the text folds to a prefix of its folding.
 */
export const foldCase = (text: string): string => {
  const lower = text.toLowerCase();
  return UNFOLDED.test(lower) ? lower.replace(UNFOLDED_ALL, (c) => FOLDS[c]!) : lower;
};

/**
 * The same, character for character: 'İ', the one character whose lower case is two, stays as it
 * is (a case-insensitive pattern takes it for no other), so that an index into the folding is an
 * index into the text.
 */
export const foldCaseAligned = (text: string): string => (text.includes('İ') ? text.split('İ').map(foldCase).join('İ') : foldCase(text));
