// The one loader: Source → Article. Read or fetch, decode, tell the kind of input, extract. The command
// line, batch workers, --jsonl, the HTTP server and eval (its data file, by loadText) all read through here.
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { type InputChoice, detectKind, extract, extractDocument } from '../extract/extract.js';
import { type Cue, type DocumentKind, type InputKind, isDocumentKind } from '../extract/extracted.js';
import { decodeText, type Decoded, type Encoding } from './decode.js';
import { readFileBytes, readStream, tooLarge } from './files.js';
import { kindByName, sniffCaptions, sniffDocument } from './sniff.js';
import { type Source, sourceName } from './source.js';
import type { Genre } from '../core/types.js';

/** An article as read from its source, before cleaning: what the core summarizes. */
export type Article = {
  /** How the source is named in messages. */
  readonly name: string;
  /** The headline, when the source has one (a page's, a Markdown heading, a record's title). */
  readonly title: string | null;
  /** A page's dek (standfirst), kept apart from the text. */
  readonly subtitle?: string;
  /** What a page says it is ('opinion'), by its metadata. */
  readonly genre?: Genre;
  readonly text: string;
  readonly inputKind: InputKind;
  /** Things the user should know (a guessed encoding), one line each. */
  readonly warnings: readonly string[];
  /** Captions: each cue's offset in `text` and its start in seconds. */
  readonly times?: readonly Cue[];
};

export type LoadOptions = {
  readonly maxBytes: number;
  readonly encoding: Encoding;
  /** --input: what the inputs are, or 'auto'. */
  readonly input: InputChoice;
  /** How long fetching a URL may take. */
  readonly timeoutMs: number;
  /** Fetch URLs from public addresses only (`summarize serve`, unless --allow-private-urls). */
  readonly publicUrlsOnly?: boolean;
  readonly signal?: AbortSignal;
};

/** A source's bytes (or a string already text), with the kind of input and charset it declares, if any. */
type Raw = { readonly content: Uint8Array | string; readonly inputKind?: InputKind; readonly charset?: string };

const readRaw = async (source: Source, options: LoadOptions, stdin: Readable | undefined): Promise<Raw> => {
  const name = sourceName(source);
  switch (source.kind) {
    case 'stdin':
      if (stdin === undefined) throw new InputError('standard input: not available here', 'ENOSTDIN');
      return { content: await readStream(stdin, name, options.maxBytes) };
    case 'file':
      return { content: await readFileBytes(source.raw === undefined ? source.path : Buffer.from(source.raw), options.maxBytes, name) };
    case 'url': {
      const { fetchPage } = await import('./fetch.js');
      const page = await fetchPage(source.url, {
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxBytes,
        publicOnly: options.publicUrlsOnly === true,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      return { content: page.bytes, inputKind: page.inputKind, ...(page.charset === undefined ? {} : { charset: page.charset }) };
    }
    case 'content': {
      const { content } = source;
      // a string's UTF-8 size is at least its length, at most three times it
      const size =
        typeof content !== 'string' ? content.length : content.length * 3 <= options.maxBytes ? 0 : Buffer.byteLength(content);
      if (size > options.maxBytes) throw tooLarge(name, options.maxBytes);
      return source.inputKind === undefined ? { content } : { content, inputKind: source.inputKind };
    }
  }
};

const decodeRaw = (raw: Raw, name: string, encoding: Encoding): Decoded =>
  typeof raw.content === 'string' ? { text: raw.content, warning: undefined } : decodeText(raw.content, name, encoding, raw.charset);

/** A source's bytes or text, decoded, with the kind of input it declares (a page's content type), if any. */
const readContent = async (
  source: Source,
  options: LoadOptions,
  stdin: Readable | undefined,
): Promise<Decoded & { inputKind?: InputKind }> => {
  const raw = await readRaw(source, options, stdin);
  const decoded = decodeRaw(raw, sourceName(source), options.encoding);
  return raw.inputKind === undefined ? decoded : { ...decoded, inputKind: raw.inputKind };
};

/**
 * Whether bytes are a document to read as such (PDF, Word, EPUB): as --input says, else by their
 * content, else as a page declares or the name says (so that a `.docx` that is no zip is told so).
 */
const documentKind = (raw: Raw, name: string, input: InputChoice): DocumentKind | undefined => {
  if (typeof raw.content === 'string') return undefined;
  if (input !== 'auto') return isDocumentKind(input) ? input : undefined;
  const sniffed = sniffDocument(raw.content);
  if (sniffed !== undefined && sniffed !== 'zip') return sniffed;
  const said = isDocumentKind(raw.inputKind) ? raw.inputKind : kindByName(name);
  if (isDocumentKind(said)) return said;
  return undefined;
};

/**
 * Standard input read into a 'content' source, so that it can travel to a worker thread like any
 * other source (only the main thread has the stream).
 */
export const captureStdin = async (stdin: Readable, maxBytes: number): Promise<Source> => ({
  kind: 'content',
  name: 'standard input',
  content: await readStream(stdin, 'standard input', maxBytes),
});

const JSON_LINES_NAME = /\.(jsonl|ndjson)$/i;
const JSON_OBJECT_LINE = /^\s*\{.*\}\s*$/;

/**
 * JSON Lines are records, not prose: summarizing one as an article would print JSON fragments. Said
 * by its name, or by content whose first lines are all JSON objects.
 */
const refuseJsonLines = (name: string, text: string): void => {
  const first = text.split('\n', 4).filter((l) => l.trim() !== '').slice(0, 3);
  const looksLikeRecords = first.length > 0 && first.every((l) => JSON_OBJECT_LINE.test(l));
  if (!JSON_LINES_NAME.test(name) && !looksLikeRecords) return;
  const arg = name === 'standard input' ? '' : ` ${name}`;
  throw new InputError(
    `${name}: JSON Lines, not an article: 'summarize --jsonl${arg}' summarizes each record, 'summarize eval${arg}' scores them (--input text reads it as prose)`,
    'EJSONL',
  );
};

/** Read a source into an Article. Failures are InputErrors that name the source. */
export const load = async (source: Source, options: LoadOptions, stdin?: Readable): Promise<Article> => {
  const name = sourceName(source);
  const raw = await readRaw(source, options, stdin);
  const known = source.kind === 'content' ? source.title : undefined;
  const document = documentKind(raw, name, options.input);
  if (document !== undefined) {
    const extracted = await extractDocument(document, raw.content as Uint8Array, name, { maxChars: options.maxBytes });
    return {
      name,
      title: known ?? extracted.title,
      text: extracted.text,
      inputKind: document,
      warnings: extracted.warnings ?? [],
    };
  }
  const { text, warning } = decodeRaw(raw, name, options.encoding);
  if (options.input === 'auto') refuseJsonLines(name, text);
  const declared = raw.inputKind !== undefined && !isDocumentKind(raw.inputKind) ? raw.inputKind : undefined;
  // a string is a record's or a request's text, and stays text (or HTML): only files, pages and
  // standard input are told to be captions by their content
  const captions = typeof raw.content === 'string' ? undefined : sniffCaptions(text);
  const inputKind = options.input !== 'auto' ? options.input : (declared ?? kindByName(name) ?? captions ?? detectKind('auto', name, text));
  const extracted = await extract(inputKind, text, name);
  return {
    name,
    title: known ?? extracted.title,
    ...(extracted.subtitle === undefined ? {} : { subtitle: extracted.subtitle }),
    ...(extracted.genre === undefined ? {} : { genre: extracted.genre }),
    text: extracted.text,
    inputKind,
    warnings: [...(warning === undefined ? [] : [warning]), ...(extracted.warnings ?? [])],
    ...(extracted.times === undefined ? {} : { times: extracted.times }),
  };
};

/** A source's whole text, decoded, for data files (eval's JSON Lines). */
export const loadText = async (source: Source, options: LoadOptions, stdin?: Readable): Promise<Decoded> =>
  readContent(source, options, stdin);
