import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const shared = fileURLToPath(new URL('./packages/shared/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@rcpd/shared': shared } },
  test: {
    // each server test file has a database of its own: on 2 cores two workers (Vitest's default is cores − 1 = 1)
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['packages/shared/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts'],
          globalSetup: ['apps/server/src/test/global-setup.ts', 'apps/server/src/test/s3-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // a browser on a busy 2-core machine: wait for what a person would wait for
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // each file starts its own server, data folder and database: two at a time (E2E_WORKERS=1 for one)
          fileParallelism: process.env.E2E_WORKERS !== '1',
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
          // its own group: run beside the others in one command, it starts after them
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
