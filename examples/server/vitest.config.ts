import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProject } from '../../vitest.shared';

// One PGlite per test file takes a few seconds to create; real-PostgreSQL races need time under load.
export default mergeConfig(nodeProject('server'), defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } }));
