// A worker thread: loads the language model once, then runs tasks as they come.
import { parentPort } from 'node:worker_threads';
import { CorpusBuilder } from '../core/corpus.js';
import type { Corpus } from '../core/types.js';
import { type Outcome, type Task, type TaskState, runTask } from './task.js';

export type ToWorker =
  | { readonly type: 'corpus'; readonly corpus: Corpus }
  | { readonly type: 'gather'; readonly id: number }
  | { readonly type: 'task'; readonly id: number; readonly task: Task };
export type FromWorker =
  | { readonly id: number; readonly outcome: Outcome }
  | { readonly id: number; readonly gathered: Corpus }
  | { readonly id: number; readonly crash: string };

const port = parentPort;
if (port === null) throw new Error('worker.js runs only as a worker thread');

const state: TaskState = { index: new CorpusBuilder(), corpus: undefined };
port.on('message', (message: ToWorker) => {
  if (message.type === 'corpus') {
    state.corpus = message.corpus;
    return;
  }
  if (message.type === 'gather') {
    port.postMessage({ id: message.id, gathered: state.index.corpus() } satisfies FromWorker);
    return;
  }
  runTask(message.task, state).then(
    (outcome) => port.postMessage({ id: message.id, outcome } satisfies FromWorker),
    (err: unknown) =>
      port.postMessage({ id: message.id, crash: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker),
  );
});
