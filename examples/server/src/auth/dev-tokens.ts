// Development only: the seeded bearer tokens (`tok_owner_northwind`, …) of the `api_tokens` table.
// Never wired in production, and production refuses to start on a database that holds them.
import type { Queryable } from '../db/db';
import { seedTokens } from '../seed';
import { listTokens, tokenOwner } from '../store/api-tokens';
import { type Authenticate, type AuthenticatedUser, bearerToken } from './authenticate';

/** The caller a development token stands for, or null. */
export async function userForDevToken(q: Queryable, token: string): Promise<AuthenticatedUser | null> {
  const row = await tokenOwner(q, token);
  if (row?.user_id && row.agency_id) return { kind: 'agency_member', agencyId: row.agency_id, userId: row.user_id };
  if (row?.sub_account_user_id && row.sub_account_id) {
    return { kind: 'sub_account_user', subAccountId: row.sub_account_id, userId: row.sub_account_user_id };
  }
  return null;
}

export function devTokenAuthenticator(q: Queryable): Authenticate {
  return async (request) => {
    const token = bearerToken(request);
    return token ? userForDevToken(q, token) : null;
  };
}

/** Seeded tokens found in this database (they are published in the README). */
export async function seededTokensIn(q: Queryable): Promise<string[]> {
  const rows = await listTokens(q);
  const seeded = new Set(seedTokens.map((t) => t.token));
  return rows
    .map((row) => row.token)
    .filter((token) => seeded.has(token))
    .sort();
}
