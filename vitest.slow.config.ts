import { defineConfig } from 'vitest/config';

/**
 * `npm run test:slow` (CI runs it after npm test): the slow suites, kept out of the default run's
 * 60 s: every command's options fuzzed (cli-fuzz), every runaway claim kind through the CLI
 * (claim-limits-cli), SIGINT at each moment of a report's writing (site-interrupt), and bench's
 * measurements (bench). dist/ is built first, as in the default run.
 */
export default defineConfig({
  test: {
    include: ['properties/core/cli-fuzz.test.ts', 'properties/core/claim-limits-cli.test.ts', 'properties/report/site-interrupt.test.ts', 'properties/core/bench.test.ts'],
    testTimeout: 120_000,
    pool: 'threads',
    maxWorkers: 2,
    globalSetup: ['scripts/build.mjs'],
  },
});
