// How much memory a worker thread may use.
import { getHeapStatistics } from 'node:v8';
import { expect, it } from 'vitest';
import { workerHeapMb } from '../../src/batch/pool.js';
import { DEFAULTS } from '../../src/defaults.js';

const nodeLimit = Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));

it('lets a worker use the default for inputs up to 16 MB, more for a larger --max-bytes, never more than Node allows', () => {
  expect(workerHeapMb(DEFAULTS.maxBytes)).toBe(Math.min(768, nodeLimit));
  expect(workerHeapMb(2 * 1024 * 1024)).toBe(Math.min(768, nodeLimit));
  expect(workerHeapMb(64 * 1024 * 1024)).toBe(Math.min(64 * 48, nodeLimit));
  expect(workerHeapMb(1024 * 1024 * 1024)).toBe(nodeLimit);
});
