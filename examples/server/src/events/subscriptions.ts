// The subscription events, built from the rules' types: one line at each place a change is written.
import type { ScheduledChange, Subscription } from '@plankit/rules';
import type { Queryable } from '../db/db';
import { emitEvent } from './emit';

interface Subject {
  readonly agencyId: string;
  readonly subAccountId: string;
}

export function subscriptionStarted(tx: Queryable, who: Subject, planId: string, s: Subscription, at: Date) {
  return emitEvent(
    tx,
    who.agencyId,
    'subscription.started',
    {
      subAccountId: who.subAccountId,
      subscriptionId: s.id,
      planId,
      status: s.status,
      periodStart: s.periodStart.toISOString(),
      periodEnd: s.periodEnd.toISOString(),
      price: s.terms.price,
    },
    at,
  );
}

export function subscriptionPlanChanged(
  tx: Queryable,
  who: Subject,
  change: { subscriptionId: string; fromPlanId: string; toPlanId: string },
  effectiveAt: Date,
) {
  return emitEvent(
    tx,
    who.agencyId,
    'subscription.plan_changed',
    { subAccountId: who.subAccountId, ...change, effectiveAt: effectiveAt.toISOString() },
    effectiveAt,
  );
}

export function subscriptionChangeScheduled(
  tx: Queryable,
  who: Subject,
  subscriptionId: string,
  fromPlanId: string,
  change: ScheduledChange,
  at: Date,
) {
  return emitEvent(
    tx,
    who.agencyId,
    'subscription.change_scheduled',
    {
      subAccountId: who.subAccountId,
      subscriptionId,
      fromPlanId,
      toPlanId: change.targetPlanId,
      effectiveAt: change.effectiveAt.toISOString(),
    },
    at,
  );
}

export function subscriptionCanceled(tx: Queryable, who: Subject, subscriptionId: string, planId: string, at: Date) {
  return emitEvent(
    tx,
    who.agencyId,
    'subscription.canceled',
    { subAccountId: who.subAccountId, subscriptionId, planId, canceledAt: at.toISOString() },
    at,
  );
}
