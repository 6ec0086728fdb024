import type { CurrencyTable } from '@plankit/rules';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { en, type MessageOverrides, type Messages } from '../messages/en';

export type PlankitTheme = 'light' | 'dark';

export interface PlankitUIContextValue {
  readonly locale: string;
  readonly timeZone: string;
  readonly messages: Messages;
  readonly theme: PlankitTheme | undefined;
  readonly currencies: CurrencyTable | undefined;
}

const defaultValue: PlankitUIContextValue = {
  locale: 'en-US',
  timeZone: 'UTC',
  messages: en,
  theme: undefined,
  currencies: undefined,
};
const PlankitUIContext = createContext<PlankitUIContextValue>(defaultValue);

export interface PlankitUIProviderProps {
  /** BCP 47 locale for numbers, money and dates, e.g. `'de-DE'`. Default `'en-US'`. */
  locale?: string | undefined;
  /** IANA time zone dates are shown in, e.g. `'Europe/Berlin'`. Default `'UTC'`. */
  timeZone?: string | undefined;
  /**
   * Messages over the English catalog: a whole catalog (`de` from `@plankit/ui/messages/de`) or a few
   * overridden keys, or both spread together. Default: English.
   */
  messages?: MessageOverrides | undefined;
  /**
   * Forces a theme on Plankit's own elements (including dialogs portalled to `<body>`) through
   * `data-plankit-theme`. Default: none, so `.dark` / `[data-plankit-theme]` on an ancestor decides.
   */
  theme?: PlankitTheme | undefined;
  /** Currency table for formatting (code → exponent), for host codes such as USDT. Default: ISO 4217. */
  currencies?: CurrencyTable | undefined;
  children?: ReactNode | undefined;
}

/** Locale, time zone, messages and theme for every Plankit component below it. */
export function PlankitUIProvider({ locale, timeZone, messages, theme, currencies, children }: PlankitUIProviderProps) {
  const parent = useContext(PlankitUIContext);
  const value = useMemo<PlankitUIContextValue>(
    () => ({
      locale: locale ?? parent.locale,
      timeZone: timeZone ?? parent.timeZone,
      messages: messages ? { ...parent.messages, ...messages } : parent.messages,
      theme: theme ?? parent.theme,
      currencies: currencies ?? parent.currencies,
    }),
    [locale, timeZone, messages, theme, currencies, parent],
  );
  return <PlankitUIContext.Provider value={value}>{children}</PlankitUIContext.Provider>;
}

/** The nearest provider's settings (English, en-US, UTC without one). */
export function usePlankitUI(): PlankitUIContextValue {
  return useContext(PlankitUIContext);
}
