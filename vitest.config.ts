// Test runner config: forks (each test file in its own process, so an isolate that takes the process
// down fails a test, not the run), with --no-node-snapshot as isolated-vm 5 on Node 20 requires.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    execArgv: ['--no-node-snapshot'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/bench/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
  },
});
