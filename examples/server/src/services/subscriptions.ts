import { isFree, startSubscription } from '@plankit/rules';
import type { Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { fail, invalid, notFound } from '../errors';
import { subscriptionStarted } from '../events/subscriptions';
import { newId } from '../ids';
import { findPlan } from '../store/plans';
import { grantMinutes, insertSubscription, markPeriodPaid, setAssignedPlan } from '../store/sub-accounts';
import { subAccountFor } from './access';

/** "Assign a Billing Plan": the plan the sub-account will start on. */
export async function assignPlan(tx: Queryable, principal: Principal, subAccountId: string, planId: string) {
  const record = await subAccountFor(tx, principal, subAccountId, { forUpdate: true });
  const plan = await findPlan(tx, record.subAccount.agencyId, planId);
  if (!plan) notFound('plan');
  if (plan.status !== 'active') fail('plan_not_active', { plan: plan.name });
  if (record.subAccount.status === 'blocked') fail('sub_account_blocked');
  if (!isFree(record.subAccount)) {
    invalid('This sub-account already has a running subscription. Use Change plan to move it to another plan.');
  }
  await setAssignedPlan(tx, subAccountId, plan.id);
}

/** Start the subscription on the assigned plan: the period begins now; a fee is requested. */
export async function startAssignedSubscription(
  deps: ServerDeps,
  tx: Queryable,
  principal: Principal,
  subAccountId: string,
  now: Date,
) {
  const record = await subAccountFor(tx, principal, subAccountId, { forUpdate: true });
  const { subAccount } = record;
  if (!subAccount.assignedPlanId)
    invalid('Assign a billing plan to this sub-account first, then start its subscription.');
  if (subAccount.status === 'blocked') fail('sub_account_blocked');
  if (!isFree(subAccount)) {
    invalid('This sub-account already has a running subscription. Use Change plan to move it to another plan.');
  }
  const plan = await findPlan(tx, subAccount.agencyId, subAccount.assignedPlanId);
  if (!plan) notFound('plan');
  if (plan.status !== 'active') fail('plan_not_active', { plan: plan.name });
  const started = startSubscription({ id: newId('sub'), plan, now });
  await insertSubscription(tx, subAccount.id, plan.id, started.subscription, now);
  await grantMinutes(tx, started.subscription.id, started.subscription.periodStart, started.includedMinutesGranted);
  const who = { agencyId: subAccount.agencyId, subAccountId: subAccount.id };
  await subscriptionStarted(tx, who, plan.id, started.subscription, now);
  const invoice = await deps.billing.startSubscription(
    { tx, now, agencyId: subAccount.agencyId },
    { subAccount: record, subscription: started.subscription, amount: started.paymentRequest },
  );
  if (invoice?.status === 'paid') {
    await markPeriodPaid(tx, started.subscription.id);
  }
  return {
    paymentRequest: invoice ? { id: invoice.id, url: invoice.url, amount: invoice.amount } : null,
    includedMinutesGranted: started.includedMinutesGranted,
  };
}
