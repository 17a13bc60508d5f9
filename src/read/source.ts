// Where an article comes from. Every kind of input — a file, standard input, a URL, a JSON Lines
// record, an HTTP request's body — is one Source, and one loader (load.ts) reads them all.
import type { InputKind } from '../extract/extracted.js';

export type Source =
  | { readonly kind: 'stdin' }
  /**
   * `path` as shown (and used, unless `raw` is given: the path's bytes, for a name that is not
   * UTF-8); `rel` is where its summary goes under --out-dir.
   */
  | { readonly kind: 'file'; readonly path: string; readonly rel: string; readonly raw?: Uint8Array }
  | { readonly kind: 'url'; readonly url: string }
  /**
   * Content already in hand: standard input once read, a JSON Lines record, a request body. Bytes
   * are decoded by the loader as a file's are; a string is text already.
   */
  | {
      readonly kind: 'content';
      readonly name: string;
      readonly content: string | Uint8Array;
      /** A title the caller knows (a record's "title"). */
      readonly title?: string;
      /** What kind of input it is, when the caller knows; otherwise it is detected from the content. */
      readonly inputKind?: InputKind;
    };

/** An input that could not even be found (a missing path, a glob that matched nothing). */
export type Missing = { readonly kind: 'missing'; readonly name: string; readonly code: string; readonly message: string };

/** How a source is named in messages, headers and JSON. */
export const sourceName = (source: Source | Missing): string => {
  switch (source.kind) {
    case 'stdin':
      return 'standard input';
    case 'file':
      return source.path;
    case 'url':
      return source.url;
    case 'content':
    case 'missing':
      return source.name;
  }
};

/** `http://…` or `https://…`: a page to fetch rather than a path. */
export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

/** One command-line word as a source of data (for eval and --jsonl): `-` is standard input. */
export const dataSource = (arg: string): Source =>
  arg === '-' ? { kind: 'stdin' } : isUrl(arg) ? { kind: 'url', url: arg } : { kind: 'file', path: arg, rel: arg };
