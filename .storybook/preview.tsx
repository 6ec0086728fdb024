import type { Decorator, Preview } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { PlankitUIProvider } from '../packages/ui/src/i18n/context';
import { de } from '../packages/ui/src/messages/de';
import { he } from '../packages/ui/stories/rtl/he';
import '../packages/ui/src/styles/plankit.css';
import './custom-theme.css';

/** Per-story settings: `parameters: { plankit: { theme: 'dark' | 'brand', locale: 'de' | 'he' } }`. */
export interface PlankitStoryParameters {
  theme?: 'light' | 'dark' | 'brand';
  /** `he` also sets `dir="rtl"` on <html>, as a Hebrew host page does. */
  locale?: 'en' | 'de' | 'he';
}

const locales = {
  en: { locale: 'en-US', timeZone: 'UTC', messages: undefined },
  de: { locale: 'de-DE', timeZone: 'Europe/Berlin', messages: de },
  he: { locale: 'he-IL', timeZone: 'Asia/Jerusalem', messages: he },
} as const;

// The theme class goes on <html>, as hosts do, so dialogs portalled to <body> get it too.
const withPlankit: Decorator = (Story, context) => {
  const settings = (context.parameters.plankit ?? {}) as PlankitStoryParameters;
  const themeClass = settings.theme === 'dark' ? 'dark' : settings.theme === 'brand' ? 'brand-theme' : null;
  const language = settings.locale ?? 'en';
  const rtl = language === 'he';
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (themeClass) root.classList.add(themeClass);
    if (rtl) root.setAttribute('dir', 'rtl');
    document.body.style.background = 'var(--plankit-bg)';
    document.body.style.color = 'var(--plankit-fg)';
    return () => {
      if (themeClass) root.classList.remove(themeClass);
      if (rtl) root.removeAttribute('dir');
    };
  }, [themeClass, rtl]);
  const { locale, timeZone, messages } = locales[language];
  return (
    <PlankitUIProvider locale={locale} timeZone={timeZone} messages={messages}>
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
