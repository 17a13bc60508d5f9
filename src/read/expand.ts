// Command-line arguments → the list of inputs: files, folders (walked), globs (expanded here, for
// shells that don't), and '-'. Deterministic: folders and globs are listed in sorted order.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError, fileError } from '../errors.js';

/**
 * One input of a run. `rel` is where its summary goes under --out-dir: the path below the folder it
 * was found in, or below the working directory for a file named directly.
 */
export type Input =
  | { readonly kind: 'stdin' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string; readonly rel: string }
  | { readonly kind: 'missing'; readonly path: string; readonly error: InputError };

/** What a folder walk takes: text, Markdown and HTML files. */
const TEXT_FILE = /\.(txt|text|md|markdown|html?|xhtml)$/i;
/** Summaries this tool wrote with --out-dir are not articles. */
const OUR_OUTPUT = /\.summary\.(txt|json|md)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

/** `http://…` or `https://…`: a page to fetch rather than a path. */
export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

const isHidden = (name: string): boolean => name.startsWith('.');
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every text file below `dir`, sorted, skipping hidden entries and node_modules; links are not followed. */
async function* walk(dir: string): AsyncGenerator<string> {
  // one call per folder: reading entry by entry cost a round trip to the thread pool for each file
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !isHidden(e.name));
  entries.sort((a, b) => byPath(a.name, b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) yield* walk(path);
    else if (e.isFile() && TEXT_FILE.test(e.name) && !OUR_OUTPUT.test(e.name)) yield path;
  }
}

/** A path below the working directory, for --out-dir; a path outside it keeps only its name. */
const relFromCwd = (path: string, cwd: string): string => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? (path.split(sep).pop() ?? path) : rel;
};

const expandOne = async (arg: string, cwd: string): Promise<Input[]> => {
  if (arg === '-') return [{ kind: 'stdin' }];
  if (isUrl(arg)) return [{ kind: 'url', url: arg }];
  let info;
  try {
    info = await stat(arg);
  } catch (err) {
    // the glob library is loaded only for an argument that is not a path
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(arg)) {
      // like a folder walk: no hidden files, nothing in node_modules, none of our own summaries
      const matches = (await glob(arg, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false }))
        .filter((path) => !OUR_OUTPUT.test(path))
        .sort(byPath);
      if (matches.length === 0) return [{ kind: 'missing', path: arg, error: new InputError(`${arg}: no files match`, 'ENOMATCH') }];
      return matches.map((path) => ({ kind: 'file', path, rel: relFromCwd(resolve(cwd, path), cwd) }));
    }
    return [{ kind: 'missing', path: arg, error: fileError(arg, err) }];
  }
  if (!info.isDirectory()) return [{ kind: 'file', path: arg, rel: relFromCwd(resolve(cwd, arg), cwd) }];
  const files: Input[] = [];
  for await (const path of walk(arg)) files.push({ kind: 'file', path, rel: relative(arg, path) });
  return files;
};

/** Expand every argument, in the order given; a file named twice is summarized once. */
export const expandInputs = async (args: readonly string[], cwd: string): Promise<Input[]> => {
  const seen = new Set<string>();
  const inputs: Input[] = [];
  for (const arg of args) {
    for (const input of await expandOne(arg, cwd)) {
      const key = input.kind === 'stdin' ? '-' : input.kind === 'url' ? input.url : resolve(cwd, input.path);
      if (seen.has(key)) continue;
      seen.add(key);
      inputs.push(input);
    }
  }
  return inputs;
};
