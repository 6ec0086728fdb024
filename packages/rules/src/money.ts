import { currencyExponent, iso4217 } from './currencies';
import { RulesError } from './errors';
import { divideHalfAwayFromZero, toSafeNumber } from './rounding';
import type { CurrencyTable, Money, Rate } from './types';

/** Make a Money value; the amount must be a safe integer in minor units. */
export function money<C extends string>(amount: number, currency: C): Money<C> {
  if (!Number.isSafeInteger(amount)) {
    throw new RulesError(
      'invalid_amount',
      `Money amounts are safe integers in minor units; got ${amount} ${currency}.`,
    );
  }
  if (typeof currency !== 'string' || currency.length === 0) {
    throw new RulesError('invalid_argument', 'Money needs a currency code.');
  }
  // -0 would print as "-$0.00"
  return { amount: amount === 0 ? 0 : amount, currency };
}

/** Zero in `currency`. */
export function zero<C extends string>(currency: C): Money<C> {
  return money(0, currency);
}

/** Make a Money value after checking its currency is in the table. */
export function moneyIn<C extends string>(amount: number, currency: C, currencies: CurrencyTable = iso4217): Money<C> {
  currencyExponent(currency, currencies);
  return money(amount, currency);
}

/** Throws unless both values have the same currency. Two currencies never mix silently. */
export function assertSameCurrency(a: { currency: string }, b: { currency: string }): void {
  if (a.currency !== b.currency) {
    throw new RulesError(
      'currency_mismatch',
      `Cannot combine ${a.currency} with ${b.currency}; convert explicitly first.`,
    );
  }
}

export function add<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function negate<C extends string>(a: Money<C>): Money<C> {
  return money(-a.amount, a.currency);
}

/** Sum of same-currency values; an empty list needs the currency. */
export function sum<C extends string>(values: readonly Money<C>[], currency: C): Money<C> {
  return values.reduce<Money<C>>((total, value) => add(total, value), zero(currency));
}

/** -1, 0 or 1. */
export function compare<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function equals<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

export function isZero(a: Money): boolean {
  return a.amount === 0;
}

export function max<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  return compare(a, b) >= 0 ? a : b;
}

export function min<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  return compare(a, b) <= 0 ? a : b;
}

/** a × numerator / denominator, rounded once, half away from zero. */
export function multiplyRatio<C extends string>(
  a: Money<C>,
  numerator: number | bigint,
  denominator: number | bigint,
): Money<C> {
  const d = BigInt(denominator);
  if (d <= 0n) throw new RulesError('invalid_argument', 'The denominator of a ratio must be positive.');
  return money(toSafeNumber(divideHalfAwayFromZero(BigInt(a.amount) * BigInt(numerator), d)), a.currency);
}

/**
 * Split `total` into parts proportional to `ratios`; the parts always sum to `total`.
 * Remainders go to the largest ratios first, earlier index on ties (deterministic).
 */
export function allocate<C extends string>(total: Money<C>, ratios: readonly number[]): Money<C>[] {
  if (ratios.length === 0 || ratios.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    throw new RulesError('invalid_argument', 'Ratios are non-negative integers, at least one.');
  }
  const ratioSum = ratios.reduce((s, r) => s + BigInt(r), 0n);
  if (ratioSum === 0n) throw new RulesError('invalid_argument', 'At least one ratio must be positive.');
  const amount = BigInt(total.amount);
  const sign = amount < 0n ? -1n : 1n;
  const magnitude = amount * sign;
  const parts = ratios.map((r) => (magnitude * BigInt(r)) / ratioSum);
  let remainder = magnitude - parts.reduce((s, p) => s + p, 0n);
  const order = ratios.map((r, i) => ({ r, i })).sort((x, y) => y.r - x.r || x.i - y.i);
  for (let k = 0; remainder > 0n; k = (k + 1) % order.length) {
    const slot = order[k];
    if (slot && slot.r > 0) {
      parts[slot.i] = (parts[slot.i] ?? 0n) + 1n;
      remainder -= 1n;
    }
  }
  return parts.map((p) => money(toSafeNumber(p * sign), total.currency));
}

/** Make a Rate: `amount / 10^scale` minor units per unit. */
export function rate<C extends string>(amount: number, currency: C, scale: number): Rate<C> {
  if (!Number.isSafeInteger(amount) || !Number.isInteger(scale) || scale < 0 || scale > 12) {
    throw new RulesError(
      'invalid_amount',
      `A rate is a safe integer amount with a scale of 0 to 12; got ${amount} @ ${scale}.`,
    );
  }
  return { amount, currency, scale };
}

/**
 * Charge for `quantityNumerator / quantityDenominator` units at `r`, computed exactly and rounded
 * once to the minor unit, half away from zero.
 */
export function applyRate<C extends string>(
  r: Rate<C>,
  quantityNumerator: number | bigint,
  quantityDenominator: number | bigint = 1,
): Money<C> {
  const denominator = BigInt(quantityDenominator) * 10n ** BigInt(r.scale);
  return money(
    toSafeNumber(divideHalfAwayFromZero(BigInt(r.amount) * BigInt(quantityNumerator), denominator)),
    r.currency,
  );
}
