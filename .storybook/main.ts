import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { storybookViteConfig } from './vite.shared';

const config: StorybookConfig = {
  stories: ['../packages/ui/stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // STORYBOOK_DISABLE_TELEMETRY=1 is also set by the scripts: this flag alone still resolves the telemetry host.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, storybookViteConfig),
};

export default config;
