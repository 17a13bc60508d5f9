// A worker thread: loads the language model once, then runs tasks as they come, a chunk at a time.
import { parentPort } from 'node:worker_threads';
import type { Corpus } from '../core/types.js';
import { type Outcome, type Task, type TaskState, newTaskState, runTask } from './task.js';

export type ToWorker =
  | { readonly type: 'corpus'; readonly corpus: Corpus }
  | { readonly type: 'gather'; readonly id: number }
  | { readonly type: 'tasks'; readonly id: number; readonly tasks: readonly Task[] };
export type FromWorker =
  | { readonly id: number; readonly outcomes: readonly Outcome[] }
  | { readonly id: number; readonly gathered: Corpus }
  | { readonly id: number; readonly crash: string };

const port = parentPort;
if (port === null) throw new Error('worker.js runs only as a worker thread');

const state: TaskState = newTaskState();

const runChunk = async (tasks: readonly Task[]): Promise<Outcome[]> => {
  const outcomes: Outcome[] = [];
  for (const task of tasks) outcomes.push(await runTask(task, state));
  return outcomes;
};
port.on('message', (message: ToWorker) => {
  if (message.type === 'corpus') {
    state.corpus = message.corpus;
    return;
  }
  if (message.type === 'gather') {
    port.postMessage({ id: message.id, gathered: state.index.corpus() } satisfies FromWorker);
    return;
  }
  runChunk(message.tasks).then(
    (outcomes) => port.postMessage({ id: message.id, outcomes } satisfies FromWorker),
    (err: unknown) =>
      port.postMessage({ id: message.id, crash: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker),
  );
});
