import { moneyIn } from '../money';
import { type Period, periodFrom } from '../periods';
import { prorate } from '../proration';
import type { ChangeTiming, CurrencyTable, ImpactKind, Money, Plan, ProrationLine, Subscription } from '../types';
import type { Classification } from './classify';
import { changePlanMessage } from './messages';
import { currentPeriod } from './period';

/** The money, minutes and dates of one change, before blockers and summary. */
export interface Impact {
  readonly kind: ImpactKind;
  readonly timing: ChangeTiming;
  readonly effectiveAt: Date;
  readonly amountDueNow: Money;
  readonly creditAmount: Money;
  /** Where a credit comes from: the agency pool (offline upgrade) or unused Stripe time. */
  readonly creditSource: 'agency_pool' | 'unused_time' | null;
  readonly minutesGrantedNow: number;
  readonly newPeriod: Period | null;
  readonly prorationLines: readonly ProrationLine[];
}

function priceOf(plan: Plan, currencies: CurrencyTable): Money {
  return plan.price ?? moneyIn(0, plan.currency, currencies);
}

function newPeriodLine(plan: Plan, period: Period, amount: Money): ProrationLine {
  return {
    description: changePlanMessage('change_plan.line.new_period', {
      plan: plan.name,
      start: period.start,
      end: period.end,
    }),
    amount,
  };
}

/** Split a signed balance into what is due now (> 0) and what becomes credit (< 0), never a refund. */
function settle(due: Money, currencies: CurrencyTable): { amountDueNow: Money; creditAmount: Money } {
  return {
    amountDueNow: moneyIn(Math.max(0, due.amount), due.currency, currencies),
    creditAmount: moneyIn(Math.max(0, -due.amount), due.currency, currencies),
  };
}

/** Free → a new subscription: a new period from now; Stripe charges the full first period. */
export function newSubscriptionImpact(target: Plan, now: Date, currencies: CurrencyTable): Impact {
  const period = periodFrom(now, target.interval);
  const none = moneyIn(0, target.currency, currencies);
  const stripe = target.paymentType === 'stripe';
  const price = priceOf(target, currencies);
  return {
    kind: stripe ? 'stripe_new' : 'offline_new',
    timing: 'now',
    effectiveAt: now,
    amountDueNow: stripe ? price : none,
    creditAmount: none,
    creditSource: null,
    minutesGrantedNow: target.includedMinutes,
    newPeriod: period,
    prorationLines: stripe && target.price !== null ? [newPeriodLine(target, period, price)] : [],
  };
}

/** A paid subscription → `target`, once kind and timing are decided. */
export function changeImpact(
  subscription: Subscription,
  target: Plan,
  { kind, timing, intervalChanges }: Classification,
  now: Date,
  currencies: CurrencyTable,
): Impact {
  const current = subscription.terms;
  const none = moneyIn(0, target.currency, currencies);
  const period = currentPeriod(subscription, now);
  const extraMinutes = Math.max(0, target.includedMinutes - current.includedMinutes);
  const base = { kind, creditAmount: none, creditSource: null, prorationLines: [] as ProrationLine[] };

  if (timing === 'period_end') {
    return { ...base, timing, effectiveAt: period.end, amountDueNow: none, minutesGrantedNow: 0, newPeriod: null };
  }
  const immediate = { ...base, timing, effectiveAt: now, amountDueNow: none };

  if (current.paymentType === 'offline') {
    // A new interval length re-anchors the cycle, and the new period brings the target's minutes.
    const newPeriod = intervalChanges ? periodFrom(now, target.interval) : null;
    const minutesGrantedNow = newPeriod === null ? 0 : target.includedMinutes;
    if (kind !== 'offline_upgrade') return { ...immediate, minutesGrantedNow, newPeriod };
    const difference = priceOf(target, currencies).amount - priceOf(current, currencies).amount;
    const creditAmount = moneyIn(Math.max(0, difference), target.currency, currencies);
    return {
      ...immediate,
      creditAmount,
      creditSource: creditAmount.amount > 0 ? 'agency_pool' : null,
      minutesGrantedNow,
      newPeriod,
    };
  }

  // Stripe, applied now.
  if (subscription.status === 'trialing') {
    // The trial end is kept and nothing is due; minutes only ever grow.
    return { ...immediate, minutesGrantedNow: extraMinutes, newPeriod: null };
  }
  if (kind === 'lateral') return { ...immediate, minutesGrantedNow: 0, newPeriod: null };

  const from = priceOf(current, currencies);
  const to = priceOf(target, currencies);
  const at = { plan: current.name, date: now };
  if (kind === 'stripe_interval_change') {
    // New period from now: the full new price less the unused time of the old one.
    const newPeriod = periodFrom(now, target.interval);
    const { credit } = prorate({ from, to: none, periodStart: period.start, periodEnd: period.end, at: now });
    const due = moneyIn(to.amount + credit.amount, target.currency, currencies);
    return {
      ...immediate,
      ...settle(due, currencies),
      creditSource: due.amount < 0 ? 'unused_time' : null,
      minutesGrantedNow: target.includedMinutes,
      newPeriod,
      prorationLines: [
        { description: changePlanMessage('change_plan.line.unused_time', at), amount: credit },
        newPeriodLine(target, newPeriod, to),
      ],
    };
  }

  // Upgrade, or a downgrade applied now: what Stripe invoices for the rest of the period.
  const { credit, charge, due } = prorate({ from, to, periodStart: period.start, periodEnd: period.end, at: now });
  return {
    ...immediate,
    ...settle(due, currencies),
    creditSource: due.amount < 0 ? 'unused_time' : null,
    minutesGrantedNow: kind === 'stripe_upgrade' ? extraMinutes : 0,
    newPeriod: null,
    prorationLines: [
      { description: changePlanMessage('change_plan.line.unused_time', at), amount: credit },
      {
        description: changePlanMessage('change_plan.line.remaining_time', { plan: target.name, date: now }),
        amount: charge,
      },
    ],
  };
}
