// Response views assembled from the store and the rules (billing badge, usage split).
import { billingBadge, isFree, type SubAccount, usageSplit } from '@plankit/rules';
import type { Queryable } from '../db/db';
import { findPlan } from '../store/plans';
import { listSubAccountUsers, type SubAccountRecord } from '../store/sub-accounts';

export function badgeOf(subAccount: SubAccount, now: Date) {
  const subscription = subAccount.subscription;
  return subscription === null ? 'inactive' : billingBadge({ subscription, at: now });
}

export async function openInvoiceOf(q: Queryable, subAccountId: string, baseUrl: string) {
  const [row] = await q.query<{ id: string; amount: number; currency: string }>(
    `SELECT id, amount, currency FROM invoices WHERE sub_account_id = $1 AND status = 'open' AND phone_number_id IS NULL
     ORDER BY created_at DESC, id LIMIT 1`,
    [subAccountId],
  );
  return row
    ? { id: row.id, url: `${baseUrl}/invoices/${row.id}`, amount: { amount: row.amount, currency: row.currency } }
    : null;
}

/** SubAccountDetail: the Billing tab's data. */
export async function subAccountDetail(q: Queryable, record: SubAccountRecord, now: Date, baseUrl: string) {
  const { subAccount } = record;
  const subscription = subAccount.subscription;
  return {
    subAccount,
    users: await listSubAccountUsers(q, subAccount.id),
    assignedPlan: subAccount.assignedPlanId ? await findPlan(q, subAccount.agencyId, subAccount.assignedPlanId) : null,
    billingBadge: badgeOf(subAccount, now),
    usage:
      subscription === null || isFree(subscription)
        ? null
        : usageSplit({ usage: subAccount.usage, terms: subscription.terms }),
    openInvoice: await openInvoiceOf(q, subAccount.id, baseUrl),
  };
}
