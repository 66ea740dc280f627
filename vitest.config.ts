import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter.ts';

export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter()],
    include: ['tests/**/*.test.ts'],
    // One throwaway PostgreSQL for the run (skipped with a message when PostgreSQL is not installed).
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    exclude: ['tests/e2e/**', 'tests/load/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter tests bind loopback ports and spawn the CLI; two workers suit the 2-core machines.
    maxWorkers: 2,
  },
});
