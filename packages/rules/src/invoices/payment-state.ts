import { type BillingBadge, type BillingBadgeInput, billingBadge } from '../billing-badge';
import { drivingRequest, type RequestStanding } from './status';

export interface PaymentState<R extends RequestStanding> {
  readonly badge: BillingBadge;
  /** The open request the banner shows (the one furthest along); null when nothing is owed. */
  readonly request: R | null;
}

/**
 * The badge and the banner from the same request, so they cannot disagree: the banner's due and
 * grace instants are the ones the badge compares `at` with.
 */
export function paymentState<R extends RequestStanding>({
  subscription,
  requests,
  at,
}: Omit<BillingBadgeInput, 'requests'> & { readonly requests: readonly R[] }): PaymentState<R> {
  return { badge: billingBadge({ subscription, at, requests }), request: drivingRequest(requests, at) };
}
