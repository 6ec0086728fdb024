import { RulesError } from './errors';
import { addIntervals, periodContaining } from './periods';
import type { Interval, Money, Plan, ScheduledChange, SubAccount, Subscription, SubscriptionStatus } from './types';

/** A copy of the plan's terms, so later catalog edits never reach a running subscription. */
export function snapshotTerms(plan: Plan): Plan {
  return {
    ...plan,
    interval: { ...plan.interval },
    price: plan.price === null ? null : { ...plan.price },
    usageRate: plan.usageRate === null ? null : { ...plan.usageRate },
    phoneNumberPrice: { ...plan.phoneNumberPrice },
    caps: { ...plan.caps },
  };
}

export interface StartSubscriptionInput {
  readonly id: string;
  readonly plan: Plan;
  readonly now: Date;
}

export interface StartedSubscription {
  readonly subscription: Subscription;
  /** The first period's recurring fee; null when the plan's recurring fee is off. */
  readonly paymentRequest: Money | null;
  readonly includedMinutesGranted: number;
}

/** Start a subscription on `plan`: the period begins now and the plan's terms are snapshotted. */
export function startSubscription({ id, plan, now }: StartSubscriptionInput): StartedSubscription {
  const terms = snapshotTerms(plan);
  const hasFee = terms.price !== null;
  return {
    subscription: {
      id,
      version: 1,
      terms,
      termsSince: now,
      status: 'active',
      anchor: now,
      periodStart: now,
      periodEnd: addIntervals(now, terms.interval, 1),
      trialEnd: null,
      periodPaid: !hasFee,
      // The payment request stays open until paid.
      hasOpenInvoice: hasFee,
      scheduledChange: null,
      cancelAt: null,
    },
    paymentRequest: terms.price,
    includedMinutesGranted: terms.includedMinutes,
  };
}

export interface Renewal {
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** The terms in force for this period. */
  readonly terms: Plan;
  /** The period's recurring fee (a new payment request); null when the fee is off. */
  readonly charge: Money | null;
  readonly includedMinutes: number;
  /** The scheduled change that took effect at this period's start, if any. */
  readonly appliedChange: ScheduledChange | null;
}

export interface RenewSubscriptionInput {
  readonly subscription: Subscription;
  readonly now: Date;
}

export interface RenewedSubscription {
  readonly subscription: Subscription;
  /** One entry per period started, oldest first; empty when no boundary was crossed. */
  readonly renewals: readonly Renewal[];
}

/** Periods one call may start; far beyond ten years of daily periods. */
export const MAX_RENEWALS = 10_000;

const NOT_RENEWING: readonly SubscriptionStatus[] = ['canceled', 'incomplete_expired'];

function sameInterval(a: Interval, b: Interval): boolean {
  return a.unit === b.unit && a.count === b.count;
}

/**
 * Advance through every period boundary at or before `now`. At each boundary a due scheduled change
 * replaces the terms (a new interval re-anchors the cycle there); each new period grants the
 * included minutes again and opens a payment request when there is a recurring fee. Stripe and
 * offline subscriptions renew the same way; canceled and incomplete_expired ones do not.
 */
export function renewSubscription({ subscription, now }: RenewSubscriptionInput): RenewedSubscription {
  if (NOT_RENEWING.includes(subscription.status)) return { subscription, renewals: [] };
  let current = subscription;
  const renewals: Renewal[] = [];
  while (current.periodEnd.getTime() <= now.getTime()) {
    if (renewals.length >= MAX_RENEWALS) {
      throw new RulesError('invalid_argument', `More than ${MAX_RENEWALS} periods to renew; check the subscription.`);
    }
    const boundary = current.periodEnd;
    // A scheduled cancellation ends the subscription at this boundary: no new period starts.
    if (current.cancelAt !== null && current.cancelAt.getTime() <= boundary.getTime()) {
      return { subscription: { ...current, status: 'canceled', version: current.version + 1 }, renewals };
    }
    const change = current.scheduledChange;
    const applies = change !== null && change.effectiveAt.getTime() <= boundary.getTime();
    let { terms, termsSince, anchor, version } = current;
    if (applies) {
      termsSince = boundary;
      const next = snapshotTerms(change.targetTerms);
      if (!sameInterval(next.interval, terms.interval)) anchor = boundary;
      terms = next;
      version += 1;
    }
    const periodEnd =
      anchor.getTime() === boundary.getTime()
        ? addIntervals(anchor, terms.interval, 1)
        : periodContaining(anchor, terms.interval, boundary).end;
    const hasFee = terms.price !== null;
    current = {
      ...current,
      version,
      terms,
      termsSince,
      anchor,
      periodStart: boundary,
      periodEnd,
      periodPaid: !hasFee,
      hasOpenInvoice: current.hasOpenInvoice || hasFee,
      scheduledChange: applies ? null : change,
    };
    renewals.push({
      periodStart: boundary,
      periodEnd,
      terms,
      charge: terms.price,
      includedMinutes: terms.includedMinutes,
      appliedChange: applies ? change : null,
    });
  }
  return { subscription: current, renewals };
}

/** A sub-account (or subscription) is on the free tier: no subscription, or one that has ended. */
export function isFree(subject: Pick<SubAccount, 'subscription'> | Subscription | null): boolean {
  if (subject === null) return true;
  const subscription = 'subscription' in subject ? subject.subscription : subject;
  return subscription === null || NOT_RENEWING.includes(subscription.status);
}

const CHANGEABLE: readonly SubscriptionStatus[] = ['active', 'trialing', 'past_due', 'unpaid'];

/** Statuses in which a plan can be changed. */
export function isChangeableStatus(status: SubscriptionStatus): boolean {
  return CHANGEABLE.includes(status);
}
