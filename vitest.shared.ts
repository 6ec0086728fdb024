import { defineConfig } from 'vitest/config';

// Workspace packages resolve each other's sources through this export condition, so tests need no build.
export const sourceConditions = ['@plankit/source'];

export const sourceResolve = {
  resolve: { conditions: [...sourceConditions, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [...sourceConditions, 'module', 'node', 'development|production'] } },
};

/** A node-environment vitest project for a package. */
export function nodeProject(name: string) {
  return defineConfig({
    ...sourceResolve,
    test: {
      name,
      environment: 'node',
      // Property suites run 1,000 cases; a shared 2-core CI machine can take longer than vitest's 5 s default.
      testTimeout: 30_000,
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    },
  });
}
