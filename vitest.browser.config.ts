import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the report opened in Debian's chromium (apt-get install -y chromium). */
export default defineConfig({
  test: {
    include: ['browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // the bin that writes the site is dist/, built from src/ first
    globalSetup: ['scripts/build.mjs'],
  },
});
