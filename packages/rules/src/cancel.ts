// Cancelling a subscription: the impact summary first, then the change. Pure: the caller passes `now`.
import { money } from './money';
import { refuse } from './reasons';
import { isChangeableStatus } from './subscription';
import type { Money, PaymentType, Refusal, SubAccount, Subscription } from './types';

export type CancelTiming = 'period_end' | 'now';

/** Which subscriptions may end at once: none, offline ones (no card to refund), or all. */
export type CancelNowPolicy = 'never' | 'offline' | 'always';

export interface CancelPolicy {
  /** Default `'offline'`: a card subscription ends at the period end it paid for. */
  readonly cancelNow?: CancelNowPolicy | undefined;
}

export interface PreviewCancelInput {
  readonly subAccount: SubAccount;
  readonly at: CancelTiming;
  readonly now: Date;
  readonly policy?: CancelPolicy | undefined;
}

/** What stops working once the cancellation takes effect. */
export interface CancelStops {
  /** Numbers billed to the sub-account: released at the end. */
  readonly phoneNumbers: number;
  readonly agents: number;
  /** Included minutes a period: no longer granted. */
  readonly includedMinutes: number;
}

export interface CancelPreview {
  readonly ok: true;
  readonly at: CancelTiming;
  /** The period end (access and minutes kept until then), or now. */
  readonly effectiveAt: Date;
  /** Nothing is charged to cancel. */
  readonly dueNow: Money;
  /** Nothing is refunded, at period end or now. */
  readonly refunded: Money;
  readonly paymentType: PaymentType;
  readonly stops: CancelStops;
  /** A cancellation already scheduled for the same instant: confirming changes nothing. */
  readonly alreadyScheduled: boolean;
}

function allowsNow(policy: CancelPolicy | undefined, paymentType: PaymentType): boolean {
  const rule = policy?.cancelNow ?? 'offline';
  return rule === 'always' || (rule === 'offline' && paymentType === 'offline');
}

/** The subscription to cancel, or why there is none that can be. */
function cancellable(subAccount: SubAccount): Subscription | Refusal {
  const subscription = subAccount.subscription;
  if (subscription === null) return refuse('not_found');
  if (!isChangeableStatus(subscription.status)) {
    return refuse('subscription_not_changeable', { status: subscription.status });
  }
  return subscription;
}

/**
 * What cancelling would do: when it takes effect, that nothing is due or refunded, and what stops
 * working. Refused without a running subscription, and for `now` where the policy keeps it to the
 * period end (`cancel_now_not_allowed`).
 */
export function previewCancel({ subAccount, at, now, policy }: PreviewCancelInput): CancelPreview | Refusal {
  const subscription = cancellable(subAccount);
  if ('ok' in subscription) return subscription;
  const { terms } = subscription;
  if (at === 'now' && !allowsNow(policy, terms.paymentType)) return refuse('cancel_now_not_allowed');
  const effectiveAt = at === 'now' ? now : subscription.periodEnd;
  const zero = money(0, terms.currency);
  return {
    ok: true,
    at,
    effectiveAt,
    dueNow: zero,
    refunded: zero,
    paymentType: terms.paymentType,
    stops: {
      phoneNumbers: subAccount.usage.resources.phoneNumbers,
      agents: subAccount.usage.resources.agents,
      includedMinutes: terms.includedMinutes,
    },
    alreadyScheduled: subscription.cancelAt?.getTime() === effectiveAt.getTime(),
  };
}

export interface CancelSubscriptionInput extends PreviewCancelInput {}

export type CancelOutcome = { readonly ok: true; readonly subscription: Subscription; readonly preview: CancelPreview };

/**
 * Cancel now (status canceled, the sub-account is free again) or at period end (`cancelAt`, applied
 * by renewSubscription). Cancelling again the same way returns the subscription unchanged.
 */
export function cancelSubscription(input: CancelSubscriptionInput): CancelOutcome | Refusal {
  const preview = previewCancel(input);
  if (!preview.ok) return preview;
  const current = input.subAccount.subscription as Subscription;
  if (preview.alreadyScheduled) return { ok: true, subscription: current, preview };
  const version = current.version + 1;
  const subscription: Subscription =
    preview.at === 'now'
      ? { ...current, version, status: 'canceled', cancelAt: null, scheduledChange: null }
      : { ...current, version, cancelAt: preview.effectiveAt, scheduledChange: null };
  return { ok: true, subscription, preview };
}

/** Keep a subscription whose cancellation has not taken effect yet. `not_found` when none is scheduled. */
export function resumeSubscription({
  subAccount,
}: {
  readonly subAccount: SubAccount;
}): { readonly ok: true; readonly subscription: Subscription } | Refusal {
  const current = subAccount.subscription;
  if (current === null || current.cancelAt === null || !isChangeableStatus(current.status)) {
    return refuse('not_found');
  }
  return { ok: true, subscription: { ...current, version: current.version + 1, cancelAt: null } };
}
