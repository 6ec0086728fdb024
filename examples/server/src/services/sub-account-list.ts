// Manage Users: one page of the agency's sub-accounts in a fixed number of statements, whatever
// the page size (count, page ids, sub-accounts, users, assigned plans, plan invoices).
import { isFree, paymentState } from '@plankit/rules';
import type { SubAccountsQuery } from '@plankit/sdk/contract';
import type { Queryable } from '../db/db';
import { invalid } from '../errors';
import { invoicesOfSubscriptions } from '../store/invoices';
import { findPlans } from '../store/plans';
import { countSubAccounts, searchSubAccounts } from '../store/sub-account-search';
import { loadSubAccounts, usersOfSubAccounts } from '../store/sub-accounts';

export const SUB_ACCOUNTS_DEFAULT_LIMIT = 20;

export async function subAccountPage(q: Queryable, agencyId: string, query: SubAccountsQuery, now: Date) {
  const limit = query.limit === undefined ? SUB_ACCOUNTS_DEFAULT_LIMIT : Number(query.limit);
  const search = { agencyId, needle: query.q ?? '', planId: query.planId ?? null, status: query.status ?? null };
  const afterId = query.cursor ? decodeCursor(query.cursor) : null;
  const total = await countSubAccounts(q, search);
  // One more than the page tells whether another page follows.
  const ids = await searchSubAccounts(q, search, { limit: limit + 1, afterId });
  const pageIds = ids.slice(0, limit);
  const records = await loadSubAccounts(q, pageIds);
  const users = await usersOfSubAccounts(q, pageIds);
  const shown = records.map(({ subAccount }) => ({ subAccount, running: !isFree(subAccount) }));
  const assignedIds = shown.flatMap(({ subAccount, running }) =>
    !running && subAccount.assignedPlanId ? [subAccount.assignedPlanId] : [],
  );
  const plans = await findPlans(q, agencyId, [...new Set(assignedIds)]);
  const subscriptions = records.flatMap(({ subAccount }) => subAccount.subscription ?? []);
  const invoices = await invoicesOfSubscriptions(
    q,
    subscriptions.map((s) => s.id),
  );
  const items = shown.map(({ subAccount, running }) => {
    const { subscription } = subAccount;
    return {
      subAccount,
      users: users.get(subAccount.id) ?? [],
      currentPlan:
        running && subscription
          ? subscription.terms
          : subAccount.assignedPlanId
            ? (plans.get(subAccount.assignedPlanId) ?? null)
            : null,
      billingBadge:
        subscription === null
          ? ('inactive' as const)
          : paymentState({ subscription, requests: invoices.get(subscription.id) ?? [], at: now }).badge,
    };
  });
  const last = pageIds.at(-1);
  return { items, nextCursor: ids.length > limit && last ? encodeCursor(last) : null, total };
}

const encodeCursor = (id: string) => Buffer.from(`s:${id}`).toString('base64url');

function decodeCursor(cursor: string): string {
  const match = /^s:([A-Za-z0-9_-]{1,200})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) invalid('The cursor is not valid. Start again without a cursor.');
  return match[1];
}
