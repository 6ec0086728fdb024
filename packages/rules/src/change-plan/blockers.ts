import { refuse } from '../reasons';
import type { Agency, ChangePlanPolicy, OverLimit, Plan, Refusal, SubAccount } from '../types';
import type { Impact } from './impact';

/** What keeps Confirm disabled although the impact is known; each says how to fix it. */
export function previewBlockers(
  impact: Impact,
  target: Plan,
  subAccount: SubAccount,
  agency: Agency,
  policy: ChangePlanPolicy,
  overLimit: readonly OverLimit[],
): Refusal[] {
  const blockers: Refusal[] = [];
  if (subAccount.customContract || target.contractOnly) {
    blockers.push(refuse('contact_sales', { plan: target.name }));
  }
  const startsStripe = impact.kind === 'stripe_new';
  if (
    target.paymentType === 'stripe' &&
    (startsStripe || impact.amountDueNow.amount > 0) &&
    !subAccount.hasPaymentMethod
  ) {
    blockers.push(refuse('payment_method_required'));
  }
  const pool = agency.creditPool;
  if (impact.creditSource === 'agency_pool' && pool !== null) {
    if (pool.currency !== impact.creditAmount.currency) {
      blockers.push(refuse('currency_mismatch', { current: pool.currency, target: impact.creditAmount.currency }));
    } else if (pool.amount < impact.creditAmount.amount) {
      blockers.push(refuse('insufficient_agency_credit', { required: impact.creditAmount, available: pool }));
    }
  }
  if (policy.overLimit === 'block') {
    for (const { resource, usage, cap } of overLimit) blockers.push(refuse('over_limit', { resource, usage, cap }));
  }
  return blockers;
}
