import type { ChangePlanPolicy, Plan, Subscription, Usage } from '../types';
import { usageSplit } from '../usage';
import { comparePlans } from './compare';
import type { Impact } from './impact';

/**
 * Included minutes left unused in the period a change closes early. They lapse with the period
 * unless the policy carries them over on an upgrade (a change now to a higher plan that starts a new
 * period). Whole minutes only.
 */
export function minutesCarriedOver(
  impact: Impact,
  subscription: Subscription,
  target: Plan,
  usage: Usage,
  policy: ChangePlanPolicy,
): number {
  if (!policy.carryOverOnUpgrade || impact.timing !== 'now' || impact.newPeriod === null) return 0;
  if (comparePlans(subscription.terms, target) !== 'higher') return 0;
  return Math.floor(usageSplit({ usage, terms: subscription.terms }).includedRemaining);
}
