import { RulesError } from '../errors';
import { comparePricePerDay } from '../proration';
import type { Plan } from '../types';

export type PlanComparison = 'higher' | 'lower' | 'same';

/** Whether `target` is higher, lower or the same as `current`: price per average day, then included minutes. */
export function comparePlans(
  current: Pick<Plan, 'currency' | 'price' | 'interval' | 'includedMinutes'>,
  target: Pick<Plan, 'currency' | 'price' | 'interval' | 'includedMinutes'>,
): PlanComparison {
  if (current.currency !== target.currency) {
    throw new RulesError(
      'currency_mismatch',
      `Cannot compare a ${current.currency} plan with a ${target.currency} plan; convert explicitly first.`,
    );
  }
  const byPrice = comparePricePerDay(target, current);
  if (byPrice !== 0) return byPrice > 0 ? 'higher' : 'lower';
  if (target.includedMinutes !== current.includedMinutes) {
    return target.includedMinutes > current.includedMinutes ? 'higher' : 'lower';
  }
  return 'same';
}
