import { InputError } from '../errors.js';
import type { Extracted } from './extracted.js';
export const extractDocx = async (_bytes: Uint8Array, name: string, _maxChars: number): Promise<Extracted> => {
  throw new InputError(`${name}: Word documents are not read yet`, 'EBADDOC');
};
