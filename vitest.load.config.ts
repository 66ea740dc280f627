import { defineConfig } from 'vitest/config';

// npm run test:load: the slow load runs (1,000 channels against rate-limited stand-ins), apart from npm test.
export default defineConfig({
  test: {
    include: ['tests/load/**/*.test.ts'],
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
