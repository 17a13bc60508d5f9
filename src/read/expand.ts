// Command-line arguments → Sources: files, folders (walked), globs (expanded here, for shells that
// don't), URLs and '-'. Deterministic: folders and globs are listed in sorted order. What cannot be
// found or listed becomes a Missing entry in its place, and the rest go on.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileError } from '../errors.js';
import { isUtf8, showBytes } from './names.js';
import { type Missing, type Source, isUrl } from './source.js';

/** What a folder walk takes: text, Markdown, HTML, PDF, Word, EPUB and caption files. */
const TEXT_FILE = /\.(txt|text|md|markdown|html?|xhtml|pdf|docx|epub|srt|vtt)$/i;
/** Summaries this tool wrote with --out-dir are not articles. */
const OUR_OUTPUT = /\.summary\.(txt|json|md)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const missing = (name: string, err: unknown): Missing => {
  const { code, message } = fileError(name, err);
  return { kind: 'missing', name, code, message };
};

/** A file found by a walk: its name as shown, and its bytes when they are not UTF-8. */
type Found = { readonly shown: string; readonly raw: Buffer | undefined };

const SLASH = Buffer.from('/');

/**
 * Every text file below `dir` in sorted order, skipping hidden entries and node_modules; links are not
 * followed. Names are read as bytes, so that a name that is not UTF-8 is still reached. Depth-first
 * with a stack of its own, so a folder nested thousands deep costs no call stack; a subfolder that
 * cannot be listed is reported in its place, and the walk goes on.
 */
async function* walk(dir: string): AsyncGenerator<Found | Missing> {
  type Folder = { readonly shown: string; readonly raw: Buffer; readonly entries: Array<Dirent<Buffer>>; next: number };
  const stack: Folder[] = [];
  const open = async (shown: string, raw: Buffer): Promise<Missing | undefined> => {
    try {
      // one call per folder: reading entry by entry cost a round trip to the thread pool for each file
      const entries = (await readdir(raw, { withFileTypes: true, encoding: 'buffer' })).filter((e) => e.name[0] !== 0x2e);
      entries.sort((a, b) => Buffer.compare(a.name, b.name));
      stack.push({ shown, raw, entries, next: 0 });
      return undefined;
    } catch (err) {
      return missing(shown, err);
    }
  };
  const failed = await open(dir, Buffer.from(dir));
  if (failed !== undefined) yield failed;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const e = top.entries[top.next++];
    if (e === undefined) {
      stack.pop();
      continue;
    }
    const name = showBytes(e.name);
    const raw = Buffer.concat([top.raw, SLASH, e.name]);
    const shown = join(top.shown, name);
    if (e.isDirectory() && !SKIPPED_DIRS.has(name)) {
      const cannot = await open(shown, raw);
      if (cannot !== undefined) yield cannot;
    } else if (e.isFile() && TEXT_FILE.test(name) && !OUR_OUTPUT.test(name)) {
      yield { shown, raw: isUtf8(e.name) && isUtf8(top.raw) ? undefined : raw };
    }
  }
}

/** Whether `path` (absolute) lies below `cwd`. */
const isBelow = (path: string, cwd: string): boolean => {
  const rel = relative(cwd, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Where a file's summary goes under --out-dir: its path below the working directory, however it was
 * named (`art/x.txt` and the folder `art/` both give `art/x…`). A file outside the working directory
 * keeps its name, below the folder it was found in if it came from one.
 */
const relFor = (path: string, cwd: string, folder?: string): string => {
  const absolute = resolve(cwd, path);
  if (isBelow(absolute, cwd)) return relative(cwd, absolute);
  if (folder === undefined) return basename(absolute);
  const top = resolve(cwd, folder);
  return join(basename(top) || 'root', relative(top, absolute));
};

/**
 * A path as the files are reached: as typed when `cwd` is this process's working directory (so that
 * messages show what the user typed), else resolved against `cwd`.
 */
const located = (cwd: string, path: string): string => {
  const absolute = resolve(cwd, path);
  return absolute === resolve(path) ? path : absolute;
};

const expandOne = async (typed: string, cwd: string, bytes: Buffer | undefined): Promise<Array<Source | Missing>> => {
  if (typed === '-') return [{ kind: 'stdin' }];
  if (isUrl(typed)) return [{ kind: 'url', url: typed }];
  const arg = located(cwd, typed);
  let info;
  try {
    info = await stat(bytes ?? arg);
  } catch (err) {
    // the glob library is loaded only for an argument that is not a path
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(typed)) {
      // like a folder walk: no hidden files, nothing in node_modules, none of our own summaries
      const matches = (await glob(typed, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false }))
        .filter((path) => !OUR_OUTPUT.test(path))
        .sort(byName);
      if (matches.length === 0) return [{ kind: 'missing', name: typed, code: 'ENOMATCH', message: `${typed}: no files match` }];
      return matches.map((path) => ({ kind: 'file', path: located(cwd, path), rel: relFor(path, cwd) }));
    }
    return [missing(typed, err)];
  }
  if (!info.isDirectory()) return [{ kind: 'file', path: arg, rel: relFor(arg, cwd), ...(bytes === undefined ? {} : { raw: bytes }) }];
  const found: Array<Source | Missing> = [];
  for await (const entry of walk(arg)) {
    found.push(
      'kind' in entry
        ? entry
        : { kind: 'file', path: entry.shown, rel: relFor(entry.shown, cwd, arg), ...(entry.raw === undefined ? {} : { raw: entry.raw }) },
    );
  }
  return found;
};

/**
 * Expand every argument, in the order given; a file named twice is summarized once. `argBytes` holds
 * the bytes of arguments that are not UTF-8, by their escaped form (as the process shell found them).
 */
export const expandInputs = async (
  args: readonly string[],
  cwd: string,
  argBytes: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<Array<Source | Missing>> => {
  const seen = new Set<string>();
  const inputs: Array<Source | Missing> = [];
  for (const arg of args) {
    const bytes = argBytes.get(arg);
    for (const input of await expandOne(arg, cwd, bytes === undefined ? undefined : Buffer.from(bytes))) {
      const key =
        input.kind === 'stdin' ? '-' : input.kind === 'url' ? input.url : input.kind === 'file' ? resolve(cwd, input.path) : `missing:${input.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inputs.push(input);
    }
  }
  return inputs;
};
