// Where text comes from: files and standard input. Knows bytes and streams, nothing about sentences.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, fileError } from '../errors.js';

export type Source = { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/** How a source is named in messages and headers. */
export const sourceName = (source: Source): string => (source.kind === 'stdin' ? 'standard input' : source.path);

/** `-` is standard input; anything else is a path. */
export const toSource = (arg: string): Source => (arg === '-' ? { kind: 'stdin' } : { kind: 'file', path: arg });

/** Inputs larger than this are refused unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

const tooLarge = (name: string, maxBytes: number): InputError =>
  new InputError(`${name}: larger than --max-bytes (${maxBytes} bytes)`, 'EFBIG');

/** A NUL byte in the first 8 KiB means binary, as git and ripgrep judge it. */
const isBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);

export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Text, and a word for the user when it had to be guessed. */
export type Decoded = { readonly text: string; readonly warning: string | undefined };

const decodeWith = (encoding: Exclude<Encoding, 'auto'>, bytes: Uint8Array, name: string): string => {
  try {
    // fatal: a file that is not what the user said it is gets an error, not silent U+FFFD
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid ${encoding.toUpperCase()} (--encoding ${encoding})`, 'EENCODING');
  }
};

/**
 * Bytes → text. `auto` reads a UTF-16 file by its byte-order mark, refuses binary (NUL bytes), reads
 * UTF-8, and reads anything that is not valid UTF-8 as Windows-1252 (a superset of Latin-1), saying so.
 */
export const decodeText = (bytes: Uint8Array, name: string, encoding: Encoding = 'auto'): Decoded => {
  if (encoding !== 'auto') return { text: decodeWith(encoding, bytes, name), warning: undefined };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith('utf-16le', bytes, name), warning: undefined };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith('utf-16be', bytes, name), warning: undefined };
  if (isBinary(bytes)) throw new InputError(`${name}: binary file (contains NUL bytes)`, 'EBINARY');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: undefined };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: `${name}: not valid UTF-8; read as Windows-1252 (Latin-1). Use --encoding to say otherwise`,
    };
  }
};

/** All of a stream, up to maxBytes. */
export const readStream = async (stream: Readable, name: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(name, maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
};

export const readSource = async (source: Source, stdin: Readable, maxBytes = DEFAULT_MAX_BYTES): Promise<string> => {
  const name = sourceName(source);
  const bytes = source.kind === 'stdin' ? await readStream(stdin, name, maxBytes) : readFileBytes(source.path, maxBytes);
  return decodeText(bytes, name).text;
};

/**
 * A file's bytes, refusing directories and anything over maxBytes. The read blocks: a worker thread (or
 * the main thread of a one-job run) has nothing else to do meanwhile, and one system call per step beats
 * a round trip through libuv's thread pool for each, which left workers idle between files. A FIFO or a
 * device is read from the same descriptor until it ends.
 */
export const readFileBytes = (path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array => {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory (EISDIR)`, 'EISDIR');
    if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(info.isFile() ? Math.max(1, info.size - total + 1) : 65536);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  } catch (err) {
    throw err instanceof InputError ? err : fileError(path, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

/**
 * readFileBytes without the event loop, for worker threads and batch jobs: a blocking read costs one
 * system call per step instead of a round trip through the thread pool for each, which left workers
 * idle between files. FIFOs and devices go through the asynchronous reader.
 */
export const readFileBytesSync = (path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array | undefined => {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory (EISDIR)`, 'EISDIR');
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < info.size) {
      const n = readSync(fd, bytes, read, info.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (err) {
    throw err instanceof InputError ? err : fileError(path, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};
