// An EPUB book → its text, through the same HTML reader as a web page: its XHTML chapters in spine
// order (the reading order its package declares), with the title from its metadata. Loaded only
// when a book is read.
import { posix } from 'node:path';
import { InputError } from '../errors.js';
import type { Extracted } from './extracted.js';
import { unpack } from './zip.js';

const WHAT = 'an EPUB book';

const text = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);

/** A chapter's body, without its head (its <title> is often the book's, repeated). */
const bodyOf = (xhtml: string): string => /<body[^>]*>([\s\S]*)<\/body>/i.exec(xhtml)?.[1] ?? xhtml;

export const extractEpub = async (bytes: Uint8Array, name: string, maxBytes: number): Promise<Extracted> => {
  // pictures, fonts and styles are never read
  const entries = unpack(bytes, name, WHAT, maxBytes, (path) => !/\.(jpe?g|png|gif|svg|webp|ttf|otf|woff2?|css|mp3|mp4)$/i.test(path));
  const container = text(entries['META-INF/container.xml']);
  const opfPath = container === undefined ? undefined : attr(/<rootfile\b[^>]*>/i.exec(container)?.[0] ?? '', 'full-path');
  const opf = opfPath === undefined ? undefined : text(entries[opfPath]);
  if (opf === undefined || opfPath === undefined) throw new InputError(`${name}: not ${WHAT} (no package document inside)`, 'EBADDOC');
  const base = posix.dirname(opfPath);
  const manifest = new Map<string, string>();
  for (const item of opf.match(/<item\b[^>]*>/gi) ?? []) {
    const id = attr(item, 'id');
    const href = attr(item, 'href');
    if (id !== undefined && href !== undefined) manifest.set(id, posix.normalize(posix.join(base, decodeURIComponent(href))));
  }
  const spine = (opf.match(/<itemref\b[^>]*>/gi) ?? [])
    .filter((ref) => attr(ref, 'linear') !== 'no')
    .map((ref) => manifest.get(attr(ref, 'idref') ?? ''))
    .filter((path): path is string => path !== undefined);
  const chapters = spine.map((path) => text(entries[path])).filter((c): c is string => c !== undefined);
  if (chapters.length === 0) throw new InputError(`${name}: not ${WHAT} (no chapters in its spine)`, 'EBADDOC');
  const rawTitle = /<dc:title\b[^>]*>([\s\S]*?)<\/dc:title>/i.exec(opf)?.[1];
  const title = rawTitle === undefined ? '' : unescape(rawTitle.replace(/<[^>]*>/g, '')).trim();
  const page = `<!doctype html><html><head><title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title></head><body><article>${chapters
    .map((c) => `<section>${bodyOf(c)}</section>`)
    .join('\n')}</article></body></html>`;
  const { extractHtml } = await import('./html.js');
  return extractHtml(page, name);
};
