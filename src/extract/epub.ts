import { InputError } from '../errors.js';
import type { Extracted } from './extracted.js';
export const extractEpub = async (_bytes: Uint8Array, name: string, _maxChars: number): Promise<Extracted> => {
  throw new InputError(`${name}: EPUB books are not read yet`, 'EBADDOC');
};
