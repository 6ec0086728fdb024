import type { Subscription } from './types';

/** Billing state shown on a subscription card. Not access: `SubAccount.status = 'blocked'` is separate. */
export type BillingBadge = 'active' | 'past_due' | 'blocked' | 'inactive';

export interface BillingBadgeInput {
  readonly subscription: Pick<Subscription, 'status' | 'terms' | 'periodStart' | 'periodPaid'>;
  readonly at: Date;
}

const DAY_MS = 86_400_000;

/**
 * The billing badge at instant `at`. Stripe subscriptions follow Stripe's status. Offline ones are
 * Past Due from periodStart + paymentDueDays × 24 h while the period is unpaid, and Blocked from
 * graceDays × 24 h after that.
 */
export function billingBadge({ subscription, at }: BillingBadgeInput): BillingBadge {
  const { status, terms } = subscription;
  if (terms.paymentType === 'stripe') {
    switch (status) {
      case 'active':
      case 'trialing':
        return 'active';
      case 'past_due':
        return 'past_due';
      case 'unpaid':
        return 'blocked';
      default:
        return 'inactive';
    }
  }
  if (status === 'canceled' || status === 'incomplete_expired' || status === 'paused') return 'inactive';
  if (subscription.periodPaid) return 'active';
  const dueAt = subscription.periodStart.getTime() + terms.paymentDueDays * DAY_MS;
  const blockedAt = dueAt + terms.graceDays * DAY_MS;
  const t = at.getTime();
  if (t >= blockedAt) return 'blocked';
  if (t >= dueAt) return 'past_due';
  return 'active';
}

/** The instants an unpaid offline period becomes Past Due and Blocked. */
export function paymentDeadlines(subscription: Pick<Subscription, 'terms' | 'periodStart'>): {
  readonly dueAt: Date;
  readonly blockedAt: Date;
} {
  const dueAt = subscription.periodStart.getTime() + subscription.terms.paymentDueDays * DAY_MS;
  return { dueAt: new Date(dueAt), blockedAt: new Date(dueAt + subscription.terms.graceDays * DAY_MS) };
}
