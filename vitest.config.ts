import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // .storybook: every story's play function and axe check in headless Chromium.
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts', '.storybook/vitest.config.ts'],
  },
});
