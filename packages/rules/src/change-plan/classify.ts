import { compareIntervals } from '../periods';
import type { ChangePlanPolicy, ChangeTiming, ImpactKind, Plan, Subscription } from '../types';
import { comparePlans } from './compare';

export interface Classification {
  readonly kind: ImpactKind;
  readonly timing: ChangeTiming;
  /** The target's interval has another nominal length (a new period starts when it applies now). */
  readonly intervalChanges: boolean;
}

/** Kinds where the user may pick "now" or "next cycle" when the policy lets them. */
const PICKABLE: readonly ImpactKind[] = ['stripe_upgrade', 'stripe_downgrade', 'stripe_interval_change'];

/**
 * Kind and timing of a change from a paid subscription to `target` (same payment type and
 * currency). Stripe: an interval of another length is an interval change (longer now, shorter as a
 * downgrade), otherwise higher/lower by price per day then minutes. Offline changes apply now.
 * Trialing subscriptions change now. With `userPicksTiming` the caller's timing wins on Stripe.
 */
export function classifyChange(
  subscription: Subscription,
  target: Plan,
  policy: ChangePlanPolicy,
  requested: ChangeTiming | undefined,
): Classification {
  const current = subscription.terms;
  const byInterval = compareIntervals(target.interval, current.interval);
  const comparison = comparePlans(current, target);
  const intervalChanges = byInterval !== 0;

  if (current.paymentType === 'offline') {
    const kind = comparison === 'higher' ? 'offline_upgrade' : comparison === 'lower' ? 'offline_downgrade' : 'lateral';
    return { kind, timing: 'now', intervalChanges };
  }

  let kind: ImpactKind;
  let timing: ChangeTiming;
  if (intervalChanges) {
    kind = 'stripe_interval_change';
    timing = byInterval > 0 ? 'now' : policy.stripeDowngradeTiming;
  } else if (comparison === 'higher') {
    kind = 'stripe_upgrade';
    timing = 'now';
  } else if (comparison === 'lower') {
    kind = 'stripe_downgrade';
    timing = policy.stripeDowngradeTiming;
  } else {
    return { kind: 'lateral', timing: 'now', intervalChanges };
  }
  if (subscription.status === 'trialing') return { kind, timing: 'now', intervalChanges };
  if (policy.userPicksTiming && requested !== undefined && PICKABLE.includes(kind)) timing = requested;
  return { kind, timing, intervalChanges };
}
