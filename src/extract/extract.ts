// Decide what kind of text an input is, and turn it into the article's title and text.
import { looksLikeHtml } from '../core/text/normalize.js';
import { extractMarkdown } from './markdown.js';
import type { Extracted, InputFormat } from './extracted.js';

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
  return { title: null, text };
};
