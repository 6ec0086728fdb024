import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Principal, ServerDeps } from './context';
import type { Queryable } from './db/db';
import { ApiError, fail } from './errors';

interface TokenRow {
  user_id: string | null;
  agency_id: string;
  role: 'owner' | 'member' | null;
  sub_account_user_id: string | null;
  sub_account_id: string | null;
  status: 'approved' | 'pending' | 'blocked' | null;
  name: string;
  email: string;
}

/** Resolve a bearer token to its caller; null when the token is unknown. */
export async function principalForToken(q: Queryable, token: string): Promise<Principal | 'blocked' | null> {
  const [row] = await q.query<TokenRow>(
    `SELECT t.user_id, t.sub_account_user_id,
       COALESCE(u.agency_id, a.agency_id) AS agency_id, u.role, su.sub_account_id, su.status,
       COALESCE(u.name, su.name) AS name, COALESCE(u.email, su.email) AS email
     FROM api_tokens t
     LEFT JOIN users u ON u.id = t.user_id
     LEFT JOIN sub_account_users su ON su.id = t.sub_account_user_id
     LEFT JOIN sub_accounts a ON a.id = su.sub_account_id
     WHERE t.token = $1`,
    [token],
  );
  if (!row) return null;
  const user = { name: row.name, email: row.email };
  if (row.user_id !== null && row.role !== null) {
    return {
      actor: { kind: 'agency_member', agencyId: row.agency_id, userId: row.user_id, role: row.role },
      agencyId: row.agency_id,
      user: { id: row.user_id, ...user },
    };
  }
  if (row.sub_account_user_id === null || row.sub_account_id === null) return null;
  // A blocked user is signed out everywhere: their token no longer works.
  if (row.status === 'blocked') return 'blocked';
  return {
    actor: { kind: 'sub_account_user', subAccountId: row.sub_account_id, userId: row.sub_account_user_id },
    agencyId: row.agency_id,
    user: { id: row.sub_account_user_id, ...user },
  };
}

/** `Authorization: Bearer <token>` → the caller; 401 unauthenticated otherwise. */
export function requireAuth(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S{1,512})$/i.exec(header);
    if (!match?.[1]) fail('unauthenticated');
    const principal = await principalForToken(deps.db, match[1]);
    if (principal === 'blocked') {
      throw new ApiError('unauthenticated', undefined, 'This user is blocked. Ask the agency to unblock the user.');
    }
    if (principal === null) fail('unauthenticated');
    c.set('principal', principal);
    await next();
  };
}

/** Agency endpoints: sub-account users get 403 not_agency_member. */
export function requireAgencyMember(principal: Principal): Extract<Principal['actor'], { kind: 'agency_member' }> {
  if (principal.actor.kind !== 'agency_member') fail('not_agency_member');
  return principal.actor;
}
