// Run an async function over a sequence with bounded concurrency, yielding results in input order
// whatever order they finish in. At most `window` results are in flight or waiting, so memory stays
// bounded however long the sequence.
export async function* mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const inFlight: Array<Promise<R>> = [];
  let index = 0;
  for await (const item of items) {
    if (signal?.aborted) return;
    const result = fn(item, index++);
    // awaited in order below; this only stops a later failure from being reported as unhandled first
    result.catch(() => {});
    inFlight.push(result);
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) {
    if (signal?.aborted) return;
    yield await inFlight.shift()!;
  }
}
