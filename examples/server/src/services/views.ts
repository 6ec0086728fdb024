// Response views assembled from the store and the rules (billing badge, usage split).
import { isFree, paymentState, type SubAccount, usageSplit } from '@plankit/rules';
import type { Queryable } from '../db/db';
import type { PageLinks } from '../page-links';
import { type InvoiceRecord, invoicesOfSubscription } from '../store/invoices';
import { findPlan } from '../store/plans';
import { listSubAccountUsers, type SubAccountRecord } from '../store/sub-accounts';

/** The badge and the request the banner shows, from the same stored instants. */
export async function paymentOf(q: Queryable, subAccount: SubAccount, now: Date) {
  const subscription = subAccount.subscription;
  if (subscription === null) return { badge: 'inactive' as const, request: null };
  const requests = await invoicesOfSubscription(q, subscription.id);
  return paymentState({ subscription, requests, at: now });
}

/** The open request as the card's banner shows it: amount, link, and its own due and Blocked instants. */
export function openInvoiceView(request: InvoiceRecord | null, links: PageLinks) {
  return request
    ? {
        id: request.id,
        url: links.url('invoices', request.id),
        amount: request.total,
        dueAt: request.deadlines?.dueAt ?? null,
        blockedAt: request.deadlines?.blockedAt ?? null,
      }
    : null;
}

/** SubAccountDetail: the Billing tab's data. */
export async function subAccountDetail(q: Queryable, record: SubAccountRecord, now: Date, links: PageLinks) {
  const { subAccount } = record;
  const subscription = subAccount.subscription;
  const payment = await paymentOf(q, subAccount, now);
  return {
    subAccount,
    users: await listSubAccountUsers(q, subAccount.id),
    assignedPlan: subAccount.assignedPlanId ? await findPlan(q, subAccount.agencyId, subAccount.assignedPlanId) : null,
    billingBadge: payment.badge,
    usage:
      subscription === null || isFree(subscription)
        ? null
        : usageSplit({ usage: subAccount.usage, terms: subscription.terms }),
    openInvoice: openInvoiceView(payment.request, links),
  };
}
