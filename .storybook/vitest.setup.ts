import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import { checkHostCss } from './host-css/check';
import * as projectAnnotations from './preview';

// checkHostCss runs after each play function: every story's final state under real host stylesheets.
setProjectAnnotations([a11yAnnotations, projectAnnotations, { afterEach: checkHostCss }]);
