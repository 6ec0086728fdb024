import { RulesError } from './errors';
import type { CurrencyTable } from './types';

/**
 * ISO 4217 exponents for the currencies hosts use. Exponents not 2 are listed explicitly;
 * hosts extend the table with their own codes (e.g. `{ ...iso4217, USDT: 6 }`).
 */
export const iso4217: CurrencyTable = Object.freeze({
  AED: 2,
  ARS: 2,
  AUD: 2,
  BGN: 2,
  BHD: 3,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CLP: 0,
  CNY: 2,
  COP: 2,
  CZK: 2,
  DKK: 2,
  EGP: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 2,
  IDR: 2,
  ILS: 2,
  INR: 2,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KES: 2,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  MAD: 2,
  MXN: 2,
  MYR: 2,
  NGN: 2,
  NOK: 2,
  NZD: 2,
  OMR: 3,
  PEN: 2,
  PHP: 2,
  PKR: 2,
  PLN: 2,
  PYG: 0,
  QAR: 2,
  RON: 2,
  RSD: 2,
  SAR: 2,
  SEK: 2,
  SGD: 2,
  THB: 2,
  TND: 3,
  TRY: 2,
  TWD: 2,
  UAH: 2,
  UGX: 0,
  USD: 2,
  VND: 0,
  XAF: 0,
  XOF: 0,
  ZAR: 2,
});

/** The exponent of `code` in `currencies`; an unknown code is an error, never a guess. */
export function currencyExponent(code: string, currencies: CurrencyTable = iso4217): number {
  const exponent = currencies[code];
  if (exponent === undefined) {
    throw new RulesError(
      'unknown_currency',
      `Unknown currency "${code}". Add it to the currency table with its exponent.`,
    );
  }
  return exponent;
}

/** Whether `code` is ISO 4217 (formatting uses Intl's currency style only for these). */
export function isIsoCurrency(code: string): boolean {
  return Object.hasOwn(iso4217, code);
}
