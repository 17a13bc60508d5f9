// The scheduler: sources in, outcomes out in input order, whatever the parallelism. It reads nothing
// itself: each source is loaded by the task that summarizes it (task.ts), in a worker thread or here.
import { DEFAULTS } from '../defaults.js';
import { sizeAtLeast } from '../read/files.js';
import type { Missing, Source } from '../read/source.js';
import { mapOrdered } from './ordered.js';
import { type Pool, createPool, windowFor } from './pool.js';
import type { Outcome, TaskSettings } from './task.js';

export type { IdfSource } from '../core/types.js';
import type { IdfSource } from '../core/types.js';
/** One thing to summarize: the caller's item (a path, a record) and the source it names. */
export type Entry<T> = { readonly item: T; readonly source: Source | Missing };
export type Done<T> = Entry<T> & { readonly outcome: Outcome };

export type BatchOptions = {
  readonly settings: TaskSettings;
  readonly idfSource: IdfSource;
  /** --jobs, if given: always obeyed. */
  readonly jobs: number | undefined;
  /** CPUs available to this process. */
  readonly cores: number;
  readonly signal?: AbortSignal;
  /** After each step of work: `done` of `total` (unknown while the input is still coming). */
  readonly onProgress?: (done: number, total: number | undefined) => void;
};

const { poolMinFiles: POOL_MIN_ITEMS, poolMinBytes: POOL_MIN_BYTES } = DEFAULTS;

/** The one rule for how many threads: --jobs if given; else one per core for work large enough to repay them. */
export const jobsFor = (requested: number | undefined, cores: number, largeEnough: boolean): number =>
  requested ?? (cores > 1 && largeEnough ? cores : 1);

/** Whether the sources seen so far are enough work for a pool: by count, then by size. */
const isLarge = (sources: ReadonlyArray<Source | Missing>): boolean => {
  if (sources.length >= POOL_MIN_ITEMS) return true;
  let bytes = 0;
  const paths: string[] = [];
  for (const s of sources) {
    if (s.kind === 'content') bytes += s.content.length;
    else if (s.kind === 'file') paths.push(s.path);
  }
  return bytes >= POOL_MIN_BYTES || sizeAtLeast(paths, POOL_MIN_BYTES - bytes);
};

/**
 * The largest input summarized in the main thread: a summary there cannot be interrupted (Ctrl-C is
 * heard between inputs, not during one), and one of this size takes well under a second. Anything
 * larger, and any page yet to be fetched, goes to a worker thread that Ctrl-C can end at once.
 */
const MAX_INLINE_BYTES = 256 * 1024;

const isSmall = (s: Source | Missing): boolean => {
  if (s.kind === 'missing') return true;
  if (s.kind === 'content') return s.content.length <= MAX_INLINE_BYTES;
  if (s.kind === 'file') return !sizeAtLeast([s.path], MAX_INLINE_BYTES + 1);
  return false;
};

const missingOutcome = (m: Missing): Outcome => ({ ok: false, error: { code: m.code, message: m.message } });

/**
 * What is known before the work starts: a list (files on the command line) is known whole; a stream
 * (JSON Lines) is not read ahead, since a caller may send one record and wait for its answer, unless
 * corpus IDF needs all of it first.
 */
const readAhead = async <T>(
  iterator: AsyncIterator<Entry<T>> | Iterator<Entry<T>>,
  whole: boolean,
): Promise<{ head: Array<Entry<T>>; ended: boolean }> => {
  const head: Array<Entry<T>> = [];
  if (!whole) return { head, ended: false };
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) return { head, ended: true };
    head.push(next.value);
  }
};

async function* chain<T>(head: Iterable<T>, rest: AsyncIterator<T> | Iterator<T>): AsyncGenerator<T> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    yield next.value;
  }
}

/** Count every readable source's terms, then hand the batch's document frequencies to every thread. */
const indexCorpus = async <T>(pool: Pool, entries: ReadonlyArray<Entry<T>>, options: BatchOptions, tick: () => void): Promise<void> => {
  const readable = entries.flatMap((e) => (e.source.kind === 'missing' ? [] : [e.source]));
  const count = (source: Source) => pool.run({ kind: 'terms', source, load: options.settings.load, lang: options.settings.summary.lang });
  for await (const _ of mapOrdered(readable, count, windowFor(pool), options.signal)) tick();
  pool.setCorpus(await pool.gather());
};

/** Summarize every entry, yielding each with its outcome in input order. */
export async function* summarizeAll<T>(input: Iterable<Entry<T>> | AsyncIterable<Entry<T>>, options: BatchOptions): AsyncGenerator<Done<T>> {
  const iterator = Symbol.asyncIterator in input ? input[Symbol.asyncIterator]() : input[Symbol.iterator]();
  const corpus = options.idfSource === 'corpus';
  const { head, ended } = await readAhead(iterator, corpus || !(Symbol.asyncIterator in input));
  const readable = head.filter((e) => e.source.kind !== 'missing').length;
  const jobs = jobsFor(options.jobs, options.cores, !ended || isLarge(head.map((e) => e.source)));
  const inline = jobs === 1 && ended && head.every((e) => isSmall(e.source));
  const pool = await createPool(jobs, ended ? readable : Number.POSITIVE_INFINITY, {
    inline,
    maxBytes: options.settings.load.maxBytes,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const passes = corpus && readable > 1 ? 2 : 1;
  const total = ended ? head.length * passes : undefined;
  let done = 0;
  const tick = (): void => options.onProgress?.(++done, total);
  try {
    if (passes === 2) await indexCorpus(pool, head, options, tick);
    const one = async (entry: Entry<T>): Promise<Done<T>> => {
      const { source } = entry;
      const outcome =
        source.kind === 'missing' ? missingOutcome(source) : await pool.run({ kind: 'summarize', source, settings: options.settings });
      return { ...entry, outcome };
    };
    for await (const result of mapOrdered(chain(head, iterator), one, windowFor(pool), options.signal)) {
      tick();
      yield result;
    }
  } finally {
    await pool.close();
  }
}
