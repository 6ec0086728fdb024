import { overLimits } from '../caps';
import { currencyExponent, iso4217 } from '../currencies';
import { resolvePolicy } from '../policy';
import { refuse } from '../reasons';
import { isFree } from '../subscription';
import type {
  Actor,
  Agency,
  ChangePlanPolicy,
  ChangeTiming,
  CurrencyTable,
  Plan,
  PlanChangePreview,
  PreviewResult,
  SubAccount,
} from '../types';
import { previewBlockers } from './blockers';
import { minutesCarriedOver } from './carry-over';
import { classifyChange } from './classify';
import { changePlanEligibility } from './eligibility';
import { changeImpact, type Impact, newSubscriptionImpact } from './impact';
import { previewSummary } from './summary';

export interface PreviewPlanChangeInput {
  readonly actor: Actor;
  readonly agency: Agency;
  readonly subAccount: SubAccount;
  readonly target: Plan;
  /** The quote's instant; the server passes the quote's `quotedAt` to recompute it exactly. */
  readonly now: Date;
  readonly policy?: Partial<ChangePlanPolicy> | undefined;
  /** Currency table (ISO 4217 by default). */
  readonly currencies?: CurrencyTable | undefined;
  /** "now" or "next cycle"; honoured only when the policy lets the user pick. */
  readonly timing?: ChangeTiming | undefined;
}

/**
 * What changing `subAccount` to `target` at `now` will do: kind, timing, money, minutes, dates,
 * blockers and a summary as message keys. A Refusal when no impact can be computed. The same
 * function prices the dialog and the server's charge.
 */
export function previewPlanChange(input: PreviewPlanChangeInput): PreviewResult {
  const { actor, agency, subAccount, target, now } = input;
  const policy = resolvePolicy(input.policy);
  const currencies = input.currencies ?? iso4217;

  const eligibility = changePlanEligibility({ actor, agency, subAccount, policy });
  if (!eligibility.ok) return eligibility;
  if (target.agencyId !== subAccount.agencyId) return refuse('not_found');
  if (target.status !== 'active') return refuse('plan_not_active', { plan: target.name });
  // The one currency check of the preview: every amount below is in the target's currency.
  currencyExponent(target.currency, currencies);

  const subscription = subAccount.subscription;
  let impact: Impact;
  let carried = 0;
  if (subscription === null || isFree(subscription)) {
    impact = newSubscriptionImpact(target, now);
  } else {
    const current = subscription.terms;
    if (current.id === target.id) return refuse('same_plan', { plan: target.name });
    if (current.paymentType !== target.paymentType) {
      return refuse('payment_type_mismatch', { current: current.paymentType, target: target.paymentType });
    }
    if (current.currency !== target.currency) {
      return refuse('currency_mismatch', { current: current.currency, target: target.currency });
    }
    const classification = classifyChange(subscription, target, policy, input.timing);
    impact = changeImpact(subscription, target, classification, now);
    carried = minutesCarriedOver(impact, subscription, target, subAccount.usage, policy);
    if (carried > 0) impact = { ...impact, minutesGrantedNow: impact.minutesGrantedNow + carried };
  }

  const overLimit = overLimits(subAccount.usage.resources, target.caps);
  const blockers = previewBlockers(impact, target, subAccount, agency, policy, overLimit);
  const contactSales = blockers.some((b) => b.reason === 'contact_sales');
  const preview = {
    ok: true,
    kind: impact.kind,
    timing: impact.timing,
    targetPlanId: target.id,
    quotedAt: now,
    quotedVersion: subscription?.version ?? null,
    effectiveAt: impact.effectiveAt,
    amountDueNow: impact.amountDueNow,
    creditAmount: impact.creditAmount,
    minutesGrantedNow: impact.minutesGrantedNow,
    newPeriod: impact.newPeriod,
    prorationLines: impact.prorationLines,
    overLimit,
    blockers,
    summary: previewSummary(impact, target, subAccount, overLimit, contactSales, carried),
  } as const;
  // classifyChange only yields the kind/timing pairs PlanChangePreview lists.
  return preview as PlanChangePreview;
}
