// Zip containers (Word files, EPUB books), unpacked within a bound: what the entries unpack to counts
// against --max-bytes, so that a zip bomb is refused before it is inflated, not after.
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { InputError } from '../errors.js';

/** Whether bytes begin as a zip file does. */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);

/**
 * The entries of a zip (those `keep` accepts), refusing one whose entries declare more than
 * `maxBytes` in all. An entry is inflated into a buffer of its declared size and no more, so a size
 * that lies cannot grow past the bound either.
 */
export const unpack = (bytes: Uint8Array, name: string, what: string, maxBytes: number, keep: (path: string) => boolean = () => true): Unzipped => {
  if (!isZip(bytes)) throw new InputError(`${name}: not ${what} (not a zip file)`, 'EBADDOC');
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!keep(file.name)) return false;
        total += file.originalSize;
        if (total > maxBytes) throw new InputError(`${name}: unpacks to more than --max-bytes (${maxBytes} bytes)`, 'EFBIG');
        return true;
      },
    });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${name}: not a readable ${what.replace(/^an? /, '')} (${(err as Error).message || 'corrupt zip'})`, 'EBADDOC');
  }
};

/** Entries packed again without compression: another reader can then take them without inflating anything. */
export const repack = (entries: Unzipped): Uint8Array => zipSync(entries, { level: 0 });
