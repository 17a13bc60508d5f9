// A pool of worker threads, each loading the language model once and taking tasks a chunk at a time;
// or, for one job over small inputs, the main thread.
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { DEFAULTS } from '../defaults.js';
import { sourceName } from '../read/source.js';
import type { Corpus } from '../core/types.js';
import { CorpusBuilder } from '../core/score/corpus.js';
import type { Outcome, Task, TaskState } from './task.js';
import type { FromWorker, ToWorker } from './worker.js';
import { expectArticles } from '../core/nlp/language.js';

export type Pool = {
  readonly run: (task: Task) => Promise<Outcome>;
  /** How many tasks the pool works on or holds at once: callers keep more than this queued. */
  readonly capacity: number;
  /** The document frequencies counted by every 'terms' task so far, from all threads. */
  readonly gather: () => Promise<Corpus>;
  /** The batch's document frequencies, for every task run after this. */
  readonly setCorpus: (corpus: Corpus) => void;
  readonly close: () => Promise<void>;
};

/** One job: run tasks in this thread, with no start-up cost. */
const inProcessPool = async (tasks: number, signal?: AbortSignal): Promise<Pool> => {
  const { runTask, newTaskState } = await import('./task.js');
  // a few articles start sooner with the language model's lexicon built for a quick start
  expectArticles(tasks);
  const state: TaskState = newTaskState();
  // each task waits for a turn of the event loop first, so that Ctrl-C is heard between tasks
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    run: async (task) => {
      await turn();
      return runTask(task, state, signal);
    },
    capacity: 1,
    gather: async () => state.index.corpus(),
    setCorpus: (c) => {
      state.corpus = c;
    },
    close: async () => {},
  };
};

// Workers always run the built JavaScript; under the test runner this module itself runs from src/.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/batch/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

type Waiting = { readonly task: Task; readonly resolve: (o: Outcome) => void; readonly reject: (e: Error) => void };
type Gathering = { readonly resolve: (c: Corpus) => void; readonly reject: (e: Error) => void };

/** Chunks handed to a worker ahead of time, so it never waits for the main thread between two. */
const DEPTH = 2;
/**
 * Tasks sent to a worker in one message, at most: every message wakes the main thread and costs a
 * copy each way, which one task of a couple of milliseconds felt (a tenth of a worker's time).
 */
const CHUNK = 8;

/**
 * The old generation a worker may use, in MB, for inputs of up to `maxBytes` (DEFAULTS.workerHeapMb),
 * or less where Node would allow less. V8 lets a heap grow further before collecting the larger its
 * limit (Node sets 4 GB on a machine with 24 GB), so a limit near what the work needs keeps the peak
 * near the live data. SUMMARIZE_WORKER_HEAP_MB sets another (the tests use it to run out of memory on
 * purpose).
 */
export const workerHeapMb = (maxBytes: number): number => {
  const forInputs = Math.max(DEFAULTS.workerHeapMb, Math.ceil((DEFAULTS.workerHeapMbPerInputMb * maxBytes) / (1024 * 1024)));
  return Math.min(Number(process.env.SUMMARIZE_WORKER_HEAP_MB) || forInputs, Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024)));
};

/** What each task of a worker that ran out of memory gets, naming its source. */
const outOfMemory = (task: Task, heapMb: number): Outcome => ({
  ok: false,
  error: { code: 'ENOMEM', message: `${sourceName(task.source)}: needs more memory than a worker may use (${heapMb} MB)` },
});

const workerPool = (size: number, heapMb: number): Pool => {
  const spawn = (): Worker => listen(new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: heapMb } }));
  const queue: Waiting[] = [];
  const sent = new Map<number, { readonly worker: Worker; readonly chunk: readonly Waiting[] }>();
  const gathering = new Map<number, Gathering>();
  let nextId = 0;
  let failure: Error | undefined;
  let scheduled = false;
  let corpus: Corpus | undefined;

  const dispatch = (): void => {
    scheduled = false;
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      // share what is queued among the free slots, so that the last tasks are not left to one worker
      const chunk = queue.splice(0, Math.min(CHUNK, Math.ceil(queue.length / (idle.length + 1))));
      const id = nextId++;
      sent.set(id, { worker, chunk });
      worker.postMessage({ type: 'tasks', id, tasks: chunk.map((w) => w.task) } satisfies ToWorker);
    }
  };
  // tasks that arrive together (a window of them, or one after another in the same turn) go together
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(dispatch);
  };
  const failAll = (err: Error): void => {
    failure ??= err;
    for (const { chunk } of sent.values()) for (const w of chunk) w.reject(err);
    for (const w of queue.splice(0)) w.reject(err);
    for (const g of gathering.values()) g.reject(err);
    sent.clear();
    gathering.clear();
  };
  /**
   * A worker that ran out of memory fails the tasks it held, each with a message that names its source,
   * and a new worker takes its place; any other failure of a worker fails the run.
   */
  const replace = (dead: Worker): void => {
    for (const [id, { worker, chunk }] of sent) {
      if (worker !== dead) continue;
      sent.delete(id);
      for (const w of chunk) w.resolve(outOfMemory(w.task, heapMb));
    }
    const fresh = spawn();
    if (corpus !== undefined) fresh.postMessage({ type: 'corpus', corpus } satisfies ToWorker);
    workers[workers.indexOf(dead)] = fresh;
    for (let k = idle.length - 1; k >= 0; k--) if (idle[k] === dead) idle.splice(k, 1);
    for (let k = 0; k < DEPTH; k++) idle.push(fresh);
    if (queue.length > 0) schedule();
  };
  function listen(worker: Worker): Worker {
    worker.on('message', (message: FromWorker) => {
      if ('gathered' in message) {
        gathering.get(message.id)?.resolve(message.gathered);
        gathering.delete(message.id);
        return;
      }
      const chunk = sent.get(message.id)?.chunk ?? [];
      sent.delete(message.id);
      idle.push(worker);
      if ('crash' in message) for (const w of chunk) w.reject(new Error(message.crash));
      else chunk.forEach((w, i) => w.resolve(message.outcomes[i]!));
      if (queue.length > 0) schedule();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' && gathering.size === 0) replace(worker);
      else failAll(err);
    });
    return worker;
  }
  const workers = Array.from({ length: size }, spawn);
  // one slot per chunk a worker may hold: each worker appears DEPTH times
  const idle: Worker[] = Array.from({ length: DEPTH }, () => workers).flat();
  return {
    run: (task) =>
      new Promise<Outcome>((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        queue.push({ task, resolve, reject });
        schedule();
      }),
    capacity: size * DEPTH * CHUNK,
    gather: async () => {
      const parts = await Promise.all(
        workers.map(
          (w) =>
            new Promise<Corpus>((resolve, reject) => {
              const id = nextId++;
              gathering.set(id, { resolve, reject });
              w.postMessage({ type: 'gather', id } satisfies ToWorker);
            }),
        ),
      );
      const whole = new CorpusBuilder();
      for (const part of parts) whole.merge(part);
      return whole.corpus();
    },
    setCorpus: (c) => {
      corpus = c;
      for (const w of workers) w.postMessage({ type: 'corpus', corpus: c } satisfies ToWorker);
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
};

/**
 * How many results to keep in flight or waiting for a pool: twice what it holds at once, enough to
 * keep every worker busy while the main thread writes, few enough to bound memory; at least 8.
 */
export const windowFor = (pool: Pool): number => Math.max(8, 2 * pool.capacity);

/**
 * A pool of `jobs` workers, but never more than there are tasks to share out; or, when `inline` (one
 * job, small inputs), this thread, with no start-up cost.
 */
export const createPool = async (
  jobs: number,
  tasks: number,
  { inline, signal, maxBytes }: { readonly inline: boolean; readonly signal?: AbortSignal; readonly maxBytes: number },
): Promise<Pool> =>
  inline || tasks === 0 ? inProcessPool(tasks, signal) : workerPool(Math.max(1, Math.min(jobs, tasks)), workerHeapMb(maxBytes));
