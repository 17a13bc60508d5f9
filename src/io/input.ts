// Where text comes from: files and standard input. Knows bytes and streams, nothing about sentences.
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError, fileError } from '../errors.js';

export type Source = { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/** How a source is named in messages and headers. */
export const sourceName = (source: Source): string => (source.kind === 'stdin' ? 'standard input' : source.path);

/** `-` is standard input; anything else is a path. */
export const toSource = (arg: string): Source => (arg === '-' ? { kind: 'stdin' } : { kind: 'file', path: arg });

/** UTF-8 text with the BOM dropped; invalid bytes become U+FFFD rather than failing. */
export const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

export const readStream = async (stream: Readable): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
};

const readFileBytes = async (path: string): Promise<Uint8Array> => {
  try {
    if ((await stat(path)).isDirectory()) throw new InputError(`cannot read '${path}' (EISDIR: is a directory)`, 'EISDIR');
    return await readFile(path);
  } catch (err) {
    throw err instanceof InputError ? err : fileError(path, err);
  }
};

export const readSource = async (source: Source, stdin: Readable): Promise<string> =>
  decode(source.kind === 'stdin' ? await readStream(stdin) : await readFileBytes(source.path));
