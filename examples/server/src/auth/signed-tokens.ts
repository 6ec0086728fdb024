// The example `authenticate` for production: a bearer token signed with HMAC-SHA256 under a secret
// from the environment (AUTH_TOKEN_SECRET). A host's sign-in mints one per session; any other
// scheme (a session cookie, a JWT from an identity provider) plugs in the same way.
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { type Authenticate, type AuthenticatedUser, bearerToken } from './authenticate';

const PREFIX = 'pk1';
/** Shorter secrets are refused at start: an HMAC key should be at least as long as its output. */
export const MIN_SECRET_LENGTH = 32;

const Claims = z.union([
  z.strictObject({
    kind: z.literal('agency_member'),
    agencyId: z.string().check(z.minLength(1), z.maxLength(200)),
    userId: z.string().check(z.minLength(1), z.maxLength(200)),
    exp: z.int().check(z.positive()),
  }),
  z.strictObject({
    kind: z.literal('sub_account_user'),
    subAccountId: z.string().check(z.minLength(1), z.maxLength(200)),
    userId: z.string().check(z.minLength(1), z.maxLength(200)),
    exp: z.int().check(z.positive()),
  }),
]);

export function assertSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `AUTH_TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters. Generate one with \`openssl rand -hex 32\`.`,
    );
  }
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${PREFIX}.${payload}`).digest();
}

/** A token for this user, valid until `expiresAt`. */
export function signToken(user: AuthenticatedUser, expiresAt: Date, secret: string): string {
  assertSecret(secret);
  const claims = { ...user, exp: Math.floor(expiresAt.getTime() / 1000) };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${PREFIX}.${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The user of a well-signed, unexpired token; null for anything else. */
export function verifyToken(token: string, secret: string, now: Date): AuthenticatedUser | null {
  const [prefix, payload, signature, ...rest] = token.split('.');
  if (prefix !== PREFIX || !payload || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const claims = z.safeParse(Claims, json);
  if (!claims.success || claims.data.exp * 1000 <= now.getTime()) return null;
  const { exp: _exp, ...user } = claims.data;
  return user;
}

export interface SignedTokenOptions {
  readonly secret: string;
  /** Real time (never the development clock): an expired session stays expired. */
  readonly now?: () => Date;
}

export function signedTokenAuthenticator({ secret, now = () => new Date() }: SignedTokenOptions): Authenticate {
  assertSecret(secret);
  return (request) => {
    const token = bearerToken(request);
    return token ? verifyToken(token, secret, now()) : null;
  };
}
