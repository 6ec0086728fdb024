// Manage Users' search as SQL: the agency's sub-accounts `a`, matched on their name, their users'
// names and emails, and the plan the row shows; paged by keyset in the agency's order. Only the
// filters given are written into the statement, so the unfiltered list joins nothing and a page
// is a range of the sub_accounts_agency_order index.
import type { SubAccount } from '@plankit/rules';
import type { Queryable, SqlParam } from '../db/db';

export interface SubAccountSearch {
  readonly agencyId: string;
  readonly needle: string;
  readonly planId: string | null;
  readonly status: SubAccount['status'] | null;
}

// The plan a row shows (services/sub-account-list.ts): the running subscription's, else the
// assigned one. 'canceled' and 'incomplete_expired' are the statuses the rules' `isFree` counts free.
const shownPlanId = (a: string, s: string) =>
  `CASE WHEN ${s}.id IS NOT NULL AND ${s}.status NOT IN ('canceled', 'incomplete_expired')
    THEN ${s}.plan_id ELSE ${a}.assigned_plan_id END`;
const SHOWN_PLAN_ID = shownPlanId('a', 's');
// The name is the catalog's (a subscription's terms keep the name it had when it started; reading
// them per row costs more than the rest of the search).
const PLAN_JOINS = `LEFT JOIN subscriptions s ON s.sub_account_id = a.id AND s.is_current
  LEFT JOIN plans p ON p.id = ${SHOWN_PLAN_ID}`;

/** `FROM … WHERE …` of the search, with its parameters ($1, $2, … in order). */
function matches(search: SubAccountSearch): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const param = (value: SqlParam) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`a.agency_id = ${param(search.agencyId)}`];
  if (search.status !== null) where.push(`a.status = ${param(search.status)}`);
  if (search.planId !== null) where.push(`${SHOWN_PLAN_ID} = ${param(search.planId)}`);
  const needle = search.needle.trim().toLowerCase();
  if (needle !== '') {
    const like = param(`%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    // Each branch starts from its own index (trigram GIN on the lowered names and emails; the
    // plans' few rows), so a rare needle reads a few rows rather than every user. The plan branch
    // joins nothing when no plan's name matches.
    where.push(`a.id IN (
      SELECT m.id FROM sub_accounts m WHERE m.agency_id = $1 AND lower(m.name) LIKE ${like}
      UNION SELECT u.sub_account_id FROM sub_account_users u
        WHERE lower(u.name) LIKE ${like} OR lower(u.email) LIKE ${like}
      UNION SELECT a2.id FROM sub_accounts a2
        LEFT JOIN subscriptions s2 ON s2.sub_account_id = a2.id AND s2.is_current
        JOIN plans p2 ON p2.id = ${shownPlanId('a2', 's2')}
        WHERE a2.agency_id = $1 AND lower(p2.name) LIKE ${like})`);
  }
  const joins = search.planId !== null ? PLAN_JOINS : '';
  return { sql: `FROM sub_accounts a ${joins} WHERE ${where.join(' AND ')}`, params };
}

/** How many sub-accounts match, across all pages. */
export async function countSubAccounts(q: Queryable, search: SubAccountSearch): Promise<number> {
  const { sql, params } = matches(search);
  const [row] = await q.query<{ n: number }>(`SELECT count(*)::int AS n ${sql}`, params);
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
  const { sql, params } = matches(search);
  const after =
    page.afterId === null
      ? ''
      : `AND (a.position, a.name, a.id) > (SELECT c.position, c.name, c.id FROM sub_accounts c
           WHERE c.id = $${params.push(page.afterId)} AND c.agency_id = $1)`;
  const rows = await q.query<{ id: string }>(
    `SELECT a.id ${sql} ${after} ORDER BY a.position, a.name, a.id LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows.map((row) => row.id);
}
