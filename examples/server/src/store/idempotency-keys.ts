// Idempotency keys: one row per (caller, key) with the request's hash and, once done, its response.
import { prepared, type Queryable } from '../db/db';

const claimSql = prepared(
  'idempotency_claim',
  `INSERT INTO idempotency_keys (actor_id, key, endpoint, request_hash, created_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (actor_id, key) DO NOTHING RETURNING key`,
);
const storedSql = prepared(
  'idempotency_stored',
  'SELECT endpoint, request_hash, response_status, response_body FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
);
const saveSql = prepared(
  'idempotency_save',
  'UPDATE idempotency_keys SET response_status = 200, response_body = $3::jsonb WHERE actor_id = $1 AND key = $2',
);

export interface StoredKey {
  endpoint: string;
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
}

export interface KeyClaim {
  readonly actorId: string;
  readonly key: string;
  readonly endpoint: string;
  readonly hash: string;
}

/** Insert the key; false when it exists (this waits for a concurrent holder to commit or roll back). */
export async function claimKey(tx: Queryable, claim: KeyClaim, now: Date): Promise<boolean> {
  const inserted = await tx.query(claimSql, [claim.actorId, claim.key, claim.endpoint, claim.hash, now]);
  return inserted.length === 1;
}

export async function storedKey(q: Queryable, actorId: string, key: string): Promise<StoredKey | null> {
  const [stored] = await q.query<StoredKey>(storedSql, [actorId, key]);
  return stored ?? null;
}

export async function saveResponse(tx: Queryable, actorId: string, key: string, body: unknown): Promise<void> {
  await tx.query(saveSql, [actorId, key, JSON.stringify(body)]);
}
