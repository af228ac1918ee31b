import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['properties/**/*.test.ts'],
    // a sample ledger, run by properties/core/ledger.test.ts, not as tests of its own; the formal
    // project's from-scratch build and its mutants run in `npm run test:formal`, the slow
    // suites (adversarial CLI runs, bench) in `npm run test:slow` (vitest.slow.config.ts)
    exclude: ['properties/fixtures/**', 'properties/formal/**', 'properties/core/cli-fuzz.test.ts', 'properties/core/claim-limits-cli.test.ts', 'properties/report/site-interrupt.test.ts', 'properties/core/bench.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    // one test file per core, in worker threads (cheaper to start than forked processes), each
    // thread importing a module once for all its files (isolate: false cut import time ~10×):
    // a test must not leave module state behind (restore its spies, reset its flags)
    pool: 'threads',
    maxWorkers: 2,
    isolate: false,
    // the bin the tests run is dist/, built from src/ first
    globalSetup: ['scripts/build.mjs'],
  },
});
