import { type Period, periodContaining } from '../periods';
import type { Subscription } from '../types';

/**
 * The billing period `now` falls in. Normally the subscription's own; when a renewal has not been
 * recorded yet (now at or past periodEnd), the period the anchor rule puts `now` in.
 */
export function currentPeriod(subscription: Subscription, now: Date): Period {
  const t = now.getTime();
  if (t >= subscription.periodStart.getTime() && t < subscription.periodEnd.getTime()) {
    return { start: subscription.periodStart, end: subscription.periodEnd };
  }
  return periodContaining(subscription.anchor, subscription.terms.interval, now);
}
