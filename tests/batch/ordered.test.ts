import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../../src/batch/ordered.js';
import { runWithGc } from '../helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapOrdered', () => {
  it('yields results in input order whatever order they finish in', async () => {
    const delays = [30, 1, 20, 5, 0, 12, 3];
    const out: number[] = [];
    for await (const x of mapOrdered(delays, async (d, i) => (await sleep(d), i), 3)) out.push(x);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('never has more than the window in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++inFlight);
      await sleep(2);
      inFlight--;
    };
    for await (const _ of mapOrdered(Array.from({ length: 40 }, (_, i) => i), work, 4)) void _;
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
  });

  it('stops taking new items once aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    for await (const x of mapOrdered(Array.from({ length: 100 }, (_, i) => i), async (i) => i, 2, controller.signal)) {
      seen.push(x);
      if (x === 5) controller.abort();
    }
    expect(seen.length).toBeLessThan(10);
  });
});

describe('mapOrdered on abort', () => {
  it('ends at once, without waiting for work that never finishes', async () => {
    const controller = new AbortController();
    const forever = new Promise<number>(() => {});
    const seen: number[] = [];
    setTimeout(() => controller.abort(), 20);
    for await (const x of mapOrdered([1, 2, 3], (i) => (i === 2 ? forever : Promise.resolve(i)), 4, controller.signal)) seen.push(x);
    expect(seen).toEqual([1]);
  });

  it('ends at once while the input is waiting for its next item', async () => {
    const controller = new AbortController();
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      await new Promise(() => {});
    }
    setTimeout(() => controller.abort(), 20);
    const seen: number[] = [];
    for await (const x of mapOrdered(slow(), async (i) => i, 1, controller.signal)) seen.push(x);
    expect(seen).toEqual([1]);
  });
});

describe('mapOrdered on a stream', () => {
  it('yields a finished result while the input still waits for its next item', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    async function* oneThenWait(): AsyncGenerator<number> {
      yield 1;
      await gate;
      yield 2;
    }
    const out: number[] = [];
    for await (const x of mapOrdered(oneThenWait(), async (i) => i * 10, 8)) {
      out.push(x);
      // the answer to the first item comes before the second item exists
      if (x === 10) release();
    }
    expect(out).toEqual([10, 20]);
  });
});

describe('mapOrdered over a long run', () => {
  // 100,000 small files grew the heap by about 3 KB each (issue "Start-up and throughput near the
  // floor": memory flat in the number of files): every step raced the work against one promise that
  // settles only on abort, and each race left a reaction on it until the run ended.
  it('keeps no memory per item: the heap at item 190,000 is that at item 40,000', () => {
    const ORDERED = fileURLToPath(new URL('../../dist/batch/ordered.js', import.meta.url));
    const script = `
      import { mapOrdered } from ${JSON.stringify(ORDERED)};
      const controller = new AbortController();
      const heap = () => { globalThis.gc(); return process.memoryUsage().heapUsed; };
      let early = 0;
      let late = 0;
      let n = 0;
      for await (const r of mapOrdered((function* () { for (let i = 0; i < 200000; i++) yield i; })(), async (x) => x, 8, controller.signal)) {
        if (++n === 40000) early = heap();
        if (n === 190000) late = heap();
      }
      console.log(JSON.stringify({ n, growth: late - early }));
    `;
    const { n, growth } = runWithGc<{ n: number; growth: number }>(script);
    expect(n).toBe(200_000);
    expect(growth).toBeLessThan(2_000_000);
  }, 120_000);
});
