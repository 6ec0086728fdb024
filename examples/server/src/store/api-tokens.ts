// Development bearer tokens (`api_tokens`): which user each stands for.
import { prepared, type Queryable } from '../db/db';

const tokenOwnerSql = prepared(
  'token_owner',
  `SELECT t.user_id, u.agency_id, t.sub_account_user_id, su.sub_account_id FROM api_tokens t
     LEFT JOIN users u ON u.id = t.user_id LEFT JOIN sub_account_users su ON su.id = t.sub_account_user_id
     WHERE t.token = $1`,
);

export interface TokenOwnerRow {
  user_id: string | null;
  agency_id: string | null;
  sub_account_user_id: string | null;
  sub_account_id: string | null;
}

export async function tokenOwner(q: Queryable, token: string): Promise<TokenOwnerRow | null> {
  const [row] = await q.query<TokenOwnerRow>(tokenOwnerSql, [token]);
  return row ?? null;
}

/** Every token with its description, in the order the user switcher lists them. */
export async function listTokens(q: Queryable): Promise<{ token: string; description: string }[]> {
  return q.query<{ token: string; description: string }>(
    'SELECT token, description FROM api_tokens ORDER BY position, token',
  );
}
