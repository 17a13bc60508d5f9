// A long text cut into pieces for a segmenter that holds (or works in time quadratic in) a whole text
// at once: each piece at most about `max` characters, ending after a sentence gap where the last part
// of it has one, else at a space, else at `max` itself.

/**
 * Pieces of `text`. `gap` (global) matches the end of a sentence gap; a cut before `minShare` of
 * `max` is not taken (it would leave a small piece), and the last space is used instead.
 */
export const cutIntoPieces = (text: string, max: number, gap: RegExp, minShare: number): string[] => {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = -1;
    for (const m of window.matchAll(gap)) if (m.index + m[0].length < window.length) cut = m.index + m[0].length;
    if (cut <= max * minShare) cut = window.lastIndexOf(' ') + 1;
    const end = cut > 0 ? start + cut : start + max;
    out.push(text.slice(start, end));
    start = end;
  }
  out.push(text.slice(start));
  return out;
};
