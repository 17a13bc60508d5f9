// Run an async function over a sequence with bounded concurrency, yielding results in input order
// whatever order they finish in. At most `window` results are in flight or waiting, so memory stays
// bounded however long the sequence. A finished result is yielded as soon as the ones before it
// are, even while the input waits for its next item (a caller may send one record and wait for its
// answer). On abort it stops at once, waiting neither for work in flight (the caller ends that: a
// pool terminates its workers) nor for the next item of a slow input.
const ABORTED = Symbol('aborted');
type Step<T, R> = { readonly item: IteratorResult<T> } | { readonly result: R };

/**
 * The first of `promises` to settle, or ABORTED once `signal` aborts. The abort listener is removed as
 * soon as the race is over: racing against one promise that settles only on abort would leave a
 * reaction on it at every step until the run ended (about 700 bytes an item).
 */
const raceAbort = <V>(signal: AbortSignal | undefined, promises: ReadonlyArray<Promise<V>>): Promise<V | typeof ABORTED> => {
  if (signal === undefined) return Promise.race(promises);
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise<V | typeof ABORTED>((resolve, reject) => {
    const onAbort = (): void => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.race(promises).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
};

export async function* mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const inFlight: Array<Promise<R>> = [];
  let next: Promise<Step<T, R>> | undefined;
  let ended = false;
  let index = 0;
  try {
    for (;;) {
      if (signal?.aborted === true) return;
      if (inFlight.length > 0 && (ended || inFlight.length >= window)) {
        // full, or no more input: the oldest result is all there is to wait for
        const r = await raceAbort(signal, [inFlight[0]!]);
        if (r === ABORTED) return;
        inFlight.shift();
        yield r;
        continue;
      }
      if (ended) return;
      next ??= Promise.resolve(source.next()).then((item) => ({ item }));
      const oldest = inFlight[0]?.then((result): Step<T, R> => ({ result }));
      const step = await raceAbort(signal, oldest === undefined ? [next] : [oldest, next]);
      if (step === ABORTED) return;
      if ('result' in step) {
        inFlight.shift();
        yield step.result;
        continue;
      }
      next = undefined;
      if (step.item.done === true) {
        ended = true;
        continue;
      }
      const result = fn(step.item.value, index++);
      // awaited in order; this only stops a later failure from being reported as unhandled first
      result.catch(() => {});
      inFlight.push(result);
    }
  } finally {
    // let a generator source clean up; never wait on one that is stuck
    if (!ended) void source.return?.();
  }
}
