// Work that falls due as time passes: subscription renewals (with scheduled changes applied at
// period end) and number period ends. Runs at start and whenever the development clock moves.
import { renewSubscription } from '@plankit/rules';
import type { ServerDeps } from '../context';
import { grantMinutes, loadSubAccount, updateSubscription } from '../store/sub-accounts';
import { numberPeriodEnds } from './numbers';

export interface DueWorkReport {
  readonly renewals: number;
  readonly numbers: number;
}

async function renewSubscriptions(deps: ServerDeps, now: Date): Promise<number> {
  const due = await deps.db.query<{ sub_account_id: string }>(
    `SELECT sub_account_id FROM subscriptions
     WHERE is_current AND period_end <= $1 AND status NOT IN ('canceled', 'incomplete_expired')
     ORDER BY period_end, id`,
    [now],
  );
  let count = 0;
  for (const { sub_account_id } of due) {
    count += await deps.db.transaction(async (tx) => {
      const record = await loadSubAccount(tx, sub_account_id, { forUpdate: true });
      const current = record?.subAccount.subscription;
      if (!record || !current) return 0;
      const { subscription, renewals } = renewSubscription({ subscription: current, now });
      if (renewals.length === 0) return 0;
      let planId = record.planId ?? current.terms.id;
      let periodPaid = subscription.periodPaid;
      for (const renewal of renewals) {
        if (renewal.appliedChange) planId = renewal.appliedChange.targetPlanId;
        await grantMinutes(tx, subscription.id, renewal.periodStart, renewal.includedMinutes);
        // Invoices are dated at the period boundary they bill, not when the work ran.
        const invoice = await deps.billing.renewSubscription(
          { tx, now: renewal.periodStart, agencyId: record.subAccount.agencyId },
          {
            subAccount: record,
            subscription,
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
        subscription.terms.paymentType === 'stripe' && billed
          ? periodPaid
            ? 'active'
            : 'past_due'
          : subscription.status;
      await updateSubscription(tx, { ...subscription, periodPaid, status }, planId, current.version);
      return renewals.length;
    });
  }
  return count;
}

export async function runDueWork(deps: ServerDeps): Promise<DueWorkReport> {
  const now = deps.clock.now();
  const renewals = await renewSubscriptions(deps, now);
  const numbers = await numberPeriodEnds(deps, now);
  return { renewals, numbers };
}
