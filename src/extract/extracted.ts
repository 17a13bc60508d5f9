// What an extractor gives back: the article's title, if it has one, and its text in paragraphs.
import type { Genre } from '../core/types.js';

/** The article's title, its dek (standfirst) when one was found, and its text in paragraphs. */
export type Extracted = {
  readonly title: string | null;
  readonly subtitle?: string;
  /** What the page says it is (its metadata: extract/genre.ts), when it says. */
  readonly genre?: Genre;
  readonly text: string;
  /** Things the reader should know about how it was read (a long PDF cut short), one line each. */
  readonly warnings?: readonly string[];
  /** Captions: where each cue's text starts in `text`, and the second it is spoken at, in order. */
  readonly times?: readonly Cue[];
};

/** A caption's place in the text, its start time in seconds, and who speaks, when the captions say. */
export type Cue = { readonly offset: number; readonly start: number; readonly speaker?: string };

/** The kinds of input summarize reads as text. */
export type TextKind = 'text' | 'html' | 'markdown' | 'srt' | 'vtt';
/** The kinds read from their bytes: documents in a binary container. */
export type DocumentKind = 'pdf' | 'docx' | 'epub';
/** The kinds of input summarize reads. */
export type InputKind = TextKind | DocumentKind;

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['pdf', 'docx', 'epub'];
export const isDocumentKind = (f: InputKind | undefined): f is DocumentKind => f === 'pdf' || f === 'docx' || f === 'epub';
