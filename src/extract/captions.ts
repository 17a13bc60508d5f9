import type { Extracted } from './extracted.js';
export const extractCaptions = (text: string, _format: 'srt' | 'vtt'): Extracted => ({ title: null, text });
