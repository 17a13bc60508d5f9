// Decide what kind of text an input is, and turn it into the article's title and text.
import { looksLikeHtml } from './markup.js';
import { extractMarkdown } from './markdown.js';
import type { DocumentKind, Extracted, InputKind } from './extracted.js';

export type InputChoice = InputKind | 'auto';

const HTML_NAME = /\.(html?|xhtml)$/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;

/** By the user's word, then by the file's name, then by its content (HTML only: Markdown looks like text). */
export const detectKind = (choice: InputChoice, name: string, text: string): InputKind => {
  if (choice !== 'auto') return choice;
  if (HTML_NAME.test(name)) return 'html';
  if (MARKDOWN_NAME.test(name)) return 'markdown';
  return /^\s*(<!doctype html|<html)/i.test(text) || looksLikeHtml(text) ? 'html' : 'text';
};

/** The article in a text of the given kind. The HTML reader is loaded only for HTML. */
export const extract = async (kind: InputKind, text: string, name?: string): Promise<Extracted> => {
  if (kind === 'markdown') return extractMarkdown(text);
  if (kind === 'html') return (await import('./html.js')).extractHtml(text, name);
  if (kind === 'srt' || kind === 'vtt') return (await import('./captions.js')).extractCaptions(text, kind);
  return { title: null, text };
};

/** How much a document may give: --max-bytes of text (and of what a zip unpacks to). */
export type DocumentLimits = { readonly maxChars: number };

/** Pages of a PDF read at most, whatever their text: a bound on time for a PDF of thousands of near-empty pages (pdf.js finds a page in a flat page tree by walking it, so time grows with the square of the pages). */
const MAX_PDF_PAGES = 2000;

/**
 * The article in a document's bytes. Each reader (pdf.js, mammoth, the zip reader) is loaded only
 * when such a document is read, so that start-up for text does not pay for them.
 */
export const extractDocument = async (kind: DocumentKind, bytes: Uint8Array, name: string, limits: DocumentLimits): Promise<Extracted> => {
  switch (kind) {
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(bytes, name, { maxChars: limits.maxChars, maxPages: MAX_PDF_PAGES });
    case 'docx':
      return (await import('./docx.js')).extractDocx(bytes, name, limits.maxChars);
    case 'epub':
      return (await import('./epub.js')).extractEpub(bytes, name, limits.maxChars);
  }
};
