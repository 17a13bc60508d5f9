// Decide what kind of text an input is, and turn it into the article's title and text.
import { looksLikeHtml } from './markup.js';
import { extractMarkdown } from './markdown.js';
import type { DocumentFormat, Extracted, InputFormat } from './extracted.js';

export type FormatChoice = InputFormat | 'auto';

const HTML_NAME = /\.(html?|xhtml)$/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;

/** By the user's word, then by the file's name, then by its content (HTML only: Markdown looks like text). */
export const detectFormat = (choice: FormatChoice, name: string, text: string): InputFormat => {
  if (choice !== 'auto') return choice;
  if (HTML_NAME.test(name)) return 'html';
  if (MARKDOWN_NAME.test(name)) return 'markdown';
  return /^\s*(<!doctype html|<html)/i.test(text) || looksLikeHtml(text) ? 'html' : 'text';
};

/** The article in a text of the given format. The HTML reader is loaded only for HTML. */
export const extract = async (format: InputFormat, text: string, name?: string): Promise<Extracted> => {
  if (format === 'markdown') return extractMarkdown(text);
  if (format === 'html') return (await import('./html.js')).extractHtml(text, name);
  if (format === 'srt' || format === 'vtt') return (await import('./captions.js')).extractCaptions(text, format);
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
export const extractDocument = async (format: DocumentFormat, bytes: Uint8Array, name: string, limits: DocumentLimits): Promise<Extracted> => {
  switch (format) {
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(bytes, name, { maxChars: limits.maxChars, maxPages: MAX_PDF_PAGES });
    case 'docx':
      return (await import('./docx.js')).extractDocx(bytes, name, limits.maxChars);
    case 'epub':
      return (await import('./epub.js')).extractEpub(bytes, name, limits.maxChars);
  }
};
