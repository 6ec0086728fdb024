import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { storybookViteConfig } from './vite.shared';

const configDir = dirname(fileURLToPath(import.meta.url));
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

// Every story renders in headless Chromium; its play function and axe (a11y.test: 'error') must pass.
export default defineConfig({
  ...storybookViteConfig,
  plugins: [storybookTest({ configDir })],
  test: {
    name: 'storybook',
    root: configDir,
    browser: {
      enabled: true,
      headless: true,
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
        },
      }),
    },
    setupFiles: ['./vitest.setup.ts'],
  },
});
