// Money moves once: the key is inserted in the same transaction as the mutation's writes, so either
// both commit or neither does. A retry with the same key and body replays the stored response.
import type { Context } from 'hono';
import type { AppEnv, ServerDeps } from './context';
import type { Queryable } from './db/db';
import { fail, invalid } from './errors';
import { canonicalJson, sha256 } from './http';
import { claimKey, saveResponse, storedKey } from './store/idempotency-keys';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The Idempotency-Key header; every mutation requires one. */
export function idempotencyKey(c: Context): string {
  const key = c.req.header('idempotency-key');
  if (key === undefined) invalid('Send an Idempotency-Key header (1–255 visible ASCII characters) with every change.');
  if (!KEY_PATTERN.test(key)) invalid('The Idempotency-Key must be 1–255 visible ASCII characters.');
  return key;
}

/**
 * Run `mutate` once per (caller, key). Throwing from `mutate` rolls everything back, key included,
 * so a refused request can be retried with the same key after the cause is fixed.
 */
export async function runIdempotent(
  deps: ServerDeps,
  c: Context<AppEnv>,
  requestBody: unknown,
  mutate: (tx: Queryable, now: Date) => Promise<unknown>,
): Promise<Response> {
  const principal = c.get('principal');
  const key = idempotencyKey(c);
  const endpoint = `${c.req.method} ${c.req.path}`;
  const hash = sha256(`${endpoint}\n${canonicalJson(requestBody)}`);
  const now = deps.clock.now();
  const outcome = await deps.db.transaction(async (tx) => {
    const actorId = principal.user.id;
    if (!(await claimKey(tx, { actorId, key, endpoint, hash }, now))) {
      const stored = await storedKey(tx, actorId, key);
      if (!stored || stored.request_hash !== hash || stored.response_status === null) fail('idempotency_key_reused');
      return { status: stored.response_status, body: stored.response_body, replayed: true };
    }
    const body = await mutate(tx, now);
    await saveResponse(tx, actorId, key, body);
    return { status: 200, body, replayed: false };
  });
  if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
  return c.json(outcome.body as object, outcome.status as 200);
}
