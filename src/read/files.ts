// Where text comes from: files and standard input. Knows bytes and streams, nothing about sentences.
import { closeSync, constants, createReadStream, openSync, readSync, statSync } from 'node:fs';
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

/**
 * Whether files add up to at least `limit` bytes, by their sizes on disk; stops asking once they do.
 * A file that cannot be looked at counts as empty (reading it will report why).
 */
export const sizeAtLeast = (paths: Iterable<string>, limit: number): boolean => {
  let total = 0;
  for (const path of paths) {
    try {
      total += statSync(path).size;
    } catch {
      // reported when the file is read
    }
    if (total >= limit) return true;
  }
  return total >= limit;
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

/**
 * A regular file's bytes, read without the event loop: a worker thread (or the main thread of a
 * one-job run) has nothing else to do meanwhile, and one system call per step beats a round trip
 * through libuv's thread pool for each, which left workers idle between files.
 */
const readRegularFile = (path: string, size: number, maxBytes: number): Uint8Array => {
  if (size > maxBytes) throw tooLarge(path, maxBytes);
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
};

/**
 * A file's bytes, refusing directories and anything over maxBytes. A FIFO or a device is read
 * asynchronously from one descriptor to its end: opening one blocks until a writer comes, and a
 * blocked thread could not even hear Ctrl-C.
 */
export const readFileBytes = async (path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> => {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory (EISDIR)`, 'EISDIR');
    if (info.isFile()) return readRegularFile(path, info.size, maxBytes);
    return await readStream(createReadStream(path), path, maxBytes);
  } catch (err) {
    throw err instanceof InputError ? err : fileError(path, err);
  }
};

export const readSource = async (source: Source, stdin: Readable, maxBytes = DEFAULT_MAX_BYTES): Promise<string> => {
  const name = sourceName(source);
  const bytes = source.kind === 'stdin' ? await readStream(stdin, name, maxBytes) : await readFileBytes(source.path, maxBytes);
  return decodeText(bytes, name).text;
};

/**
 * Let go of a FIFO that we may be waiting on: opening one for reading blocks a thread until a writer
 * comes, and such a thread keeps the process from exiting, even on Ctrl-C. Opening it for writing
 * ourselves lets that open return (and the read end at once). Does nothing to anything else.
 */
export const releaseFifo = (path: string): void => {
  try {
    if (!statSync(path).isFIFO()) return;
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // no reader is waiting (ENXIO), or the path is gone: nothing to release
  }
};
