import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['properties/**/*.test.ts'],
    // a sample ledger, run by properties/core/ledger.test.ts, not as tests of its own
    exclude: ['properties/fixtures/**', '**/node_modules/**'],
    testTimeout: 60_000,
    // one test file per core, in worker threads (cheaper to start than forked processes)
    pool: 'threads',
    maxWorkers: 2,
    // the bin the tests run is dist/, built from src/ first
    globalSetup: ['scripts/build.mjs'],
  },
});
