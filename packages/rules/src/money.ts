import { currencyExponent, iso4217 } from './currencies';
import { RulesError } from './errors';
import { divideHalfAwayFromZero, toBigInt, toSafeNumber } from './rounding';
import type { CurrencyTable, Money, Rate } from './types';

function assertCurrencyCode(currency: unknown): asserts currency is string {
  if (typeof currency !== 'string' || currency.length === 0) {
    throw new RulesError('invalid_argument', 'Money needs a currency code, e.g. "USD".');
  }
}

/** Make a Money value; the amount must be a safe integer in minor units. */
export function money<C extends string>(amount: number, currency: C): Money<C> {
  assertCurrencyCode(currency);
  if (!Number.isSafeInteger(amount)) {
    throw new RulesError(
      'invalid_amount',
      `Money amounts are safe integers in minor units; got ${amount} ${currency}. Round to the minor unit first.`,
      { amount, currency },
    );
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
      { a: a.currency, b: b.currency },
    );
  }
}

/** a + b; both in one currency (a type error for two literal currencies, `currency_mismatch` at run time). */
export function add<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

/** a − b; both in one currency. */
export function subtract<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** −a (a credit from a charge). */
export function negate<C extends string>(a: Money<C>): Money<C> {
  return money(-a.amount, a.currency);
}

/** Sum of same-currency values; an empty list needs the currency. */
export function sum<C extends string>(values: readonly Money<C>[], currency: C): Money<C> {
  return values.reduce<Money<C>>((total, value) => add(total, value), zero(currency));
}

/** -1, 0 or 1 as a is less than, equal to or greater than b; both in one currency. */
export function compare<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/** Same currency and amount; values in two currencies are simply not equal. */
export function equals<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

/** Whether the amount is 0, in any currency. */
export function isZero(a: Money): boolean {
  return a.amount === 0;
}

/** The larger of two same-currency values (the first on a tie). */
export function max<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  return compare(a, b) >= 0 ? a : b;
}

/** The smaller of two same-currency values (the first on a tie). */
export function min<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  return compare(a, b) <= 0 ? a : b;
}

/** a × numerator / denominator, computed exactly and rounded once, half away from zero. */
export function multiplyRatio<C extends string>(
  a: Money<C>,
  numerator: number | bigint,
  denominator: number | bigint,
): Money<C> {
  const n = toBigInt(numerator, 'numerator');
  const d = toBigInt(denominator, 'denominator');
  if (d <= 0n) throw new RulesError('invalid_argument', 'The denominator of a ratio must be positive.');
  return money(toSafeNumber(divideHalfAwayFromZero(BigInt(a.amount) * n, d)), a.currency);
}

/**
 * Split `total` into parts proportional to `ratios`; the parts always sum to `total` and share its
 * sign. Largest remainder method: each part is rounded down, then the leftover minor units go one
 * each to the largest remainders (larger ratio, then earlier index, on ties), so equal ratios get
 * parts that differ by at most 1 and the earlier ones get the extra unit.
 */
export function allocate<C extends string>(total: Money<C>, ratios: readonly number[]): Money<C>[] {
  if (ratios.length === 0 || ratios.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    throw new RulesError('invalid_argument', 'Ratios are non-negative safe integers, at least one.');
  }
  const ratioSum = ratios.reduce((s, r) => s + BigInt(r), 0n);
  if (ratioSum === 0n) throw new RulesError('invalid_argument', 'At least one ratio must be positive.');
  const amount = BigInt(total.amount);
  const sign = amount < 0n ? -1n : 1n;
  const magnitude = amount * sign;
  const shares = ratios.map((r, i) => {
    const exact = magnitude * BigInt(r);
    return { i, r, part: exact / ratioSum, remainder: exact % ratioSum };
  });
  let leftover = magnitude - shares.reduce((s, x) => s + x.part, 0n);
  // leftover < number of non-zero remainders, so each share gets at most one extra unit.
  const order = [...shares].sort((x, y) =>
    x.remainder !== y.remainder ? (y.remainder > x.remainder ? 1 : -1) : y.r - x.r || x.i - y.i,
  );
  for (const share of order) {
    if (leftover === 0n) break;
    share.part += 1n;
    leftover -= 1n;
  }
  return shares.map((x) => money(toSafeNumber(x.part * sign), total.currency));
}

/** Make a Rate: `amount × 10^-scale` minor units per unit (USD 15 @ scale 1 = 1.5 cents = $0.015). */
export function rate<C extends string>(amount: number, currency: C, scale: number): Rate<C> {
  assertCurrencyCode(currency);
  if (!Number.isSafeInteger(amount) || !Number.isInteger(scale) || scale < 0 || scale > 12) {
    throw new RulesError(
      'invalid_amount',
      `A rate is a safe integer amount with a scale of 0 to 12; got ${amount} @ ${scale}.`,
      { amount, scale, currency },
    );
  }
  return { amount: amount === 0 ? 0 : amount, currency, scale };
}

/**
 * Charge for `quantityNumerator / quantityDenominator` units at `r`, computed exactly and rounded
 * once to the minor unit, half away from zero: 15 @ 1 USD × 101 minutes = 151.5 cents → 152.
 */
export function applyRate<C extends string>(
  r: Rate<C>,
  quantityNumerator: number | bigint,
  quantityDenominator: number | bigint = 1,
): Money<C> {
  const quantity = toBigInt(quantityNumerator, 'quantityNumerator');
  const perQuantity = toBigInt(quantityDenominator, 'quantityDenominator');
  if (perQuantity <= 0n) throw new RulesError('invalid_argument', 'The quantity denominator must be positive.');
  const denominator = perQuantity * 10n ** BigInt(r.scale);
  return money(toSafeNumber(divideHalfAwayFromZero(BigInt(r.amount) * quantity, denominator)), r.currency);
}

/** `digits` as a decimal string with `decimals` places: (-1505, 3) → "-1.505". */
function decimalString(digits: bigint, decimals: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(decimals + 1, '0');
  const whole = text.slice(0, text.length - decimals);
  const fraction = text.slice(text.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}

/**
 * The exact amount in major units as a decimal string, never through a float: USD 1250 → "12.50",
 * JPY 1250 → "1250", KWD 1250 → "1.250"; a Rate keeps its extra digits: USD 15 @ 1 → "0.015".
 */
export function toDecimalString(value: Money | Rate, currencies: CurrencyTable = iso4217): string {
  const exponent = currencyExponent(value.currency, currencies);
  const scale = 'scale' in value ? value.scale : 0;
  return decimalString(BigInt(value.amount), exponent + scale);
}

/**
 * Money from a decimal string in major units ("12.5", "-0.015"), exactly. More fraction digits
 * than the currency has is an error, never a silent rounding.
 */
export function moneyFromDecimal<C extends string>(
  value: string,
  currency: C,
  currencies: CurrencyTable = iso4217,
): Money<C> {
  const exponent = currencyExponent(currency, currencies);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  const fraction = match?.[3] ?? '';
  if (!match || fraction.length > exponent) {
    throw new RulesError(
      'invalid_amount',
      `"${value}" is not a ${currency} amount with at most ${exponent} decimals, e.g. "12.50".`,
      { value, currency, exponent },
    );
  }
  const minor = BigInt(`${match[2]}${fraction.padEnd(exponent, '0')}`);
  return money(toSafeNumber(match[1] === '-' ? -minor : minor), currency);
}
