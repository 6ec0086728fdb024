import type { Preview } from '@storybook/react-vite';
import '../packages/ui/src/styles/plankit.css';

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'centered',
  },
};

export default preview;
