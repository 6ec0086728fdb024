import { currencyExponent, isIsoCurrency, type Money, type Rate } from '@plankit/rules';

// Interim until @plankit/rules/format lands: same rules (fraction digits from our table).
function formatMoney(value: Money, { locale }: { locale: string }): string {
  const digits = currencyExponent(value.currency);
  const major = value.amount / 10 ** digits;
  if (!isIsoCurrency(value.currency))
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major)} ${value.currency}`;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(major);
}
function formatRate(value: Rate, { locale }: { locale: string }): string {
  const digits = currencyExponent(value.currency);
  const major = value.amount / 10 ** (digits + value.scale);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits + value.scale,
  }).format(major);
}
function formatDate(value: Date, { locale, timeZone }: { locale: string; timeZone: string }): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(value);
}

export interface FormatContext {
  readonly locale: string;
  readonly timeZone: string;
}

export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Money).amount === 'number' &&
    typeof (value as Money).currency === 'string' &&
    !('scale' in value)
  );
}

export function isRate(value: unknown): value is Rate {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Rate).amount === 'number' &&
    typeof (value as Rate).currency === 'string' &&
    typeof (value as Rate).scale === 'number'
  );
}

export function money(value: Money, ctx: FormatContext): string {
  return formatMoney(value, { locale: ctx.locale });
}

export function rate(value: Rate, ctx: FormatContext): string {
  return formatRate(value, { locale: ctx.locale });
}

export function date(value: Date, ctx: FormatContext): string {
  return formatDate(value, { locale: ctx.locale, timeZone: ctx.timeZone });
}

export function number(value: number, ctx: FormatContext): string {
  return new Intl.NumberFormat(ctx.locale).format(value);
}
