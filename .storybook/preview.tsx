import type { Decorator, Preview } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { PlankitUIProvider } from '../packages/ui/src/i18n/context';
import { de } from '../packages/ui/src/messages/de';
import '../packages/ui/src/styles/plankit.css';
import './custom-theme.css';

/** Per-story settings: `parameters: { plankit: { theme: 'dark' | 'brand', locale: 'de' } }`. */
export interface PlankitStoryParameters {
  theme?: 'light' | 'dark' | 'brand';
  locale?: 'en' | 'de';
}

// The theme class goes on <html>, as hosts do, so dialogs portalled to <body> get it too.
const withPlankit: Decorator = (Story, context) => {
  const settings = (context.parameters.plankit ?? {}) as PlankitStoryParameters;
  const themeClass = settings.theme === 'dark' ? 'dark' : settings.theme === 'brand' ? 'brand-theme' : null;
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (themeClass) root.classList.add(themeClass);
    document.body.style.background = 'var(--plankit-bg)';
    document.body.style.color = 'var(--plankit-fg)';
    return () => {
      if (themeClass) root.classList.remove(themeClass);
    };
  }, [themeClass]);
  const german = settings.locale === 'de';
  return (
    <PlankitUIProvider
      locale={german ? 'de-DE' : 'en-US'}
      timeZone={german ? 'Europe/Berlin' : 'UTC'}
      messages={german ? de : undefined}
    >
      <div className="plankit" style={{ padding: 16 }}>
        <Story />
      </div>
    </PlankitUIProvider>
  );
};

const preview: Preview = {
  decorators: [withPlankit],
  parameters: {
    // Any axe violation fails the story's test.
    // Any axe violation fails the story's test; the whole body, so dialogs portalled out of the root count.
    a11y: { test: 'error', context: 'body' },
    layout: 'fullscreen',
  },
};

export default preview;
