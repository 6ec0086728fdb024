// The eligible-users search as SQL: users `u` of the agency's sub-accounts `a`, matched on the user's
// name or email or the sub-account's name.
import type { Plan, SubAccountUser, Subscription } from '@plankit/rules';
import type { Queryable } from '../db/db';

/** $1 is the agency, $2 the needle, $3 its LIKE pattern. */
const CANDIDATES = `FROM sub_account_users u JOIN sub_accounts a ON a.id = u.sub_account_id
  WHERE a.agency_id = $1 AND ($2 = '' OR lower(u.name) LIKE $3 OR lower(u.email) LIKE $3 OR lower(a.name) LIKE $3)`;

export interface UserSearch {
  readonly agencyId: string;
  readonly needle: string;
}

function searchParams({ agencyId, needle }: UserSearch) {
  const lowered = needle.trim().toLowerCase();
  return [agencyId, lowered, `%${lowered.replace(/[\\%_]/g, (m) => `\\${m}`)}%`];
}

/** How many matching users each (sub-account, status) group has. */
export async function candidateGroups(q: Queryable, search: UserSearch) {
  return q.query<{ sub_account_id: string; status: SubAccountUser['status']; count: number }>(
    `SELECT u.sub_account_id, u.status, count(*)::int AS count ${CANDIDATES} GROUP BY u.sub_account_id, u.status`,
    searchParams(search),
  );
}

/** One page of the matching users of the given groups, by name. */
export async function candidatePage(
  q: Queryable,
  search: UserSearch,
  groups: readonly { subAccountId: string; status: string }[],
  page: { limit: number; offset: number },
) {
  return q.query<{ id: string; sub_account_id: string; name: string; email: string }>(
    `SELECT u.id, u.sub_account_id, u.name, u.email ${CANDIDATES}
       AND (u.sub_account_id, u.status) IN (SELECT e.sub_account_id, e.status
         FROM jsonb_to_recordset($4::jsonb) AS e(sub_account_id text, status text))
     ORDER BY lower(u.name) COLLATE "C", u.id COLLATE "C" LIMIT $5 OFFSET $6`,
    [
      ...searchParams(search),
      JSON.stringify(groups.map((g) => ({ sub_account_id: g.subAccountId, status: g.status }))),
      page.limit,
      page.offset,
    ],
  );
}

/** What the eligibility rules and the price read of each of the agency's sub-accounts, in one query. */
export async function eligibilityAccounts(q: Queryable, agencyId: string) {
  const rows = await q.query<{
    id: string;
    agency_id: string;
    name: string;
    access: 'active' | 'blocked';
    payment_method: string;
    status: Subscription['status'] | null;
    terms: Plan | null;
  }>(
    `SELECT a.id, a.agency_id, a.name, a.status AS access, a.payment_method, s.status, s.terms
     FROM sub_accounts a LEFT JOIN subscriptions s ON s.sub_account_id = a.id AND s.is_current
     WHERE a.agency_id = $1`,
    [agencyId],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        agencyId: row.agency_id,
        name: row.name,
        status: row.access,
        hasPaymentMethod: row.payment_method !== 'none',
        subscription: row.status === null || row.terms === null ? null : { status: row.status, terms: row.terms },
      },
    ]),
  );
}
