// A worker thread: loads the language model once, then runs tasks as they come.
import { parentPort } from 'node:worker_threads';
import type { Corpus } from '../core/types.js';
import { type Task, runTask } from './task.js';

export type ToWorker = { readonly type: 'corpus'; readonly corpus: Corpus } | { readonly type: 'task'; readonly id: number; readonly task: Task };
export type FromWorker = { readonly id: number; readonly outcome: Awaited<ReturnType<typeof runTask>> } | { readonly id: number; readonly crash: string };

const port = parentPort;
if (port === null) throw new Error('worker.js runs only as a worker thread');

let corpus: Corpus | undefined;
port.on('message', (message: ToWorker) => {
  if (message.type === 'corpus') {
    corpus = message.corpus;
    return;
  }
  runTask(message.task, corpus).then(
    (outcome) => port.postMessage({ id: message.id, outcome } satisfies FromWorker),
    (err: unknown) => port.postMessage({ id: message.id, crash: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker),
  );
});
