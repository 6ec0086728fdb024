import { RulesError } from './errors';
import { assertSameCurrency, money } from './money';
import { intervalNominalMicroDays, unixSeconds } from './periods';
import { mulDivHalfAwayFromZero } from './rounding';
import type { Interval, Money } from './types';

export interface ProrateInput<C extends string = string> {
  /** The current price for the whole period. */
  readonly from: Money<C>;
  /** The new price for the whole period, in the same currency (NoInfer: USD → EUR does not compile). */
  readonly to: Money<NoInfer<C>>;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** The instant of the change (the quote's instant). */
  readonly at: Date;
}

export interface Proration<C extends string = string> {
  /** Unused time on the old price, returned: <= 0. */
  readonly credit: Money<C>;
  /** Remaining time on the new price: >= 0. */
  readonly charge: Money<C>;
  /** credit + charge. */
  readonly due: Money<C>;
}

/**
 * What Stripe invoices for a mid-period price change: f = (periodEnd − at) / (periodEnd −
 * periodStart) in whole seconds; credit = −round(from × f), charge = +round(to × f), each rounded
 * half away from zero on its own. USD 10.00 → 20.00 at mid-period: −500, +1000, due 500.
 * Instants count as whole Unix seconds (rounded down), as Stripe's `proration_date` does.
 */
export function prorate<C extends string>(input: ProrateInput<C>): Proration<C> {
  const { from, to, periodStart, periodEnd, at } = input;
  assertSameCurrency(from, to);
  if (!Number.isSafeInteger(from.amount) || !Number.isSafeInteger(to.amount) || from.amount < 0 || to.amount < 0) {
    throw new RulesError('invalid_amount', 'Prices to prorate are safe integers in minor units, not negative.', {
      from: from.amount,
      to: to.amount,
    });
  }
  const start = unixSeconds(periodStart);
  const end = unixSeconds(periodEnd);
  if (end <= start) {
    throw new RulesError('invalid_argument', 'The period must end at least one second after it starts.');
  }
  if (at.getTime() < periodStart.getTime() || at.getTime() > periodEnd.getTime()) {
    throw new RulesError('invalid_argument', 'The change instant must lie within the period; quote a fresh period.');
  }
  const { remaining: left, total: whole } = prorationSeconds(input);
  // Each share is at most its price (left <= whole), so a safe integer.
  const credit = money(-mulDivHalfAwayFromZero(from.amount, left, whole), from.currency);
  const charge = money(mulDivHalfAwayFromZero(to.amount, left, whole), to.currency);
  return { credit, charge, due: money(credit.amount + charge.amount, from.currency) };
}

/**
 * The whole seconds a proration counts: what is left of the period after `at`, and the whole
 * period. The caller has checked that `at` lies within the period.
 */
export function prorationSeconds({
  periodStart,
  periodEnd,
  at,
}: Pick<ProrateInput, 'periodStart' | 'periodEnd' | 'at'>): { readonly remaining: number; readonly total: number } {
  const start = unixSeconds(periodStart);
  const end = unixSeconds(periodEnd);
  return { remaining: end - Math.max(start, unixSeconds(at)), total: end - start };
}

/** A price per interval; `Plan` fits. A null price is a plan without a recurring fee: 0. */
export interface PricePerInterval {
  readonly price: Money | null;
  readonly interval: Interval;
}

/**
 * Orders two prices by price per average day (interval lengths as in `intervalNominalDays`), exactly:
 * USD 10/month vs USD 120/year is 0; USD 10/month vs USD 100/year is 1. Two currencies throw.
 */
export function comparePricePerDay(a: PricePerInterval, b: PricePerInterval): -1 | 0 | 1 {
  if (a.price && b.price) assertSameCurrency(a.price, b.price);
  const aAmount = a.price?.amount ?? 0;
  const bAmount = b.price?.amount ?? 0;
  const aDays = intervalNominalMicroDays(a.interval);
  const bDays = intervalNominalMicroDays(b.interval);
  const left = aAmount * bDays;
  const right = bAmount * aDays;
  // Both products exact as doubles: no BigInt needed (the common case, prices below ~$250,000).
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left < right ? -1 : left > right ? 1 : 0;
  const exactLeft = BigInt(aAmount) * BigInt(bDays);
  const exactRight = BigInt(bAmount) * BigInt(aDays);
  return exactLeft < exactRight ? -1 : exactLeft > exactRight ? 1 : 0;
}
