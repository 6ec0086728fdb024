// A subscription's period end: the next period starts (invoice, included minutes granted again) and a
// scheduled change or cancellation takes effect.
import { renewSubscription } from '@plankit/rules';
import { subscriptionPlanChanged } from '../events/subscriptions';
import { grantMinutes, loadSubAccount, updateSubscription } from '../store/sub-accounts';
import type { JobHandler } from './job';

export const subscriptionPeriodEnd: JobHandler = async (deps, tx, job) => {
  const [row] = await tx.query<{ sub_account_id: string }>(
    'SELECT sub_account_id FROM subscriptions WHERE id = $1 AND is_current',
    [job.subject],
  );
  if (!row) return;
  const record = await loadSubAccount(tx, row.sub_account_id, { forUpdate: true });
  const current = record?.subAccount.subscription;
  // Stale: the subscription was replaced, or its period end moved (the new instant has its own job).
  if (!record || !current || current.id !== job.subject) return;
  const now = job.dueAt;
  const { subscription, renewals } = renewSubscription({ subscription: current, now });
  let planId = record.planId ?? current.terms.id;
  if (renewals.length === 0) {
    // A scheduled cancellation took effect at this boundary: the sub-account is free again.
    if (subscription.status === 'canceled' && current.status !== 'canceled') {
      await updateSubscription(tx, subscription, planId, current.version);
    }
    return;
  }
  let periodPaid = subscription.periodPaid;
  for (const renewal of renewals) {
    if (renewal.appliedChange) {
      const change = {
        subscriptionId: subscription.id,
        fromPlanId: planId,
        toPlanId: renewal.appliedChange.targetPlanId,
      };
      const who = { agencyId: record.subAccount.agencyId, subAccountId: record.subAccount.id };
      await subscriptionPlanChanged(tx, who, change, renewal.periodStart);
      planId = change.toPlanId;
    }
    await grantMinutes(tx, subscription.id, renewal.periodStart, renewal.includedMinutes);
    // Invoices are dated at the period boundary they bill, not when the work ran.
    const invoice = await deps.billing.renewSubscription(
      { tx, now: renewal.periodStart, agencyId: record.subAccount.agencyId },
      {
        subAccount: record,
        // Each period is billed on the terms in force for it (a scheduled change applies first).
        subscription: { ...subscription, terms: renewal.terms },
        periodStart: renewal.periodStart,
        periodEnd: renewal.periodEnd,
        charge: renewal.charge,
      },
    );
    periodPaid = invoice === null ? true : invoice.status === 'paid';
  }
  // As on Stripe: an ended trial becomes active once its first invoice is paid, and a renewal the
  // card did not pay leaves the subscription past due.
  const trialOver =
    subscription.status === 'trialing' && subscription.trialEnd !== null && subscription.trialEnd <= now;
  const billed = subscription.status === 'active' || trialOver;
  const status =
    subscription.terms.paymentType === 'stripe' && billed ? (periodPaid ? 'active' : 'past_due') : subscription.status;
  // The row's trigger enqueues the next period end in this transaction.
  await updateSubscription(tx, { ...subscription, periodPaid, status }, planId, current.version);
};
