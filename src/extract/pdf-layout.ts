// A PDF page's positioned text → an article's title and paragraphs. Pure: pdf.ts reads the file and
// hands each page's text runs here. The passes, in order: runs → lines (ligature pieces joined, the
// gap between columns kept apart), running headers and footers dropped, lines in reading order (the
// left column before the right), lines → paragraphs (first-line indents, gaps, short last lines),
// words hyphenated across lines joined again, and what is not the body (footnotes, figure and table
// text, captions, the references) kept out.

/** One run of text as the PDF places it: its baseline's left end, its font size, its width. */
export type Run = { readonly text: string; readonly x: number; readonly y: number; readonly size: number; readonly width: number };

export type Page = { readonly width: number; readonly height: number; readonly runs: readonly Run[] };

/** A line of text on one page (or one column's part of a line). */
type Line = { text: string; x0: number; x1: number; y: number; size: number; readonly page: number };

export type Laid = { readonly title: string | null; readonly paragraphs: readonly string[] };

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Runs → lines, in the order the PDF draws them. A run starts a new line when its baseline moves, when
 * it steps back to the left, or when a gap wider than three em separates it (the gutter between two
 * columns drawn line by line). A run that touches the one before is glued to it ("de" "fi" "nition").
 */
export const toLines = (page: Page, pageNo: number): Line[] => {
  const lines: Line[] = [];
  let cur: Line | undefined;
  for (const run of page.runs) {
    const size = run.size > 0 ? run.size : 1;
    if (run.text === '') continue;
    const blank = run.text.trim() === '';
    if (cur !== undefined) {
      const sameBase = Math.abs(run.y - cur.y) <= Math.max(cur.size, size) * 0.35;
      const gap = run.x - cur.x1;
      // the gutter between two columns drawn line by line: a wide gap across the page's middle
      const gutter = gap > size * 1.5 && cur.x1 < page.width / 2 && run.x > page.width / 2;
      if (sameBase && gap > -size * 0.5 && !gutter) {
        // a space run's width is not to be trusted (justified lines draw words over it)
        if (blank) {
          if (!cur.text.endsWith(' ')) cur.text += ' ';
          continue;
        }
        cur.text += gap > size * 0.12 && !cur.text.endsWith(' ') ? ' ' + run.text : run.text;
        cur.x1 = Math.max(cur.x1, run.x + run.width);
        cur.size = Math.max(cur.size, size);
        continue;
      }
    }
    if (blank) continue;
    cur = { text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, size, page: pageNo };
    lines.push(cur);
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '');
};

const PAGE_NUMBER = /^(page\s+)?[-–—]?\s*\d{1,5}\s*[-–—]?(\s*(of|\/)\s*\d{1,5})?$/i;
const ROMAN_PAGE = /^[ivxlc]{1,6}$/i;

/** A line's text with its numbers blurred, so that "Page 3 of 9" and "Page 4 of 9" are one text. */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Running headers and footers: a line in the top or bottom eighth of its page that is a page number,
 * or whose text (numbers blurred) comes back on at least half the pages, or that sits where such a
 * line sits on other pages (the first page's own header line). Only with two pages or more, except for
 * page numbers.
 */
export const dropFurniture = (pages: readonly Page[], lines: readonly Line[][], bodySize: number, title: string | null): Line[][] => {
  const running = title === null ? undefined : shape(title);
  const n = pages.length;
  const margin = (l: Line): 'top' | 'bottom' | undefined => {
    // larger than the body is a title, never furniture
    if (l.size > bodySize * 1.1) return undefined;
    const h = pages[l.page]?.height ?? 792;
    if (l.y > h * 0.88) return 'top';
    if (l.y < h * 0.1) return 'bottom';
    return undefined;
  };
  const seen = new Map<string, Set<number>>();
  for (const pageLines of lines) {
    for (const l of pageLines) {
      const where = margin(l);
      if (where === undefined) continue;
      const key = `${where}|${shape(l.text)}`;
      const pagesWith = seen.get(key) ?? new Set<number>();
      pagesWith.add(l.page);
      seen.set(key, pagesWith);
    }
  }
  const repeated = (l: Line, where: string): boolean => n >= 2 && (seen.get(`${where}|${shape(l.text)}`)?.size ?? 0) >= Math.max(2, n / 2);
  // baselines (to the point) where a running line was found
  const slots = new Set<string>();
  for (const pageLines of lines) {
    for (const l of pageLines) {
      const where = margin(l);
      if (where !== undefined && (repeated(l, where) || PAGE_NUMBER.test(l.text))) slots.add(`${where}|${Math.round(l.y)}`);
    }
  }
  const inSlot = (l: Line, where: string): boolean =>
    slots.has(`${where}|${Math.round(l.y)}`) || slots.has(`${where}|${Math.round(l.y) - 1}`) || slots.has(`${where}|${Math.round(l.y) + 1}`);
  return lines.map((pageLines) =>
    pageLines.filter((l) => {
      const where = margin(l);
      if (where === undefined) return true;
      if (PAGE_NUMBER.test(l.text) || ROMAN_PAGE.test(l.text) || shape(l.text) === running) return false;
      return !(repeated(l, where) || (n >= 2 && inSlot(l, where)));
    }),
  );
};

/**
 * A page's lines in reading order. Lines that span the middle of the page (a title, a full-width
 * abstract) cut it into bands; within a band, the left column is read before the right.
 */
export const readingOrder = (page: Page, lines: readonly Line[]): Line[] => {
  const mid = page.width / 2;
  const slack = page.width * 0.02;
  const side = (l: Line): 0 | 1 | 2 => (l.x1 <= mid + slack ? 0 : l.x0 >= mid - slack ? 1 : 2);
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const ordered: Line[] = [];
  let band: Line[] = [];
  const flush = (): void => {
    ordered.push(...band.filter((l) => side(l) === 0), ...band.filter((l) => side(l) === 1));
    band = [];
  };
  for (const l of byY) {
    if (side(l) === 2) {
      flush();
      ordered.push(l);
    } else band.push(l);
  }
  flush();
  return ordered;
};

/** The most common of some numbers, weighted (the body's font size, line pitch, left edge). */
const mode = (values: ReadonlyArray<[number, number]>): number | undefined => {
  const counts = new Map<number, number>();
  for (const [v, w] of values) counts.set(round(v), (counts.get(round(v)) ?? 0) + w);
  let best: number | undefined;
  let bestCount = -1;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
};

const REFERENCES = /^(\d+(\.\d+)*\.?\s+)?(references|bibliography|works cited|literature cited|references and notes)$/i;
const CAPTION = /^(figure|fig\.|table|tab\.|algorithm|listing)\s*\d+[a-z]?\s*[:.|]/i;
const SENTENCE_END = /[.!?:]["'”’)\]]*$/;

/**
 * How two lines meet: with a space, or (a word hyphenated at the line's end) without, keeping the
 * hyphen when it is a compound's ("part-" + "of-speech", "rank-" + "orders" when "rank-orders" or both
 * words stand elsewhere in the document) and dropping it when the word was cut for the line
 * ("segmen-" + "tation").
 */
const joint = (a: string, b: string, vocabulary: ReadonlySet<string>): 'space' | 'keep' | 'drop' => {
  const hyphen = /([\p{L}][\p{L}'-]*)-$/u.exec(a);
  const next = /^([\p{L}][\p{L}'-]*)/u.exec(b);
  if (hyphen === null || next === null || !/^\p{Ll}/u.test(b)) return 'space';
  const head = hyphen[1] as string;
  const tail = (next[1] as string).replace(/[-']+$/, '');
  const lowerHead = head.toLowerCase();
  const lowerTail = tail.toLowerCase();
  const joined = lowerHead + lowerTail;
  const compound =
    head.includes('-') ||
    tail.includes('-') ||
    vocabulary.has(`${lowerHead}-${lowerTail}`) ||
    (!vocabulary.has(joined) && vocabulary.has(lowerHead) && vocabulary.has(lowerTail) && lowerHead.length > 1 && lowerTail.length > 1);
  return compound ? 'keep' : 'drop';
};

/** Two lines joined as one text (see joint). */
export const joinLines = (a: string, b: string, vocabulary: ReadonlySet<string>): string => {
  const how = joint(a, b, vocabulary);
  return how === 'space' ? `${a} ${b}` : how === 'keep' ? `${a}${b}` : `${a.slice(0, -1)}${b}`;
};

/** Every word of the document that does not end a line with a hyphen, lower-cased. */
const vocabularyOf = (lines: readonly Line[]): Set<string> => {
  const words = new Set<string>();
  for (const l of lines) {
    const tokens = l.text.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? [];
    const last = l.text.endsWith('-') ? tokens.length - 1 : tokens.length;
    for (let i = 0; i < last; i++) {
      const t = (tokens[i] as string).replace(/[-']+$/, '');
      // the first word of a line may be the tail of a hyphenated word: it counts only as a whole
      words.add(t);
      if (t.includes('-')) for (const part of t.split('-')) if (part !== '' && i > 0) words.add(part);
    }
  }
  return words;
};

/**
 * The title: the largest text on the first page (its consecutive lines of that size), when it is
 * larger than the body's; the metadata's title is preferred by the caller when it looks like one.
 */
const findTitle = (first: readonly Line[], bodySize: number, height: number): Line[] => {
  // in the upper half of the page, before any heading named References
  const end = first.findIndex((l) => REFERENCES.test(l.text));
  const candidates = (end < 0 ? first : first.slice(0, end)).filter((l) => /\p{L}/u.test(l.text) && l.y > height / 2);
  const largest = Math.max(0, ...candidates.map((l) => l.size));
  if (largest < bodySize * 1.15) return [];
  const start = first.indexOf(candidates.find((l) => l.size === largest) as Line);
  const title: Line[] = [];
  for (let i = start; i < first.length && title.length < 4; i++) {
    const l = first[i] as Line;
    if (Math.abs(l.size - largest) > 0.5) break;
    title.push(l);
  }
  return title;
};

/** The article in positioned PDF text: a title (or null) and the body's paragraphs. */
export const layOut = (pages: readonly Page[], metadataTitle?: string): Laid => {
  const raw = pages.map((p, i) => toLines(p, i));
  const bodySize = mode(raw.flat().map((l) => [l.size, l.text.length])) ?? 10;
  const clean = (s: string | undefined): string | null => {
    const t = s?.replace(/\s+/g, ' ').trim() ?? '';
    return t.length >= 3 && /\p{L}/u.test(t) && !/^(untitled|microsoft word|document\d*|.*\.(docx?|pdf|tex|dvi))/i.test(t) ? t : null;
  };
  // the title is larger than the body, so never taken for a running header; the header often repeats it
  const titleLines = findTitle(readingOrder(pages[0] as Page, raw[0] ?? []), bodySize, pages[0]?.height ?? 792);
  const title = clean(metadataTitle) ?? clean(titleLines.map((l) => l.text).join(' '));
  const kept = dropFurniture(pages, raw, bodySize, title);
  const ordered = kept.map((lines, i) => readingOrder(pages[i] as Page, lines));
  const all = ordered.flat();
  if (all.length === 0) return { title, paragraphs: [] };
  const bodyLines = all.filter((l) => Math.abs(l.size - bodySize) <= bodySize * 0.06);
  const pitch = mode(
    bodyLines.slice(1).flatMap((l, i) => {
      const prev = bodyLines[i] as Line;
      const d = prev.y - l.y;
      return prev.page === l.page && d > 0 && d < bodySize * 3 ? [[d, 1] as [number, number]] : [];
    }),
  ) ?? bodySize * 1.2;
  const vocabulary = vocabularyOf(all);

  const skip = new Set<Line>(titleLines);

  // each column's left edge: the most common start of the body's lines on that side of the page
  const leftEdge = new Map<string, number>();
  const columnKey = (l: Line): string => {
    const w = pages[l.page]?.width ?? 612;
    return l.x0 >= w / 2 - w * 0.02 ? 'right' : 'left';
  };
  for (const key of ['left', 'right']) {
    const edge = mode(bodyLines.filter((l) => columnKey(l) === key).map((l) => [l.x0, 1]));
    if (edge !== undefined) leftEdge.set(key, edge);
  }
  // and its right edge: where nine lines in ten end, justified or ragged
  const rightEdge = new Map<string, number>();
  for (const key of ['left', 'right']) {
    const ends = bodyLines.filter((l) => columnKey(l) === key).map((l) => l.x1).sort((a, b) => a - b);
    if (ends.length > 0) rightEdge.set(key, ends[Math.floor((ends.length - 1) * 0.9)] as number);
  }

  const paragraphs: string[] = [];
  // the paragraph's lines, each as it joins the one before (a paragraph may be a whole book's)
  let para: string[] | undefined;
  let caption = false;
  let prev: Line | undefined;
  const end = (): void => {
    if (para !== undefined && !caption) paragraphs.push(para.join(''));
    para = undefined;
    caption = false;
  };
  for (const l of all) {
    if (REFERENCES.test(l.text)) break;
    if (skip.has(l)) continue;
    const isBody = Math.abs(l.size - bodySize) <= bodySize * 0.06;
    // footnotes, figure and table text: smaller than the body; a paragraph goes on past them
    if (l.size < bodySize * 0.94) continue;
    const key = columnKey(l);
    const left = leftEdge.get(key) ?? l.x0;
    const indented = l.x0 > left + bodySize * 0.6;
    let breaks = prev === undefined || !isBody || prev.size !== l.size || indented;
    if (!breaks && prev !== undefined) {
      const sameColumn = prev.page === l.page && columnKey(prev) === key && prev.y > l.y;
      if (sameColumn && prev.y - l.y > pitch * 1.5) breaks = true;
      // a short line that ends a sentence ends its paragraph
      const right = rightEdge.get(columnKey(prev)) ?? prev.x1;
      if (prev.x1 < right - bodySize * 2 && SENTENCE_END.test(prev.text)) breaks = true;
    }
    if (breaks) {
      end();
      para = [l.text];
      caption = CAPTION.test(l.text);
    } else if (para !== undefined) {
      const last = para.length - 1;
      const how = joint(para[last] as string, l.text, vocabulary);
      if (how === 'drop') para[last] = (para[last] as string).slice(0, -1);
      para.push(how === 'space' ? ` ${l.text}` : l.text);
    }
    // a heading stands alone: larger than the body, or a short first line that ends no sentence
    const right = rightEdge.get(key) ?? l.x1;
    const heading =
      breaks && !indented && l.x1 < right - bodySize * 2 && !SENTENCE_END.test(l.text) && !/[.!?]\s/.test(l.text) && l.text.split(' ').length <= 12;
    if (!isBody || heading) {
      end();
      prev = undefined;
      continue;
    }
    prev = l;
  }
  end();
  return { title, paragraphs: paragraphs.map((p) => p.trim()).filter((p) => p !== '') };
};
