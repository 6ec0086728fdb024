import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { ApiError, fail } from '../errors';
import { agencyMemberRow, subAccountUserRow } from '../store/users';
import type { AuthenticatedUser } from './authenticate';

/**
 * The caller's principal, read from this server's own user rows: role and status come from there,
 * never from the credential. Null when the user does not exist (any more); 'blocked' for a user
 * the agency blocked.
 */
export async function principalFor(q: Queryable, user: AuthenticatedUser): Promise<Principal | 'blocked' | null> {
  if (user.kind === 'agency_member') {
    const row = await agencyMemberRow(q, user.userId, user.agencyId);
    if (!row?.role) return null;
    return {
      actor: { kind: 'agency_member', agencyId: row.agency_id, userId: user.userId, role: row.role },
      agencyId: row.agency_id,
      user: { id: user.userId, name: row.name, email: row.email },
      standing: 'approved',
    };
  }
  const row = await subAccountUserRow(q, user.userId, user.subAccountId);
  if (!row?.status) return null;
  // A blocked user is signed out everywhere: their credential no longer works.
  if (row.status === 'blocked') return 'blocked';
  return {
    actor: { kind: 'sub_account_user', subAccountId: user.subAccountId, userId: user.userId },
    agencyId: row.agency_id,
    user: { id: user.userId, name: row.name, email: row.email },
    standing: row.status,
  };
}

/** The host's `authenticate` → the caller; 401 unauthenticated otherwise. */
export function requireAuth(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = await deps.authenticate(c.req.raw);
    const principal = user ? await principalFor(deps.db, user) : null;
    if (principal === 'blocked') {
      throw new ApiError('unauthenticated', undefined, 'This user is blocked. Ask the agency to unblock the user.');
    }
    if (principal === null) fail('unauthenticated');
    c.set('principal', principal);
    await next();
  };
}

/** What a pending sub-account user may call: who it is, and its own sub-account's billing. */
const PENDING_MAY = [/^\/v1\/me$/, /^\/v1\/sub-accounts\/[^/]+$/];

/**
 * A pending user (invited, not yet approved by the agency) reads at most its own sub-account's
 * billing; every other call is `user_not_approved`. Runs after requireAuth.
 */
export function pendingMayOnlyRead(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (principal.standing === 'pending' && !(c.req.method === 'GET' && PENDING_MAY.some((p) => p.test(c.req.path)))) {
      fail(
        'user_not_approved',
        { status: 'pending' },
        'Your access is pending: until the agency approves you, you can only view your sub-account’s billing. Ask the agency to approve you.',
      );
    }
    await next();
  };
}

/** Agency endpoints: sub-account users get 403 not_agency_member. */
export function requireAgencyMember(principal: Principal): Extract<Principal['actor'], { kind: 'agency_member' }> {
  if (principal.actor.kind !== 'agency_member') fail('not_agency_member');
  return principal.actor;
}
