import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing running; `stack` starts one local stack for the run
// (tests/support/global-setup.ts) on its own ports and data folder, so `npm test` works
// beside a running `npm start`.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'stack',
          include: ['tests/{db,functions,auth,e2e}/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
