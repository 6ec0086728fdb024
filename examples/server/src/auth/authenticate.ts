// The one seam between a host's sign-in and this server: who is calling, or nobody.
import type { Actor } from '@plankit/rules';

/**
 * The caller a host's session resolves to: an agency team member or a sub-account user, by the ids
 * of this server's `users` and `sub_account_users` rows. The server reads role and status from
 * those rows itself, so a token can never raise its own role or unblock its user.
 */
export type AuthenticatedUser =
  | { readonly kind: 'agency_member'; readonly agencyId: string; readonly userId: string }
  | { readonly kind: 'sub_account_user'; readonly subAccountId: string; readonly userId: string };

/**
 * Resolve a request to its caller; null when the request carries no valid credential (answered
 * `401 unauthenticated`). Implement it over the host's own sessions: a cookie, a JWT, an API key.
 */
export type Authenticate = (request: Request) => Promise<AuthenticatedUser | null> | AuthenticatedUser | null;

/** The bearer credential of a request, or null. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S{1,2048})$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/** Try each in turn; the first that knows the caller wins. */
export function firstOf(...authenticators: readonly Authenticate[]): Authenticate {
  return async (request) => {
    for (const authenticate of authenticators) {
      const user = await authenticate(request);
      if (user) return user;
    }
    return null;
  };
}

export type { Actor };
