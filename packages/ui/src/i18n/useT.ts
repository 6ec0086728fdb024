import type { CurrencyTable, MessageRef, MessageValue, Money, Rate, Refusal } from '@plankit/rules';
import { createInterpolator, type MessageValues } from '@plankit/rules/messages';
import { useMemo } from 'react';
import type { MessageKey, Messages } from '../messages/en';
import { usePlankitUI } from './context';
import * as fmt from './format';

/** What a message's placeholders read (Money, Rate and Date are formatted; undefined counts as missing). */
export type TranslationValues = MessageValues;

/** Translates and formats with the provider's locale, time zone and messages. */
export interface Translator {
  /** The message for `key`, with `{name}` filled from `values` (Money, Rate and Date formatted). */
  (key: MessageKey, values?: TranslationValues): string;
  /** A rules MessageRef (summary lines, proration lines); unknown keys fall back to the key itself. */
  ref(ref: MessageRef): string;
  /** The message of a refusal's reason code, with its params. */
  reason(refusal: Pick<Refusal, 'reason' | 'params'>): string;
  money(value: Money): string;
  rate(value: Rate): string;
  date(value: Date): string;
  number(value: number): string;
  readonly locale: string;
}

// Param values that are codes, shown through their own message (`resource: 'agents'` → "Agents").
const CODE_PARAMS: Readonly<Record<string, string>> = {
  resource: 'resource.',
  status: 'status.',
  from: 'number.state.',
  event: 'numberEvent.',
};

// Scripts written right to left. A value placed into their text is isolated (FSI … PDI), so a phone
// number or an amount keeps its own order instead of being reordered with the words around it.
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);
const FSI = '\u2068';
const PDI = '\u2069';

/** Whether `locale`'s language is written right to left. */
export function isRightToLeft(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0] ?? '');
}

/** Builds a Translator without React, for tests and server rendering helpers. */
export function createTranslator(
  messages: Messages,
  locale: string,
  timeZone: string,
  currencies?: CurrencyTable,
): Translator {
  const ctx = { locale, timeZone, currencies };
  const isolate = isRightToLeft(locale);
  const lookup = (key: string): string | undefined => (messages as Readonly<Record<string, string>>)[key];
  // A code param's own message is a word of the sentence; every other value is isolated in RTL text.
  const codeLabel = (name: string, value: string): string | undefined => {
    const prefix = CODE_PARAMS[name];
    return prefix === undefined ? undefined : lookup(prefix + value);
  };
  const formatValue = (value: MessageValue, name: string): string => {
    const label = typeof value === 'string' ? codeLabel(name, value) : undefined;
    if (label !== undefined) return label;
    const text = formatPlain(value);
    return isolate && text !== '' ? FSI + text + PDI : text;
  };
  const formatPlain = (value: MessageValue): string => {
    if (value instanceof Date) return fmt.date(value, ctx);
    if (typeof value === 'number') return fmt.number(value, ctx);
    if (typeof value === 'string') return value;
    return 'scale' in value ? fmt.rate(value, ctx) : fmt.money(value, ctx);
  };
  // The rules' interpreter, so the components, the server and the logs read templates one way.
  const fill = createInterpolator({ formatValue, locale });
  const t = ((key: MessageKey, values?: TranslationValues) => fill(messages[key], values)) as Translator;
  t.ref = (ref) => {
    const template = lookup(ref.key);
    return template === undefined ? ref.key : fill(template, ref.values);
  };
  t.reason = (refusal) => fill(messages[`reason.${refusal.reason}`], refusal.params);
  t.money = (value) => fmt.money(value, ctx);
  t.rate = (value) => fmt.rate(value, ctx);
  t.date = (value) => fmt.date(value, ctx);
  t.number = (value) => fmt.number(value, ctx);
  Object.defineProperty(t, 'locale', { value: locale });
  return t;
}

/** The Translator for the nearest `PlankitUIProvider`. */
export function useT(): Translator {
  const { messages, locale, timeZone, currencies } = usePlankitUI();
  return useMemo(
    () => createTranslator(messages, locale, timeZone, currencies),
    [messages, locale, timeZone, currencies],
  );
}
