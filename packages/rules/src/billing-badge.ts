import { drivingRequest, type RequestStanding, requestDeadlines, requestStage } from './invoices/status';
import type { Subscription } from './types';

/** Billing state shown on a subscription card. Not access: `SubAccount.status = 'blocked'` is separate. */
export type BillingBadge = 'active' | 'past_due' | 'blocked' | 'inactive';

export interface BillingBadgeInput {
  readonly subscription: Pick<Subscription, 'status' | 'terms' | 'periodStart' | 'periodPaid'>;
  readonly at: Date;
  /**
   * The subscription's invoices and payment requests. Given, an offline badge reads the instants of
   * the open request furthest along (the one the banner shows); a void or paid one never blocks. Omitted,
   * it reads the current period's start and `periodPaid`.
   */
  readonly requests?: readonly RequestStanding[] | undefined;
}

/**
 * The billing badge at instant `at`. Stripe subscriptions follow Stripe's status. Offline ones are
 * Past Due from periodStart + paymentDueDays × 24 h while the period is unpaid, and Blocked from
 * graceDays × 24 h after that.
 */
export function billingBadge({ subscription, at, requests }: BillingBadgeInput): BillingBadge {
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
  if (requests !== undefined) {
    const deadlines = drivingRequest(requests, at)?.deadlines ?? null;
    return deadlines === null ? 'active' : requestStage(deadlines, at);
  }
  if (subscription.periodPaid) return 'active';
  return requestStage(paymentDeadlines(subscription), at);
}

/** The instants an unpaid offline period becomes Past Due and Blocked. */
export function paymentDeadlines(subscription: Pick<Subscription, 'terms' | 'periodStart'>): {
  readonly dueAt: Date;
  readonly blockedAt: Date;
} {
  return requestDeadlines(subscription);
}
