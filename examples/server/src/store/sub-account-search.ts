// Manage Users' search as SQL: the agency's sub-accounts `a`, matched on their name, their users'
// names and emails, and the plan the row shows; paged by keyset in the agency's order.
import type { SubAccount } from '@plankit/rules';
import type { Queryable, SqlParam } from '../db/db';

export interface SubAccountSearch {
  readonly agencyId: string;
  readonly needle: string;
  readonly planId: string | null;
  readonly status: SubAccount['status'] | null;
}

// The plan a row shows (routes/sub-accounts.ts): the running subscription's, else the assigned one.
// 'canceled' and 'incomplete_expired' are the statuses the rules' `isFree` counts as free.
const RUNNING = `s.id IS NOT NULL AND s.status NOT IN ('canceled', 'incomplete_expired')`;
const SHOWN_PLAN_ID = `CASE WHEN ${RUNNING} THEN s.plan_id ELSE a.assigned_plan_id END`;
const SHOWN_PLAN_NAME = `CASE WHEN ${RUNNING} THEN s.terms->>'name' ELSE p.name END`;

/** $1 agency, $2 needle, $3 its LIKE pattern, $4 plan id or null, $5 status or null. */
const MATCHES = `FROM sub_accounts a
  LEFT JOIN subscriptions s ON s.sub_account_id = a.id AND s.is_current
  LEFT JOIN plans p ON p.id = a.assigned_plan_id
  WHERE a.agency_id = $1
    AND ($4::text IS NULL OR ${SHOWN_PLAN_ID} = $4::text)
    AND ($5::text IS NULL OR a.status = $5::text)
    AND ($2 = '' OR lower(a.name) LIKE $3 OR lower(${SHOWN_PLAN_NAME}) LIKE $3
      OR EXISTS (SELECT 1 FROM sub_account_users u WHERE u.sub_account_id = a.id
        AND (lower(u.name) LIKE $3 OR lower(u.email) LIKE $3)))`;

function searchParams({ agencyId, needle, planId, status }: SubAccountSearch): SqlParam[] {
  const lowered = needle.trim().toLowerCase();
  return [agencyId, lowered, `%${lowered.replace(/[\\%_]/g, (m) => `\\${m}`)}%`, planId, status];
}

/** How many sub-accounts match, across all pages. */
export async function countSubAccounts(q: Queryable, search: SubAccountSearch): Promise<number> {
  const [row] = await q.query<{ n: number }>(`SELECT count(*)::int AS n ${MATCHES}`, searchParams(search));
  return row?.n ?? 0;
}

/**
 * The ids of up to `limit` matching sub-accounts after the sub-account `afterId`, in the agency's
 * order (position, name, id). The cursor is only an id: its row gives the position and name.
 */
export async function searchSubAccounts(
  q: Queryable,
  search: SubAccountSearch,
  page: { limit: number; afterId: string | null },
): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `SELECT a.id ${MATCHES}
       AND ($6::text IS NULL OR (a.position, a.name, a.id) >
         (SELECT c.position, c.name, c.id FROM sub_accounts c WHERE c.id = $6::text AND c.agency_id = $1))
     ORDER BY a.position, a.name, a.id LIMIT $7`,
    [...searchParams(search), page.afterId, page.limit],
  );
  return rows.map((row) => row.id);
}
