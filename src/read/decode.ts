// Bytes → text: byte-order marks, binary refusal, UTF-8, and the Windows-1252 fallback. Knows bytes,
// nothing about files, pages or sentences.
import { InputError } from '../errors.js';

/** `auto`, or the WHATWG name of an encoding (`utf-8`, `utf-16le`, `windows-1252`, …). */
export type Encoding = string;

/** The encodings the help names; any label TextDecoder knows is taken too (utf8, latin1, cp1252, …). */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

/**
 * A user's encoding label → the encoding's canonical name, or undefined for a label no decoder knows.
 * `utf8` → `utf-8`, `latin1` and `iso-8859-1` → `windows-1252` (as browsers read them), `ucs-2` → `utf-16le`.
 */
export const canonicalEncoding = (label: string): Encoding | undefined => {
  const l = label.trim().toLowerCase();
  if (l === 'auto') return 'auto';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
};

/** A NUL byte in the first 8 KiB means binary, as git and ripgrep judge it. */
export const isBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);

/** Text, and a word for the user when it had to be guessed. */
export type Decoded = { readonly text: string; readonly warning: string | undefined };

const decodeStrict = (encoding: Encoding, bytes: Uint8Array, name: string, why: string): string => {
  try {
    // fatal: a file that is not what it claims to be gets an error, not silent U+FFFD
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid ${encoding.toUpperCase()} text (${why})`, 'EENCODING');
  }
};

/**
 * Bytes → text. With an encoding given, strictly that. `auto` reads UTF-16 by its byte-order mark,
 * refuses binary (NUL bytes), reads the `hint` (a page's declared charset) if there is one, else UTF-8, and reads
 * anything else as Windows-1252 (a superset of Latin-1), saying so.
 */
export const decodeText = (bytes: Uint8Array, name: string, encoding: Encoding, hint?: string): Decoded => {
  if (encoding !== 'auto') return { text: decodeStrict(encoding, bytes, name, `--encoding ${encoding}`), warning: undefined };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeStrict('utf-16le', bytes, name, 'it starts with a UTF-16LE byte-order mark'), warning: undefined };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeStrict('utf-16be', bytes, name, 'it starts with a UTF-16BE byte-order mark'), warning: undefined };
  if (isBinary(bytes)) throw new InputError(`${name}: binary file (contains NUL bytes)`, 'EBINARY');
  // what a page declares, as a browser reads it
  const declared = hint === undefined ? undefined : canonicalEncoding(hint);
  if (declared !== undefined && declared !== 'auto' && declared !== 'utf-8') {
    return { text: new TextDecoder(declared).decode(bytes), warning: undefined };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: undefined };
  } catch {
    // not UTF-8, and nothing else declared
  }
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    warning: `${name}: not valid UTF-8; read as Windows-1252 (Latin-1). Use --encoding to say otherwise`,
  };
};
