// Writing results: to stdout with backpressure, or to files under --out-dir, atomically, each input
// to a file of its own.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { InputError } from '../errors.js';
import { type Source, sourceName } from '../read/source.js';

/** Write to a stream, waiting when it asks us to, so a slow reader never makes output pile up in memory. */
export const writeTo = (stream: Writable, chunk: string): Promise<void> =>
  stream.write(chunk) ? Promise.resolve() : new Promise((done) => stream.once('drain', done));

export type OutputExtension = 'txt' | 'json' | 'md';

const ARTICLE_EXTENSION = /\.(txt|text|md|markdown|html?|xhtml)$/i;

/** A path made of safe names: each segment's unsafe characters become `_`, and `.`/`..` cannot climb. */
const safePath = (segments: readonly string[]): string =>
  segments
    .filter((s) => s !== '')
    .map((s) => (s === '.' || s === '..' ? '_' : s.replace(/[^\w.@+=,-]+/g, '_').slice(0, 120)))
    .join('/');

/** A page's place under --out-dir: its host, then its path as folders (`example.com/news/a`). */
const urlRel = (url: string): string => {
  try {
    const u = new URL(url);
    const path = u.pathname.endsWith('/') ? `${u.pathname}index` : u.pathname;
    return safePath([u.host, ...path.split('/'), ...(u.search === '' ? [] : [`_${u.search.slice(1)}`])]);
  } catch {
    return safePath([url]);
  }
};

/** Where a source's summary goes below the output folder, before the `.summary.EXT` ending. */
const stemOf = (source: Source, keepExtension: boolean): string => {
  if (source.kind === 'file') return keepExtension ? source.rel : source.rel.replace(ARTICLE_EXTENSION, '');
  if (source.kind === 'url') return keepExtension ? urlRel(source.url) : urlRel(source.url).replace(ARTICLE_EXTENSION, '');
  return source.kind === 'stdin' ? 'stdin' : safePath([source.name]);
};

/**
 * The file each source's summary is written to under `outDir`: `a/b.txt` → `a/b.summary.txt`, never
 * the name of an article. Sources that would share a file keep their own extension (`story.txt` and
 * `story.md` → `story.txt.summary.txt`, `story.md.summary.txt`); if two still meet, nothing is
 * written and the error names both.
 */
export const planOutputs = (sources: readonly Source[], outDir: string, extension: OutputExtension): Map<Source, string> => {
  const target = (s: Source, keep: boolean): string => join(outDir, `${stemOf(s, keep)}.summary.${extension}`);
  const counts = new Map<string, number>();
  for (const s of sources) {
    const t = target(s, false);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const plan = new Map<Source, string>();
  const owner = new Map<string, Source>();
  for (const s of sources) {
    const t = target(s, (counts.get(target(s, false)) ?? 0) > 1);
    const other = owner.get(t);
    if (other !== undefined) {
      throw new InputError(`${sourceName(other)} and ${sourceName(s)} would both be written to ${t}: nothing was written`, 'ECOLLISION');
    }
    owner.set(t, s);
    plan.set(s, t);
  }
  return plan;
};

/**
 * Files written atomically under an output folder: each goes to a temporary name beside its target
 * and is renamed into place when complete, so a reader or an interrupted run never sees half a file.
 * An input file is never a target.
 */
export class OutDir {
  private readonly temporary = new Set<string>();
  private readonly inputs: ReadonlySet<string>;

  constructor(inputPaths: Iterable<string>) {
    this.inputs = new Set([...inputPaths].map((p) => resolve(p)));
  }

  async write(target: string, content: string): Promise<void> {
    if (this.inputs.has(resolve(target))) {
      throw new InputError(`${target}: not written, it is one of the inputs`, 'EINPUT');
    }
    const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.summarize-tmp`);
    this.temporary.add(temp);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(temp, content, { flag: 'wx' });
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true }).catch(() => {});
      const code = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      throw new InputError(`${target}: cannot write (${code}: ${(err as Error).message})`, code);
    } finally {
      this.temporary.delete(temp);
    }
  }

  /** Remove any temporary file still being written (on Ctrl-C). */
  async discardPartial(): Promise<void> {
    await Promise.all([...this.temporary].map((t) => rm(t, { force: true }).catch(() => {})));
  }
}
