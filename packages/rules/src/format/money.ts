import { currencyExponent, isIsoCurrency, iso4217 } from '../currencies';
import { RulesError } from '../errors';
import { toDecimalString } from '../money';
import type { CurrencyTable, Money, Rate } from '../types';
import { numberFormat } from './cache';

export interface FormatMoneyOptions {
  /** BCP 47 locale of the reader, e.g. `'en-US'`, `'de-DE'`. */
  readonly locale: string;
  /** Currency table (code → exponent). Default: ISO 4217. Host codes such as USDT must be listed here. */
  readonly currencies?: CurrencyTable;
  /** Intl's sign display. Default `'auto'` (a minus for negative amounts only). */
  readonly signDisplay?: Intl.NumberFormatOptions['signDisplay'];
  /** How ISO currencies are shown: `'symbol'` (default), `'narrowSymbol'`, `'code'` or `'name'`. */
  readonly currencyDisplay?: Intl.NumberFormatOptions['currencyDisplay'];
}

// Intl takes the exact decimal string (Intl.NumberFormat v3), so no amount passes through a float.
function formatDecimal(
  value: Money | Rate,
  options: FormatMoneyOptions,
  fractionDigits: { readonly min: number; readonly max: number },
): string {
  const currencies = options.currencies ?? iso4217;
  const decimal = toDecimalString(value, currencies) as Intl.StringNumericLiteral;
  const digits = { minimumFractionDigits: fractionDigits.min, maximumFractionDigits: fractionDigits.max };
  const sign = options.signDisplay === undefined ? {} : { signDisplay: options.signDisplay };
  if (isIsoCurrency(value.currency)) {
    return numberFormat(options.locale, {
      style: 'currency',
      currency: value.currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      ...digits,
      ...sign,
    }).format(decimal);
  }
  // Intl would print a host code such as USDT like an unknown ISO code; write "12.50 USDT" instead.
  return `${numberFormat(options.locale, { ...digits, ...sign }).format(decimal)} ${value.currency}`;
}

/**
 * A Money value in the reader's locale with exactly the currency's minor-unit digits from OUR table
 * (Intl's own defaults differ from ISO 4217 for IQD, IDR and HUF). Host codes print as `12.50 USDT`.
 * Throws RulesError `unknown_currency` for a code missing from the table.
 */
export function formatMoney(value: Money, options: FormatMoneyOptions): string {
  // A Rate is structurally a Money; printing it with the currency's digits would round it silently.
  if ('scale' in value && value.scale !== 0) {
    throw new RulesError('invalid_argument', 'This is a Rate finer than the minor unit; format it with formatRate.');
  }
  const exponent = currencyExponent(value.currency, options.currencies ?? iso4217);
  return formatDecimal(value, options, { min: exponent, max: exponent });
}

/**
 * A Rate with every significant digit it has: at least the currency's digits, more where the rate
 * is finer than the minor unit. USD 15 @ scale 1 (1.5 cents) → `$0.015`; USD 150 @ 1 → `$0.15`.
 */
export function formatRate(value: Rate, options: FormatMoneyOptions): string {
  const exponent = currencyExponent(value.currency, options.currencies ?? iso4217);
  return formatDecimal(value, options, { min: exponent, max: exponent + value.scale });
}
