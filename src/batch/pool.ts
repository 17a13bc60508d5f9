// A pool of worker threads, each loading the language model once; or, for one job, the main thread.
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../core/types.js';
import { CorpusBuilder } from '../core/corpus.js';
import type { Outcome, Task, TaskState } from './task.js';
import type { FromWorker, ToWorker } from './worker.js';

export type Pool = {
  readonly run: (task: Task) => Promise<Outcome>;
  /** The document frequencies counted by every 'terms' task so far, from all threads. */
  readonly gather: () => Promise<Corpus>;
  /** The batch's document frequencies, for every task run after this. */
  readonly setCorpus: (corpus: Corpus) => void;
  readonly close: () => Promise<void>;
};

/** One job: run tasks in this thread, with no start-up cost. */
const inProcessPool = async (): Promise<Pool> => {
  const [{ runTask }, { CorpusBuilder }] = await Promise.all([import('./task.js'), import('../core/corpus.js')]);
  const state: TaskState = { index: new CorpusBuilder(), corpus: undefined };
  return {
    run: (task) => runTask(task, state),
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

type Pending = { readonly resolve: (o: Outcome) => void; readonly reject: (e: Error) => void };
type Gathering = { readonly resolve: (c: Corpus) => void; readonly reject: (e: Error) => void };

/** Tasks handed to a worker ahead of time, so it never waits for the main thread between two. */
const DEPTH = 2;

const workerPool = (size: number): Pool => {
  const workers = Array.from({ length: size }, () => new Worker(WORKER_URL));
  // one slot per task a worker may hold: each worker appears DEPTH times
  const idle: Worker[] = Array.from({ length: DEPTH }, () => workers).flat();
  const queue: Array<{ id: number; task: Task }> = [];
  const pending = new Map<number, Pending>();
  const gathering = new Map<number, Gathering>();
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const { id, task } = queue.shift()!;
      worker.postMessage({ type: 'task', id, task } satisfies ToWorker);
    }
  };
  const failAll = (err: Error): void => {
    failure ??= err;
    for (const p of [...pending.values(), ...gathering.values()]) p.reject(err);
    pending.clear();
    gathering.clear();
  };
  for (const worker of workers) {
    worker.on('message', (message: FromWorker) => {
      if ('gathered' in message) {
        gathering.get(message.id)?.resolve(message.gathered);
        gathering.delete(message.id);
        return;
      }
      const p = pending.get(message.id);
      pending.delete(message.id);
      idle.push(worker);
      if ('crash' in message) p?.reject(new Error(message.crash));
      else p?.resolve(message.outcome);
      dispatch();
    });
    worker.on('error', failAll);
  }
  return {
    run: (task) =>
      new Promise<Outcome>((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        queue.push({ id, task });
        dispatch();
      }),
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
    setCorpus: (corpus) => {
      for (const w of workers) w.postMessage({ type: 'corpus', corpus } satisfies ToWorker);
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
};

/** A pool of `jobs` workers, but never more than there are tasks to share out. */
export const createPool = async (jobs: number, tasks: number): Promise<Pool> => {
  const size = Math.min(jobs, tasks);
  return size <= 1 ? inProcessPool() : workerPool(size);
};
