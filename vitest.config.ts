import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['properties/**/*.test.ts'],
    // a sample ledger, run by properties/core/ledger.test.ts, not as tests of its own
    exclude: ['properties/fixtures/**', '**/node_modules/**'],
    testTimeout: 60_000,
  },
});
