import { RulesError } from './errors';
import { assertSameCurrency, money } from './money';
import { secondsBetween } from './periods';
import { divideHalfAwayFromZero, toSafeNumber } from './rounding';
import type { Money } from './types';

export interface ProrateInput<C extends string = string> {
  /** The current price for the whole period. */
  readonly from: Money<C>;
  /** The new price for the whole period. */
  readonly to: Money<C>;
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
 */
export function prorate<C extends string>(input: ProrateInput<C>): Proration<C> {
  const { from, to, periodStart, periodEnd, at } = input;
  assertSameCurrency(from, to);
  if (from.amount < 0 || to.amount < 0) {
    throw new RulesError('invalid_amount', 'Prices to prorate are not negative.');
  }
  const total = secondsBetween(periodStart, periodEnd);
  const remaining = secondsBetween(at, periodEnd);
  if (total <= 0) throw new RulesError('invalid_argument', 'The period must end after it starts.');
  if (remaining < 0 || remaining > total) {
    throw new RulesError('invalid_argument', 'The change instant must lie within the period.');
  }
  const part = (price: Money<C>) =>
    toSafeNumber(divideHalfAwayFromZero(BigInt(price.amount) * BigInt(remaining), BigInt(total)));
  const credit = money(-part(from), from.currency);
  const charge = money(part(to), to.currency);
  return { credit, charge, due: money(credit.amount + charge.amount, from.currency) };
}
