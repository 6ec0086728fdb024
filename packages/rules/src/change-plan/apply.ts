import { RulesError } from '../errors';
import { type InvoiceLine, renewalLines } from '../invoices/lines';
import { add, subtract } from '../money';
import { refuse } from '../reasons';
import { snapshotTerms, startSubscription } from '../subscription';
import type {
  Agency,
  Money,
  Plan,
  PlanChangePreview,
  ProrationLine,
  Refusal,
  ScheduledChange,
  SubAccount,
  Subscription,
  Usage,
} from '../types';
import { usageSplit } from '../usage';

export interface ApplyPlanChangeInput {
  readonly subAccount: SubAccount;
  readonly agency: Agency;
  readonly target: Plan;
  /** The preview the user confirmed, recomputed at its quotedAt; it must have no blockers. */
  readonly preview: PlanChangePreview;
  readonly now: Date;
  /** Id for the subscription a free sub-account starts (unused otherwise). */
  readonly subscriptionId: string;
}

export interface PlanChangeOutcome {
  readonly subAccount: SubAccount;
  readonly agency: Agency;
  /** What to invoice and collect now; null when nothing is due. */
  readonly invoice: { readonly amount: Money; readonly lines: readonly ProrationLine[] } | null;
  /**
   * The offline payment request for a period the change starts (from free, or a new interval) when
   * the target has a recurring fee: the same request Start subscription creates. Before credit.
   */
  readonly paymentRequest: {
    readonly amount: Money;
    readonly lines: readonly InvoiceLine[];
    readonly periodStart: Date;
    readonly periodEnd: Date;
  } | null;
  /** Added to the sub-account's credit balance; null when none. */
  readonly creditGranted: Money | null;
  /** Taken from the agency's credit pool (an offline upgrade), also when the pool is not tracked. */
  readonly poolDebit: Money | null;
  readonly minutesGranted: number;
  /** The change that will take effect at period end; null when it applied now. */
  readonly scheduledChange: ScheduledChange | null;
}

function positive(value: Money): Money | null {
  return value.amount > 0 ? value : null;
}

/** A new period's usage: the counters start again; the wallet keeps what was not drawn (rounded up). */
function usageForNewPeriod(usage: Usage, subscription: Subscription | null, minutes: number): Usage {
  const walletMinutes =
    subscription === null
      ? usage.walletMinutes
      : Math.ceil(usageSplit({ usage, terms: subscription.terms }).walletRemaining);
  return { ...usage, voiceSeconds: 0, chats: 0, includedMinutes: minutes, walletMinutes };
}

/**
 * The state after a confirmed change, once the amount due now is collected: a new subscription,
 * the target's terms now, or a scheduled change at period end. Pure: the caller stores the result
 * and records the invoice, credit and pool debit.
 */
export function applyPlanChange({
  subAccount,
  agency,
  target,
  preview,
  now,
  subscriptionId,
}: ApplyPlanChangeInput): PlanChangeOutcome {
  if (preview.targetPlanId !== target.id) {
    throw new RulesError('invalid_argument', `The preview is for plan ${preview.targetPlanId}, not ${target.id}.`);
  }
  if (preview.blockers.length > 0) {
    throw new RulesError(
      'invalid_argument',
      `The preview is blocked (${preview.blockers[0]?.reason}); resolve it first.`,
    );
  }
  const current = subAccount.subscription;
  const nextVersion = (current?.version ?? 0) + 1;

  if (preview.timing === 'period_end') {
    if (current === null) throw new RulesError('invalid_argument', 'Only a subscription can schedule a change.');
    const scheduledChange: ScheduledChange = {
      targetPlanId: target.id,
      targetTerms: snapshotTerms(target),
      kind: preview.kind,
      effectiveAt: preview.effectiveAt,
      createdAt: now,
    };
    return {
      subAccount: { ...subAccount, subscription: { ...current, version: nextVersion, scheduledChange } },
      agency,
      invoice: null,
      paymentRequest: null,
      creditGranted: null,
      poolDebit: null,
      minutesGranted: 0,
      scheduledChange,
    };
  }

  const minutes = preview.minutesGrantedNow;
  let subscription: Subscription;
  let usage: Usage;
  if (preview.kind === 'stripe_new' || preview.kind === 'offline_new') {
    const started = startSubscription({ id: subscriptionId, plan: target, now: preview.effectiveAt });
    // A Stripe subscription starts only once its first period is paid.
    const paid = preview.kind === 'stripe_new' || target.price === null;
    subscription = { ...started.subscription, version: nextVersion, periodPaid: paid, hasOpenInvoice: !paid };
    usage = usageForNewPeriod(subAccount.usage, null, minutes);
  } else {
    if (current === null) throw new RulesError('invalid_argument', 'A change of plan needs a subscription.');
    const period = preview.newPeriod;
    subscription = {
      ...current,
      version: nextVersion,
      terms: snapshotTerms(target),
      termsSince: preview.effectiveAt,
      scheduledChange: null,
      ...(period === null
        ? {}
        : {
            anchor: period.start,
            periodStart: period.start,
            periodEnd: period.end,
            // Stripe collected the new period now; an offline one is billed like a renewal.
            periodPaid: target.paymentType === 'stripe' || target.price === null,
            hasOpenInvoice: current.hasOpenInvoice || (target.paymentType === 'offline' && target.price !== null),
          }),
    };
    usage =
      period === null
        ? { ...subAccount.usage, includedMinutes: subAccount.usage.includedMinutes + minutes }
        : usageForNewPeriod(subAccount.usage, current, minutes);
  }

  const creditGranted = positive(preview.creditAmount);
  const poolDebit = preview.kind === 'offline_upgrade' ? creditGranted : null;
  const creditBalance =
    creditGranted === null
      ? subAccount.creditBalance
      : subAccount.creditBalance === null
        ? creditGranted
        : add(subAccount.creditBalance, creditGranted);
  const creditPool =
    poolDebit === null || agency.creditPool === null ? agency.creditPool : subtract(agency.creditPool, poolDebit);
  const amountDue = positive(preview.amountDueNow);
  const period = preview.newPeriod;
  const requested = target.paymentType === 'offline' && target.price !== null && period !== null;

  return {
    subAccount: { ...subAccount, subscription, usage, creditBalance },
    agency: creditPool === agency.creditPool ? agency : { ...agency, creditPool },
    invoice: amountDue === null ? null : { amount: amountDue, lines: preview.prorationLines },
    paymentRequest:
      requested && target.price !== null
        ? {
            amount: target.price,
            lines: renewalLines({ terms: target, periodStart: period.start, periodEnd: period.end }),
            periodStart: period.start,
            periodEnd: period.end,
          }
        : null,
    creditGranted,
    poolDebit,
    minutesGranted: minutes,
    scheduledChange: null,
  };
}

export interface CancelScheduledChangeInput {
  readonly subAccount: SubAccount;
  readonly now: Date;
}

/** Drop the pending scheduled change; the current plan simply renews. `not_found` when there is none. */
export function cancelScheduledChange({
  subAccount,
}: CancelScheduledChangeInput):
  | { readonly ok: true; readonly subAccount: SubAccount; readonly canceled: ScheduledChange }
  | Refusal {
  const subscription = subAccount.subscription;
  const pending = subscription?.scheduledChange ?? null;
  if (subscription === null || pending === null) return refuse('not_found');
  return {
    ok: true,
    subAccount: {
      ...subAccount,
      subscription: { ...subscription, version: subscription.version + 1, scheduledChange: null },
    },
    canceled: pending,
  };
}
