// Bytes from files and streams, within a size cap. Knows bytes and file kinds, nothing about text.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, fileError } from '../errors.js';
import { opening } from './fifos.js';


export const tooLarge = (name: string, maxBytes: number): InputError =>
  new InputError(`${name}: larger than --max-bytes (${maxBytes} bytes)`, 'EFBIG');

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
export const readStream = async (stream: Readable, name: string, maxBytes: number): Promise<Uint8Array> => {
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
const readRegularFile = (path: string | Buffer, size: number, maxBytes: number, name: string): Uint8Array => {
  if (size > maxBytes) throw tooLarge(name, maxBytes);
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
export const readFileBytes = async (path: string | Buffer, maxBytes: number, name = String(path)): Promise<Uint8Array> => {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(`${name}: is a directory (EISDIR)`, 'EISDIR');
    if (info.isFile()) return readRegularFile(path, info.size, maxBytes, name);
    const done = opening(name);
    try {
      return await readStream(createReadStream(path), name, maxBytes);
    } finally {
      done();
    }
  } catch (err) {
    throw err instanceof InputError ? err : fileError(name, err);
  }
};
