import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // worker threads and the spawned binary run the built code: build it before any test runs, so
    // that no test ever meets a stale dist/
    globalSetup: ['./tests/build.setup.ts'],
    // generous: the tests must pass on a loaded 2-core machine; none asserts how long anything takes
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
