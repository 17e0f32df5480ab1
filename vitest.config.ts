import { defineConfig } from 'vitest/config';

// One run starts one local stack (tests/support/global-setup.ts) on its own ports and
// data folder, so `npm test` works beside a running `npm start`.
export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    include: ['tests/**/*.test.ts'],
  },
});
