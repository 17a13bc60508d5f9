// A PDF's bytes → its article, through pdf.js (pdfjs-dist), loaded only when a PDF is read. This file
// does the reading and the failures (encrypted, scanned, corrupt, too long); pdf-layout.ts turns the
// positioned text into a title and paragraphs.
import { InputError } from '../errors.js';
import type { Extracted } from './extracted.js';
import { layOut, type Page, type Run } from './pdf-layout.js';

export type PdfLimits = {
  /** How much text may be taken out (--max-bytes): a PDF of thousands of pages stops there. */
  readonly maxChars: number;
  /** Pages read at most, whatever their text. */
  readonly maxPages: number;
};

/** Pages asked of pdf.js at once. */
const PAGES_AT_ONCE = 8;

type TextItem = { str: string; transform: number[]; width: number };

const failure = (name: string, err: unknown): InputError => {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'PasswordException') return new InputError(`${name}: the PDF is encrypted: decrypt it first`, 'EENCRYPTED');
  const why = (e?.message ?? String(err)).replace(/\s+/g, ' ').trim();
  return new InputError(`${name}: not a readable PDF (${why || 'corrupt'})`, 'EBADDOC');
};

/**
 * pdf.js on Node wants the browser's DOMMatrix, ImageData and Path2D, for drawing, and loads the
 * optional native @napi-rs/canvas to get them, warning on stdout and then failing ("DOMMatrix is not
 * defined") where it is not installed. Text is never drawn here, so empty stand-ins do: pdf.js then
 * neither loads the native module nor warns. Set only where the runtime has none.
 */
const standIns = (): void => {
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix ??= class DOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
  };
  g.ImageData ??= class ImageData {};
  g.Path2D ??= class Path2D {};
};

/**
 * pdf.js, loaded once. Where the optional native canvas is not installed it says so on stderr as it
 * loads, before any option can quiet it; that line says nothing to a reader of text, so it is held
 * back while the module loads.
 */
let pdfjsModule: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;
const loadPdfjs = (): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> => {
  if (pdfjsModule !== undefined) return pdfjsModule;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!/@napi-rs\/canvas|polyfill/.test(String(args[0]))) warn(...args);
  };
  pdfjsModule = import('pdfjs-dist/legacy/build/pdf.mjs').finally(() => {
    console.warn = warn;
  });
  return pdfjsModule;
};

/** The positioned text of a PDF's pages, its metadata title, and how many pages it has. */
const readPages = async (bytes: Uint8Array, name: string, limits: PdfLimits): Promise<{ pages: Page[]; title?: string; truncated: boolean; total: number }> => {
  standIns();
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw failure(name, err);
  }
  try {
    let title: string | undefined;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string') title = t;
    } catch {
      // no metadata: the first page's largest line will do
    }
    const pages: Page[] = [];
    let chars = 0;
    let truncated = false;
    // pages are asked for a few at a time: pdf.js then overlaps their work, 2.5 times as fast
    for (let first = 1; first <= doc.numPages; first += PAGES_AT_ONCE) {
      if (first > limits.maxPages || chars > limits.maxChars) {
        truncated = true;
        break;
      }
      const numbers = Array.from({ length: Math.min(PAGES_AT_ONCE, doc.numPages - first + 1) }, (_, i) => first + i);
      const batch = await Promise.all(
        numbers.map(async (p) => {
          const page = await doc.getPage(p);
          const [x0, y0, x1, y1] = page.view as [number, number, number, number];
          const content = await page.getTextContent();
          page.cleanup();
          const runs: Run[] = [];
          for (const item of content.items as TextItem[]) {
            if (typeof item.str !== 'string') continue;
            const [a, b, , , e, f] = item.transform as [number, number, number, number, number, number];
            runs.push({ text: item.str, x: e - x0, y: f - y0, size: Math.hypot(a, b), width: item.width });
          }
          return { width: x1 - x0, height: y1 - y0, runs };
        }),
      );
      for (const page of batch) {
        pages.push(page);
        for (const run of page.runs) chars += run.text.length;
      }
    }
    return { pages, ...(title === undefined ? {} : { title }), truncated, total: doc.numPages };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw failure(name, err);
  } finally {
    await doc.destroy().catch(() => {});
  }
};

/** The article in a PDF: its title, and its body in paragraphs without headers, footers, notes or references. */
export const extractPdf = async (bytes: Uint8Array, name: string, limits: PdfLimits): Promise<Extracted & { warnings: string[] }> => {
  const { pages, title, truncated, total } = await readPages(bytes, name, limits);
  const laid = layOut(pages, title);
  if (laid.paragraphs.join('').replace(/\W/g, '') === '') {
    throw new InputError(`${name}: has no text to summarize: it looks scanned; run OCR first`, 'ESCANNED');
  }
  const warnings = truncated ? [`${name}: only the first ${pages.length} of its ${total} pages were read`] : [];
  return { title: laid.title, text: laid.paragraphs.join('\n\n'), warnings };
};
