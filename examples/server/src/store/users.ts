// The callers' own rows: agency team members (`users`) and sub-account users.
import { prepared, type Queryable } from '../db/db';

const memberRowSql = prepared(
  'member_row',
  'SELECT agency_id, role, NULL AS status, name, email FROM users WHERE id = $1 AND agency_id = $2',
);
const subAccountUserRowSql = prepared(
  'sub_account_user_row',
  `SELECT a.agency_id, NULL AS role, su.status, su.name, su.email FROM sub_account_users su
     JOIN sub_accounts a ON a.id = su.sub_account_id WHERE su.id = $1 AND su.sub_account_id = $2`,
);

export interface UserRow {
  agency_id: string;
  role: 'owner' | 'member' | null;
  status: 'approved' | 'pending' | 'blocked' | null;
  name: string;
  email: string;
}

export async function agencyMemberRow(q: Queryable, userId: string, agencyId: string): Promise<UserRow | null> {
  const [row] = await q.query<UserRow>(memberRowSql, [userId, agencyId]);
  return row ?? null;
}

export async function subAccountUserRow(q: Queryable, userId: string, subAccountId: string): Promise<UserRow | null> {
  const [row] = await q.query<UserRow>(subAccountUserRowSql, [userId, subAccountId]);
  return row ?? null;
}
