// A Word file (.docx) → the article, through the same HTML reader as a web page: mammoth turns the
// document into HTML (headings as headings, lists as lists, footnotes and comments left out), with
// its title from the document's properties. Loaded only when a Word file is read.
import { InputError } from '../errors.js';
import type { Extracted } from './extracted.js';
import { repack, unpack } from './zip.js';

const WHAT = 'a Word document';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** dc:title in docProps/core.xml, when the author set one. */
const propertyTitle = (core: Uint8Array | undefined): string | undefined => {
  if (core === undefined) return undefined;
  const m = /<dc:title>([^<]*)<\/dc:title>/.exec(new TextDecoder().decode(core));
  const t = m?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
  return t === undefined || t === '' ? undefined : t;
};

export const extractDocx = async (bytes: Uint8Array, name: string, maxBytes: number): Promise<Extracted> => {
  // media (pictures) are never read: only the parts that hold text count against the bound
  const entries = unpack(bytes, name, WHAT, maxBytes, (path) => !path.startsWith('word/media/') && !path.startsWith('word/embeddings/'));
  if (entries['word/document.xml'] === undefined) throw new InputError(`${name}: not ${WHAT} (no word/document.xml inside)`, 'EBADDOC');
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(repack(entries)) },
      { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"], ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (err) {
    throw new InputError(`${name}: not a readable Word document (${(err as Error).message.split('\n')[0]})`, 'EBADDOC');
  }
  const title = propertyTitle(entries['docProps/core.xml']);
  const page = `<!doctype html><html><head><title>${escapeHtml(title ?? '')}</title></head><body><article>${html}</article></body></html>`;
  const { extractHtml } = await import('./html.js');
  return extractHtml(page, name);
};
