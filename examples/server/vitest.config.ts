import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProject } from '../../vitest.shared';

// Files in one worker share module state (isolate: false), so they share one seeded server instead
// of creating a PGlite each (seconds apiece); every file and test restores the seeds first.
export default mergeConfig(
  nodeProject('server'),
  defineConfig({ test: { isolate: false, testTimeout: 30_000, hookTimeout: 60_000 } }),
);
