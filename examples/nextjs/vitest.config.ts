import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProject } from '../../vitest.shared';

// The Next.js host end to end: `next build` once, then `next start` against the reference server on
// a fresh database, driven by headless Chromium.
export default mergeConfig(
  nodeProject('nextjs'),
  defineConfig({
    test: {
      include: ['test/**/*.e2e.test.ts'],
      globalSetup: ['test/global-setup.ts'],
      testTimeout: 90_000,
      hookTimeout: 300_000,
      // After the unit projects and the dashboard's e2e group (vitest needs one order per worker setting).
      sequence: { groupOrder: 2 },
      maxWorkers: 1,
      typecheck: { enabled: false },
    },
  }),
);
