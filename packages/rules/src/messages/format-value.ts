import { iso4217 } from '../currencies';
import type { CurrencyTable, MessageValue } from '../types';

export interface FormatValueOptions {
  /** Currency exponents for Money and Rate values. Default ISO 4217. */
  readonly currencies?: CurrencyTable;
}

function decimal(amount: number, digits: number, minDigits: number): string {
  const negative = amount < 0;
  const text = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  let fraction = text.slice(text.length - digits);
  while (fraction.length > minDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${negative ? '-' : ''}${whole}${fraction.length > 0 ? `.${fraction}` : ''}`;
}

/**
 * Locale-free formatting for logs and default messages: numbers as is, dates as ISO 8601, money as
 * "12.50 USD", rates as "0.015 USD". A currency missing from the table prints its minor units.
 */
export function formatMessageValue(value: MessageValue, options: FormatValueOptions = {}): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  const exponent = (options.currencies ?? iso4217)[value.currency];
  if ('scale' in value) {
    if (exponent === undefined) return `${decimal(value.amount, value.scale, 0)} ${value.currency} minor units`;
    return `${decimal(value.amount, value.scale + exponent, exponent)} ${value.currency}`;
  }
  if (exponent === undefined) return `${value.amount} ${value.currency} minor units`;
  return `${decimal(value.amount, exponent, exponent)} ${value.currency}`;
}
