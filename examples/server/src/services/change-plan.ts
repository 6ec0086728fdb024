// Changing a plan on the server: the same rules as the dialog, recomputed at the quote's instant,
// under a row lock so two confirms of one quote cannot both apply.
import {
  type ChangeTiming,
  cancelScheduledChange,
  changePlanEligibility,
  confirmPlanChange,
  isRefusal,
  type Money,
  type PlanChangePreview,
  planChangeContext,
  previewPlanChange,
  zero,
} from '@plankit/rules';
import type { ChangePlanInput } from '@plankit/sdk/contract';
import type { Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { fail, notFound, refused } from '../errors';
import { subscriptionChangeScheduled, subscriptionPlanChanged, subscriptionStarted } from '../events/subscriptions';
import { newId } from '../ids';
import { findPlan, listPlans } from '../store/plans';
import {
  grantMinutes,
  insertSubscription,
  markPeriodPaid,
  setAssignedPlan,
  setWalletMinutes,
  updateSubscription,
} from '../store/sub-accounts';
import { subAccountAndAgencyFor } from './access';

// Locks only the sub-account (README: lock order). The agency row is written, and so locked, only by a
// change that moves its credit pool, through a conditional update at the end (billing/local.ts).
async function eligible(q: Queryable, principal: Principal, subAccountId: string, forUpdate = false) {
  const {
    record,
    agency: { agency, policy },
  } = await subAccountAndAgencyFor(q, principal, subAccountId, { forUpdate });
  const eligibility = changePlanEligibility({ actor: principal.actor, agency, subAccount: record.subAccount, policy });
  return { record, agency, policy, eligibility };
}

/** Refusals that say who may not act at all are HTTP errors; the rest are shown in the dialog. */
function throwIfNoAccess(result: { ok: boolean; reason?: string }) {
  if (!result.ok && (result.reason === 'not_found' || result.reason === 'not_agency_member')) {
    refused(result as Parameters<typeof refused>[0]);
  }
}

export async function changePlanContext(q: Queryable, principal: Principal, subAccountId: string) {
  const {
    record: { subAccount },
    agency: { agency, policy },
  } = await subAccountAndAgencyFor(q, principal, subAccountId, { forUpdate: false });
  const plans = await listPlans(q, agency.id);
  const result = planChangeContext({ actor: principal.actor, agency, subAccount, plans, policy });
  if (isRefusal(result)) refused(result);
  return result.context;
}

async function quote(
  q: Queryable,
  principal: Principal,
  subAccountId: string,
  targetPlanId: string,
  at: Date,
  timing: ChangeTiming | undefined,
  forUpdate: boolean,
) {
  const { record, agency, policy, eligibility } = await eligible(q, principal, subAccountId, forUpdate);
  if (isRefusal(eligibility)) refused(eligibility);
  const target = await findPlan(q, agency.id, targetPlanId);
  if (!target) notFound('plan');
  const preview = previewPlanChange({
    actor: principal.actor,
    agency,
    subAccount: record.subAccount,
    target,
    now: at,
    policy,
    timing,
  });
  if (isRefusal(preview)) refused(preview);
  return { record, agency, policy, target, preview };
}

export async function previewChange(
  q: Queryable,
  principal: Principal,
  subAccountId: string,
  body: { targetPlanId: string; timing?: ChangeTiming | undefined },
  now: Date,
): Promise<PlanChangePreview> {
  return (await quote(q, principal, subAccountId, body.targetPlanId, now, body.timing, false)).preview;
}

export async function confirmChange(
  deps: ServerDeps,
  tx: Queryable,
  principal: Principal,
  subAccountId: string,
  body: ChangePlanInput,
  now: Date,
) {
  // The row lock makes a second confirm wait, then see the new version and get quote_expired.
  const { record, agency, policy, eligibility } = await eligible(tx, principal, subAccountId, true);
  throwIfNoAccess(eligibility);
  const target = await findPlan(tx, agency.id, body.targetPlanId);
  if (!target) notFound('plan');
  const confirmed = confirmPlanChange({
    actor: principal.actor,
    agency,
    subAccount: record.subAccount,
    target,
    policy,
    timing: body.timing,
    quotedAt: body.quotedAt,
    quotedVersion: body.quotedVersion,
    now,
    subscriptionId: newId('sub'),
  });
  if (isRefusal(confirmed)) refused(confirmed);
  const { preview, ...outcome } = confirmed;
  const current = record.subAccount.subscription;
  const next = outcome.subAccount.subscription;
  if (next === null) throw new Error('applyPlanChange returned no subscription');
  const ctx = { tx, now, agencyId: agency.id };
  const who = { agencyId: agency.id, subAccountId: record.subAccount.id };
  const fromPlanId = record.planId ?? current?.terms.id ?? null;

  if (preview.timing === 'period_end') {
    if (current === null) throw new Error('a scheduled change needs a subscription');
    if (!(await updateSubscription(tx, next, record.planId ?? current.terms.id, current.version))) {
      fail('quote_expired', { reason: 'version' });
    }
    const change = outcome.scheduledChange;
    if (change) await deps.billing.scheduleChange(ctx, { subAccount: record, subscription: next, change });
    if (change) await subscriptionChangeScheduled(tx, who, next.id, fromPlanId ?? current.terms.id, change, now);
    return { ...result(preview, outcome.scheduledChange, null, zero(target.currency)), paymentRequest: null };
  }

  const startsNew = preview.kind === 'stripe_new' || preview.kind === 'offline_new';
  if (startsNew) {
    await insertSubscription(tx, record.subAccount.id, target.id, next, now);
    await setAssignedPlan(tx, record.subAccount.id, target.id);
    await subscriptionStarted(tx, who, target.id, next, now);
  } else if (current === null || !(await updateSubscription(tx, next, target.id, current.version))) {
    fail('quote_expired', { reason: 'version' });
  } else {
    await subscriptionPlanChanged(
      tx,
      who,
      { subscriptionId: next.id, fromPlanId: fromPlanId ?? current.terms.id, toPlanId: target.id },
      now,
    );
  }
  // The period's included minutes: a new period starts its own record; an upgrade tops this one up.
  if (startsNew || preview.newPeriod !== null) {
    await grantMinutes(tx, next.id, next.periodStart, outcome.subAccount.usage.includedMinutes);
  } else if (outcome.minutesGranted > 0) {
    await grantMinutes(tx, next.id, next.periodStart, outcome.minutesGranted);
  }
  await setWalletMinutes(tx, record.subAccount.id, outcome.subAccount.usage.walletMinutes);
  const invoice = await deps.billing.applyImmediateChange(ctx, {
    subAccount: record,
    from: current,
    to: next,
    amountDue: preview.amountDueNow,
    lines: preview.prorationLines,
    prorationAt: preview.quotedAt,
    credit: outcome.creditGranted ?? zero(target.currency),
    creditFromAgencyPool: outcome.poolDebit !== null,
    creditBalance: outcome.subAccount.creditBalance,
    creditPool:
      agency.creditPool !== null && outcome.agency.creditPool !== null && outcome.poolDebit !== null
        ? { before: agency.creditPool, after: outcome.agency.creditPool }
        : null,
  });
  // An offline period the change starts is requested as Start subscription and renewals request it.
  const requested = outcome.paymentRequest;
  const request =
    requested === null
      ? null
      : startsNew
        ? await deps.billing.startSubscription(ctx, {
            subAccount: record,
            subscription: next,
            amount: requested.amount,
          })
        : await deps.billing.renewSubscription(ctx, {
            subAccount: record,
            subscription: next,
            periodStart: requested.periodStart,
            periodEnd: requested.periodEnd,
            charge: requested.amount,
          });
  if ((startsNew && invoice?.status === 'paid') || request?.status === 'paid') {
    await markPeriodPaid(tx, next.id);
  }
  return {
    ...result(preview, null, invoice, outcome.creditGranted ?? zero(target.currency)),
    paymentRequest: request ? { id: request.id, url: request.url, amount: request.amount } : null,
  };

  function result(
    p: PlanChangePreview,
    scheduledChange: typeof outcome.scheduledChange,
    inv: { id: string; url: string; amount: Money } | null,
    credit: Money,
  ) {
    return {
      kind: p.kind,
      timing: p.timing,
      effectiveAt: p.effectiveAt,
      amountCharged: inv ? inv.amount : zero(p.amountDueNow.currency),
      invoice: inv ? { id: inv.id, url: inv.url, amount: inv.amount } : null,
      creditGranted: credit,
      minutesGranted: outcome.minutesGranted,
      scheduledChange,
    };
  }
}

export async function cancelScheduled(
  deps: ServerDeps,
  tx: Queryable,
  principal: Principal,
  subAccountId: string,
  now: Date,
) {
  const { record, eligibility } = await eligible(tx, principal, subAccountId, true);
  throwIfNoAccess(eligibility);
  const canceled = cancelScheduledChange({ subAccount: record.subAccount, now });
  if (isRefusal(canceled)) refused(canceled);
  const before = record.subAccount.subscription;
  const after = canceled.subAccount.subscription;
  if (!before || !after) throw new Error('cancelScheduledChange returned no subscription');
  if (!(await updateSubscription(tx, after, record.planId ?? before.terms.id, before.version))) {
    fail('quote_expired', { reason: 'version' });
  }
  await deps.billing.cancelScheduledChange(
    { tx, now, agencyId: record.subAccount.agencyId },
    { subAccount: record, subscription: after, change: canceled.canceled },
  );
}
