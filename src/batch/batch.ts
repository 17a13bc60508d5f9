// Summarize many inputs with a pool of workers: first the batch's document frequencies (for corpus
// IDF), then the summaries, yielded in input order whatever the parallelism.
import { InputError } from '../errors.js';
import { sizeAtLeast } from '../read/files.js';
import type { Input } from '../read/expand.js';
import { mapOrdered } from './ordered.js';
import { type Pool, createPool, windowFor } from './pool.js';
import type { Fetched } from '../read/fetch.js';
import type { Outcome, SummarizeSettings, TaskInput } from './task.js';

export type BatchItem = { readonly input: Input; readonly outcome: Outcome };

export type BatchHooks = {
  readonly signal?: AbortSignal;
  /** Called as documents are indexed (pass 1) and summarized (pass 2). */
  readonly onProgress?: (pass: 'index' | 'summarize', done: number) => void;
};


/** Inputs read before the workers start: standard input, and fetched pages by URL. */
export type Preread = { readonly stdin: string | undefined; readonly pages: ReadonlyMap<string, Fetched> };

const taskInput = (input: Input, preread: Preread): TaskInput | undefined => {
  if (input.kind === 'file') return { path: input.path };
  if (input.kind === 'stdin') return { text: preread.stdin ?? '', name: 'standard input' };
  if (input.kind === 'url') {
    const page = preread.pages.get(input.url);
    return page === undefined ? undefined : { text: page.text, name: input.url, format: page.format };
  }
  return undefined;
};

const failed = (input: Input): Outcome =>
  input.kind === 'missing'
    ? { ok: false, error: { code: input.error.code, message: input.error.message } }
    : { ok: false, error: { code: 'EUNKNOWN', message: 'no input' } };

/**
 * Below this much work one thread is done before worker threads would have loaded the model and
 * warmed up: on the 2-core development machine, 550 news articles (1.6 MB) took as long with two
 * jobs as with one, 1,000 (2.9 MB) 10% less.
 */
const POOL_MIN_FILES = 600;
const POOL_MIN_BYTES = 2_000_000;

/** Without --jobs: one job per core for a batch large enough to repay the workers, else one. */
export const jobsFor = (inputs: readonly Input[], preread: Preread, cores: number): number => {
  if (cores <= 1 || inputs.length >= POOL_MIN_FILES) return cores;
  let read = preread.stdin?.length ?? 0;
  for (const page of preread.pages.values()) read += page.text.length;
  const paths = inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : []));
  return sizeAtLeast(paths, POOL_MIN_BYTES - read) ? cores : 1;
};

/**
 * Document frequencies over every readable input, counted by the threads that read them and gathered
 * at the end; unreadable inputs are reported by the second pass.
 */
const indexCorpus = async (
  pool: Pool,
  inputs: readonly Input[],
  preread: Preread,
  { maxBytes, encoding }: SummarizeSettings,
  window: number,
  hooks: BatchHooks,
) => {
  let done = 0;
  const readable = inputs.flatMap((input) => {
    const t = taskInput(input, preread);
    return t === undefined ? [] : [t];
  });
  for await (const _ of mapOrdered(readable, (input) => pool.run({ kind: 'terms', input, maxBytes, encoding }), window, hooks.signal)) {
    hooks.onProgress?.('index', ++done);
  }
  return pool.gather();
};

/**
 * Summarize every input. With more than one readable input, IDF comes from the whole batch (document
 * frequency across files); a single article keeps its own. Standard input, if among the inputs, is
 * read once up front by `readStdin`.
 */
export async function* summarizeInputs(
  given: readonly Input[],
  readStdin: () => Promise<string>,
  fetchUrl: (url: string) => Promise<Fetched>,
  settings: SummarizeSettings & { readonly jobs: number | undefined; readonly cores: number },
  hooks: BatchHooks = {},
): AsyncGenerator<BatchItem> {
  // what cannot be read becomes a 'missing' input, reported in its place
  const failures = new Map<Input, InputError>();
  const attempt = async <T>(input: Input, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failures.set(input, err);
      return undefined;
    }
  };
  const stdinInput = given.find((i) => i.kind === 'stdin');
  const stdin = stdinInput === undefined ? undefined : await attempt(stdinInput, readStdin);
  const pages = new Map<string, Fetched>();
  for (const input of given) {
    if (input.kind !== 'url') continue;
    const page = await attempt(input, () => fetchUrl(input.url));
    if (page !== undefined) pages.set(input.url, page);
  }
  const preread: Preread = { stdin, pages };
  const inputs = given.map((i): Input => {
    const error = failures.get(i);
    return error === undefined ? i : { kind: 'missing', path: i.kind === 'url' ? i.url : 'standard input', error };
  });
  const readable = inputs.filter((i) => i.kind !== 'missing').length;
  const pool = await createPool(settings.jobs ?? jobsFor(inputs, preread, settings.cores), readable);
  const window = windowFor(pool);
  try {
    if (readable > 1) {
      pool.setCorpus(await indexCorpus(pool, inputs, preread, settings, window, hooks));
    }
    let done = 0;
    const summarizeOne = async (input: Input): Promise<BatchItem> => {
      const t = taskInput(input, preread);
      const outcome = t === undefined ? failed(input) : await pool.run({ kind: 'summarize', input: t, title: undefined, settings });
      return { input, outcome };
    };
    for await (const item of mapOrdered(inputs, summarizeOne, window, hooks.signal)) {
      hooks.onProgress?.('summarize', ++done);
      yield item;
    }
  } finally {
    await pool.close();
  }
}
