// Writing results: to stdout with backpressure, or to files under --out-dir, atomically.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { InputError } from '../errors.js';

/** Write to a stream, waiting when it asks us to, so a slow reader never makes output pile up in memory. */
export const writeTo = (stream: Writable, chunk: string): Promise<void> =>
  stream.write(chunk) ? Promise.resolve() : new Promise((done) => stream.once('drain', done));

/** `a/b.txt` under DIR → DIR/a/b.summary.txt (or .json): never the name of an article. */
export const summaryPath = (outDir: string, rel: string, extension: 'txt' | 'json' | 'md'): string =>
  join(outDir, `${rel.replace(/\.(txt|text|md|markdown|html?|xhtml)$/i, '')}.summary.${extension}`);

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
