// What a run of bytes is, by its content rather than its name: a PDF, a zip-based document (Word,
// EPUB), a caption file. Knows magic numbers, nothing about reading them.
import type { DocumentKind, InputKind } from '../extract/extracted.js';

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/**
 * A PDF starts with `%PDF-` (after a byte-order mark or blank lines at most: a text that only
 * mentions it is no PDF); a zip starts with a local file header.
 */
export const sniffDocument = (bytes: Uint8Array): DocumentKind | 'zip' | undefined => {
  // most inputs are text with no '%' in their first bytes: no string made of them
  if (bytes.subarray(0, 64).includes(0x25) && /^(\xef\xbb\xbf)?\s*%PDF-\d/.test(ascii(bytes, 0, 64))) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // an EPUB's first entry is its uncompressed mimetype; a Word file names word/ early on
    const head = ascii(bytes, 0, 4096);
    if (head.startsWith('mimetypeapplication/epub+zip', 30)) return 'epub';
    if (/word\/|\[Content_Types\]\.xml/.test(head)) return 'docx';
    return 'zip';
  }
  return undefined;
};

const SRT_START = /^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/;
const VTT_START = /^\uFEFF?WEBVTT(\s|$)/;

/** Caption files, by their first lines. */
export const sniffCaptions = (text: string): InputKind | undefined => {
  const head = text.slice(0, 512);
  if (VTT_START.test(head)) return 'vtt';
  if (SRT_START.test(head.replace(/^\uFEFF/, ''))) return 'srt';
  return undefined;
};

const NAMES: ReadonlyArray<[RegExp, InputKind]> = [
  [/\.pdf$/i, 'pdf'],
  [/\.docx$/i, 'docx'],
  [/\.epub$/i, 'epub'],
  [/\.srt$/i, 'srt'],
  [/\.vtt$/i, 'vtt'],
];

/** The kind of document or captions said by a file's name. */
export const kindByName = (name: string): InputKind | undefined => NAMES.find(([re]) => re.test(name))?.[1];
