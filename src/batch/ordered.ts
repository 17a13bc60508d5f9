// Run an async function over a sequence with bounded concurrency, yielding results in input order
// whatever order they finish in. At most `window` results are in flight or waiting, so memory stays
// bounded however long the sequence. On abort it stops at once, waiting neither for work in flight
// (the caller ends that: a pool terminates its workers) nor for the next item of a slow input.
const ABORTED = Symbol('aborted');

export async function* mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    if (signal?.aborted === true) resolve(ABORTED);
    signal?.addEventListener('abort', () => resolve(ABORTED), { once: true });
  });
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const inFlight: Array<Promise<R>> = [];
  let index = 0;
  try {
    for (;;) {
      const step = signal?.aborted === true ? ABORTED : await Promise.race([aborted, source.next()]);
      if (step === ABORTED) return;
      if (step.done === true) break;
      const result = fn(step.value, index++);
      // awaited in order below; this only stops a later failure from being reported as unhandled first
      result.catch(() => {});
      inFlight.push(result);
      if (inFlight.length >= window) {
        const r = signal?.aborted === true ? ABORTED : await Promise.race([aborted, inFlight.shift()!]);
        if (r === ABORTED) return;
        yield r;
      }
    }
    while (inFlight.length > 0) {
      const r = signal?.aborted === true ? ABORTED : await Promise.race([aborted, inFlight.shift()!]);
      if (r === ABORTED) return;
      yield r;
    }
  } finally {
    // let a generator source clean up; never wait on one that is stuck
    void source.return?.();
  }
}
