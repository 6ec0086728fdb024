import type { CurrencyTable, Money, Rate } from '@plankit/rules';
import { formatDate, formatMoney, formatRate } from '@plankit/rules/format';

export interface FormatContext {
  readonly locale: string;
  readonly timeZone: string;
  readonly currencies: CurrencyTable | undefined;
}

const table = (ctx: FormatContext) => (ctx.currencies === undefined ? {} : { currencies: ctx.currencies });

export function money(value: Money, ctx: FormatContext): string {
  return formatMoney(value, { locale: ctx.locale, ...table(ctx) });
}

export function rate(value: Rate, ctx: FormatContext): string {
  return formatRate(value, { locale: ctx.locale, ...table(ctx) });
}

export function date(value: Date, ctx: FormatContext): string {
  return formatDate(value, { locale: ctx.locale, timeZone: ctx.timeZone });
}

// Building an Intl.NumberFormat costs far more than formatting with one (a fifth of the Assign
// dialog's open went there): one per locale, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function number(value: number, ctx: FormatContext): string {
  let format = numberFormats.get(ctx.locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(ctx.locale);
    numberFormats.set(ctx.locale, format);
  }
  return format.format(value);
}
