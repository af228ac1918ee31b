import { defineConfig } from 'vitest/config';

/** `npm run test:formal`: proofs/formal/ compiled from scratch and every ledger theorem checked (needs Debian's coq). */
export default defineConfig({
  test: {
    include: ['properties/formal/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
