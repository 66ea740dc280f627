import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter.ts';

// Browser tests: Debian's Chromium driven by playwright-core against the real playground (npm run test:e2e).
export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter()],
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: Chromium is heavy on the 2-core machines.
    fileParallelism: false,
  },
});
