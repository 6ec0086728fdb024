import { resolvePolicy } from '../policy';
import { refuse } from '../reasons';
import { isChangeableStatus, isFree } from '../subscription';
import type { Actor, Agency, ChangePlanPolicy, Refusal, SubAccount } from '../types';

export interface ChangePlanEligibilityInput {
  readonly actor: Actor;
  readonly agency: Agency;
  readonly subAccount: SubAccount;
  readonly policy?: Partial<ChangePlanPolicy> | undefined;
}

/**
 * Whether `actor` may change `subAccount`'s plan at all, before any target is picked. Checks run
 * in the order a user can fix them; someone outside the sub-account's agency learns nothing
 * (`not_found`).
 */
export function changePlanEligibility({
  actor,
  agency,
  subAccount,
  policy,
}: ChangePlanEligibilityInput): { readonly ok: true } | Refusal {
  const resolved = resolvePolicy(policy);
  if (agency.id !== subAccount.agencyId) return refuse('not_found');
  if (actor.kind === 'sub_account_user') {
    if (actor.subAccountId !== subAccount.id) return refuse('not_found');
    if (!resolved.selfServe) return refuse('not_agency_member');
  } else if (actor.agencyId !== subAccount.agencyId) {
    return refuse('not_found');
  }
  if (!agency.features.changePlan) return refuse('feature_disabled');
  if (subAccount.status === 'blocked') return refuse('sub_account_blocked');
  if (!subAccount.createdByAgency) return refuse('not_created_by_agency');
  const subscription = subAccount.subscription;
  if (subscription !== null && !isFree(subscription)) {
    if (!isChangeableStatus(subscription.status)) {
      return refuse('subscription_not_changeable', { status: subscription.status });
    }
    if (resolved.openInvoice === 'block' && subscription.hasOpenInvoice) return refuse('open_invoice');
  }
  return { ok: true };
}
