import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProject } from '../../vitest.shared';

// End to end: the real server on a fresh database, the built dashboard, headless Chromium.
export default mergeConfig(
  nodeProject('e2e'),
  defineConfig({
    test: {
      include: ['e2e/**/*.e2e.test.ts'],
      globalSetup: ['e2e/global-setup.ts'],
      testTimeout: 90_000,
      hookTimeout: 180_000,
      // Each file runs its own server and browser; two at once is what two cores carry.
      maxWorkers: 2,
      // Its own group: after the unit projects, which use the default worker count.
      sequence: { groupOrder: 1 },
      typecheck: { enabled: false },
    },
  }),
);
