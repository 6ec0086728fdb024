import type { MessageRef, MessageValue } from '../types';

/**
 * Every summary, proration-line and empty-state key the change-plan engine produces. Keys only:
 * their English is `changePlanMessages` in `@plankit/rules/messages`, loaded where text is shown.
 */
export const CHANGE_PLAN_MESSAGE_KEYS = [
  'change_plan.line.unused_days',
  'change_plan.line.unused_hours',
  'change_plan.line.unused_minutes',
  'change_plan.line.unused_seconds',
  'change_plan.line.remaining_days',
  'change_plan.line.remaining_hours',
  'change_plan.line.remaining_minutes',
  'change_plan.line.remaining_seconds',
  'change_plan.line.new_period',
  'change_plan.summary.new_subscription',
  'change_plan.summary.charge_now',
  'change_plan.summary.nothing_due',
  'change_plan.summary.payment_request',
  'change_plan.summary.minutes_granted',
  'change_plan.summary.minutes_carried',
  'change_plan.summary.credit_from_pool',
  'change_plan.summary.credit_balance',
  'change_plan.summary.no_credit',
  'change_plan.summary.applies_now',
  'change_plan.summary.scheduled',
  'change_plan.summary.keeps_current',
  'change_plan.summary.renewal_moves',
  'change_plan.summary.trial_kept',
  'change_plan.summary.replaces_scheduled',
  'change_plan.summary.over_limit',
  'change_plan.summary.contact_sales',
  'change_plan.empty.no_active_plans',
  'change_plan.empty.no_plans_of_payment_type',
] as const;

export type ChangePlanMessageKey = (typeof CHANGE_PLAN_MESSAGE_KEYS)[number];

export type ChangePlanMessage = MessageRef<ChangePlanMessageKey>;

/** A MessageRef for one of the change-plan keys. */
export function changePlanMessage(
  key: ChangePlanMessageKey,
  values?: Readonly<Record<string, MessageValue>>,
): ChangePlanMessage {
  return values === undefined ? { key } : { key, values };
}

/** The banner for a pending change: "Changes to {plan} on {date}." */
export function scheduledChangeMessage(change: {
  readonly targetTerms: { readonly name: string };
  readonly effectiveAt: Date;
}): ChangePlanMessage {
  return changePlanMessage('change_plan.summary.scheduled', {
    plan: change.targetTerms.name,
    date: change.effectiveAt,
  });
}

/** Why the plan list has nothing to pick, for the empty state. */
export function planOptionsEmptyMessage(reason: 'no_active_plans' | 'no_plans_of_payment_type'): ChangePlanMessage {
  return changePlanMessage(`change_plan.empty.${reason}`);
}
