import type { BillingBadge, Money, Plan, UsageSplit } from '@plankit/rules';
import type { SubAccountDetail } from '@plankit/sdk';
import { type Failure, toFailure } from '../numbers/failure';
import { useSubAccountDetailQuery } from './data';

export interface SubscriptionCardView {
  readonly badge: BillingBadge;
  /** The snapshotted terms the subscription runs on. */
  readonly terms: Plan;
  /** When those terms took effect: the start, or the last change of plan. */
  readonly termsSince: Date;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** The trial's end while trialing, else null (the card then shows the renewal date). */
  readonly trialEnd: Date | null;
  /**
   * When the open request turns Past Due and then Blocked: the instants the badge reads. null when
   * nothing is owed or the request is a card invoice (the provider's retries decide).
   */
  readonly deadlines: { readonly dueAt: Date; readonly blockedAt: Date } | null;
  readonly openInvoice: { readonly id: string; readonly url: string; readonly amount: Money } | null;
  readonly usage: UsageSplit | null;
  /** Included minutes this period (used + remaining). */
  readonly includedTotal: number;
  /** Add-on wallet this period (used + remaining). */
  readonly walletTotal: number;
  readonly scheduledChange: { readonly planName: string; readonly effectiveAt: Date } | null;
  /** A scheduled cancellation: the subscription ends then instead of renewing. */
  readonly cancelAt: Date | null;
}

/** What the card shows, from a client's billing data; null without a running subscription. */
export function subscriptionCardView(detail: SubAccountDetail): SubscriptionCardView | null {
  const { subscription } = detail.subAccount;
  if (subscription === null || detail.billingBadge === 'inactive') return null;
  const request = detail.openInvoice;
  const usage = detail.usage;
  return {
    badge: detail.billingBadge,
    terms: subscription.terms,
    termsSince: subscription.termsSince,
    periodStart: subscription.periodStart,
    periodEnd: subscription.periodEnd,
    trialEnd: subscription.status === 'trialing' ? subscription.trialEnd : null,
    // The banner reads the request's own instants, the same ones the server's badge compared.
    deadlines: request?.dueAt && request.blockedAt ? { dueAt: request.dueAt, blockedAt: request.blockedAt } : null,
    openInvoice: request ? { id: request.id, url: request.url, amount: request.amount } : null,
    usage,
    includedTotal: usage ? usage.fromIncluded + usage.includedRemaining : 0,
    walletTotal: usage ? usage.fromWallet + usage.walletRemaining : 0,
    scheduledChange: subscription.scheduledChange
      ? {
          planName: subscription.scheduledChange.targetTerms.name,
          effectiveAt: subscription.scheduledChange.effectiveAt,
        }
      : null,
    cancelAt: subscription.cancelAt,
  };
}

export interface SubscriptionCardState {
  status: 'loading' | 'error' | 'none' | 'running';
  detail: SubAccountDetail | undefined;
  view: SubscriptionCardView | null;
  failure: Failure | undefined;
  retry(): void;
}

/**
 * The subscription card without markup: fetches the client's billing data (or takes the host's)
 * and derives the badge, terms, period, payment deadlines, usage totals and scheduled change.
 */
export function useSubscriptionCard({
  subAccountId,
  detail: given,
}: {
  subAccountId?: string | undefined;
  detail?: SubAccountDetail | undefined;
}): SubscriptionCardState {
  const query = useSubAccountDetailQuery(subAccountId ?? '', given === undefined && subAccountId !== undefined);
  const detail = given ?? query.data;
  const view = detail ? subscriptionCardView(detail) : null;
  return {
    status: detail ? (view ? 'running' : 'none') : query.isError ? 'error' : 'loading',
    detail,
    view,
    failure: query.isError ? toFailure(query.error) : undefined,
    retry: () => void query.refetch(),
  };
}
