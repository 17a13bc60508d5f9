// A pool of worker threads, each loading the language model once; or, for one job, the main thread.
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../core/types.js';
import type { Outcome, Task } from './task.js';
import type { FromWorker, ToWorker } from './worker.js';

export type Pool = {
  readonly run: (task: Task) => Promise<Outcome>;
  /** The batch's document frequencies, for every task run after this. */
  readonly setCorpus: (corpus: Corpus) => void;
  readonly close: () => Promise<void>;
};

/** One job: run tasks in this thread, with no start-up cost. */
const inProcessPool = async (): Promise<Pool> => {
  const { runTask } = await import('./task.js');
  let corpus: Corpus | undefined;
  return {
    run: (task) => runTask(task, corpus),
    setCorpus: (c) => {
      corpus = c;
    },
    close: async () => {},
  };
};

// Workers always run the built JavaScript; under the test runner this module itself runs from src/.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/batch/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

type Pending = { readonly resolve: (o: Outcome) => void; readonly reject: (e: Error) => void };

const workerPool = (size: number): Pool => {
  const workers = Array.from({ length: size }, () => new Worker(WORKER_URL));
  const idle: Worker[] = [...workers];
  const queue: Array<{ id: number; task: Task }> = [];
  const pending = new Map<number, Pending>();
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
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  for (const worker of workers) {
    worker.on('message', (message: FromWorker) => {
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
