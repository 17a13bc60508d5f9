// Where text comes from: files and standard input. Knows bytes and streams, nothing about sentences.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError, fileError } from '../errors.js';

export type Source = { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/** How a source is named in messages and headers. */
export const sourceName = (source: Source): string => (source.kind === 'stdin' ? 'standard input' : source.path);

/** `-` is standard input; anything else is a path. */
export const toSource = (arg: string): Source => (arg === '-' ? { kind: 'stdin' } : { kind: 'file', path: arg });

/** Inputs larger than this are refused unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const tooLarge = (name: string, maxBytes: number): InputError =>
  new InputError(`${name}: larger than --max-bytes (${maxBytes} bytes)`, 'EFBIG');

/** A NUL byte in the first 8 KiB means binary, as git and ripgrep judge it. */
const isBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);

/** UTF-8 text with the BOM dropped; invalid bytes become U+FFFD rather than failing. Binary is refused. */
export const decodeText = (bytes: Uint8Array, name: string): string => {
  if (isBinary(bytes)) throw new InputError(`${name}: binary file (contains NUL bytes)`, 'EBINARY');
  return new TextDecoder('utf-8').decode(bytes);
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

/** A regular file's bytes, refusing directories and files over maxBytes before reading them. */
export const readFileBytes = async (path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> => {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${path}: is a directory (EISDIR)`, 'EISDIR');
    if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes);
    if (info.isFile()) return await handle.readFile();
    // a FIFO or device: read as a stream, with the same limit
    return await readStream(handle.createReadStream({ autoClose: false }), path, maxBytes);
  } catch (err) {
    throw err instanceof InputError ? err : fileError(path, err);
  } finally {
    await handle?.close();
  }
};

export const readSource = async (source: Source, stdin: Readable, maxBytes = DEFAULT_MAX_BYTES): Promise<string> => {
  const name = sourceName(source);
  const bytes = source.kind === 'stdin' ? await readStream(stdin, name, maxBytes) : await readFileBytes(source.path, maxBytes);
  return decodeText(bytes, name);
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
