import { money } from '../money';
import { type Period, periodFrom } from '../periods';
import { prorate, prorationSeconds } from '../proration';
import { explainProration, prorationLine } from '../proration-lines';
import type { ChangeTiming, ImpactKind, Money, Plan, ProrationLine, Subscription } from '../types';
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

// The hot path of every preview: Impact objects are built by one function with a fixed shape (no
// object spread, which V8 compiles to a slow generic copy), and money is made with `money` because
// previewPlanChange has validated the currency against the table once.
function impact(
  kind: ImpactKind,
  timing: ChangeTiming,
  effectiveAt: Date,
  amountDueNow: Money,
  creditAmount: Money,
  creditSource: Impact['creditSource'],
  minutesGrantedNow: number,
  newPeriod: Period | null,
  prorationLines: readonly ProrationLine[],
): Impact {
  return {
    kind,
    timing,
    effectiveAt,
    amountDueNow,
    creditAmount,
    creditSource,
    minutesGrantedNow,
    newPeriod,
    prorationLines,
  };
}

function priceOf(plan: Plan): Money {
  return plan.price ?? money(0, plan.currency);
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

function timeLine(
  kind: 'unused_time' | 'remaining_time',
  plan: string,
  price: Money,
  { remaining, total }: { readonly remaining: number; readonly total: number },
  amount: Money,
): ProrationLine {
  return prorationLine(
    explainProration({ kind, plan, price, remainingSeconds: remaining, totalSeconds: total, amount }),
  );
}

const NO_LINES: readonly ProrationLine[] = Object.freeze([]);

/**
 * Free → a new subscription: a new period from now; Stripe charges the full first period. The
 * caller has checked `target.currency` against its currency table.
 */
export function newSubscriptionImpact(target: Plan, now: Date): Impact {
  const period = periodFrom(now, target.interval);
  const none = money(0, target.currency);
  const stripe = target.paymentType === 'stripe';
  const price = priceOf(target);
  return impact(
    stripe ? 'stripe_new' : 'offline_new',
    'now',
    now,
    stripe ? price : none,
    none,
    null,
    target.includedMinutes,
    period,
    stripe && target.price !== null ? [newPeriodLine(target, period, price)] : NO_LINES,
  );
}

/**
 * A paid subscription → `target`, once kind and timing are decided. The caller has checked
 * `target.currency` against its currency table (the current terms share it).
 */
export function changeImpact(
  subscription: Subscription,
  target: Plan,
  { kind, timing, intervalChanges }: Classification,
  now: Date,
): Impact {
  const current = subscription.terms;
  const currency = target.currency;
  const none = money(0, currency);
  const period = currentPeriod(subscription, now);

  if (timing === 'period_end') return impact(kind, timing, period.end, none, none, null, 0, null, NO_LINES);

  if (current.paymentType === 'offline') {
    // A new interval length re-anchors the cycle, and the new period brings the target's minutes.
    // Without one, an upgrade tops this period up to the target's included minutes, as on Stripe.
    const newPeriod = intervalChanges ? periodFrom(now, target.interval) : null;
    const minutes =
      newPeriod !== null
        ? target.includedMinutes
        : kind === 'offline_upgrade'
          ? Math.max(0, target.includedMinutes - current.includedMinutes)
          : 0;
    if (kind !== 'offline_upgrade') return impact(kind, timing, now, none, none, null, minutes, newPeriod, NO_LINES);
    const difference = priceOf(target).amount - priceOf(current).amount;
    const credit = money(Math.max(0, difference), currency);
    const source = credit.amount > 0 ? 'agency_pool' : null;
    return impact(kind, timing, now, none, credit, source, minutes, newPeriod, NO_LINES);
  }

  // Stripe, applied now.
  if (subscription.status === 'trialing') {
    // The trial end is kept and nothing is due; minutes only ever grow.
    const extraMinutes = Math.max(0, target.includedMinutes - current.includedMinutes);
    return impact(kind, timing, now, none, none, null, extraMinutes, null, NO_LINES);
  }
  if (kind === 'lateral') return impact(kind, timing, now, none, none, null, 0, null, NO_LINES);

  const from = priceOf(current);
  const to = priceOf(target);
  const seconds = prorationSeconds({ periodStart: period.start, periodEnd: period.end, at: now });
  if (kind === 'stripe_interval_change') {
    // New period from now: the full new price less the unused time of the old one.
    const newPeriod = periodFrom(now, target.interval);
    const { credit } = prorate({ from, to: none, periodStart: period.start, periodEnd: period.end, at: now });
    const due = to.amount + credit.amount;
    return impact(
      kind,
      timing,
      now,
      // A larger credit becomes credit balance, never a refund.
      money(Math.max(0, due), currency),
      money(Math.max(0, -due), currency),
      due < 0 ? 'unused_time' : null,
      target.includedMinutes,
      newPeriod,
      [timeLine('unused_time', current.name, from, seconds, credit), newPeriodLine(target, newPeriod, to)],
    );
  }

  // Upgrade, or a downgrade applied now: what Stripe invoices for the rest of the period.
  const { credit, charge, due } = prorate({ from, to, periodStart: period.start, periodEnd: period.end, at: now });
  const extraMinutes = kind === 'stripe_upgrade' ? Math.max(0, target.includedMinutes - current.includedMinutes) : 0;
  return impact(
    kind,
    timing,
    now,
    money(Math.max(0, due.amount), currency),
    money(Math.max(0, -due.amount), currency),
    due.amount < 0 ? 'unused_time' : null,
    extraMinutes,
    null,
    [
      timeLine('unused_time', current.name, from, seconds, credit),
      timeLine('remaining_time', target.name, to, seconds, charge),
    ],
  );
}
