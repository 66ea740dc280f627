import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter tests bind loopback ports and spawn the CLI; two workers suit the 2-core machines.
    maxWorkers: 2,
  },
});
