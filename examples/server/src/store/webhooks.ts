// Webhook endpoints, their deliveries and each delivery's attempts.
import type { Queryable } from '../db/db';
import { newId } from '../ids';

export interface EndpointRow {
  id: string;
  agency_id: string;
  url: string;
  secret: string;
  enabled: boolean;
  created_at: Date;
}

export async function insertEndpoint(
  q: Queryable,
  endpoint: { agencyId: string; url: string; secret: string },
  now: Date,
): Promise<EndpointRow> {
  const [row] = await q.query<EndpointRow>(
    `INSERT INTO webhook_endpoints (id, agency_id, url, secret, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (agency_id, url) DO UPDATE SET secret = EXCLUDED.secret, enabled = true RETURNING *`,
    [newId('we'), endpoint.agencyId, endpoint.url, endpoint.secret, now],
  );
  if (!row) throw new Error('endpoint not written');
  return row;
}

export async function listEndpoints(q: Queryable, agencyId: string): Promise<EndpointRow[]> {
  return q.query<EndpointRow>(
    'SELECT * FROM webhook_endpoints WHERE agency_id = $1 AND enabled ORDER BY created_at, id',
    [agencyId],
  );
}

export async function findEndpoint(q: Queryable, agencyId: string, id: string): Promise<EndpointRow | null> {
  const [row] = await q.query<EndpointRow>('SELECT * FROM webhook_endpoints WHERE id = $1 AND agency_id = $2', [
    id,
    agencyId,
  ]);
  return row ?? null;
}

/** Stop sending to it; its deliveries and their log stay. Pending deliveries find it disabled. */
export async function disableEndpoint(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE webhook_endpoints SET enabled = false WHERE id = $1', [id]);
}

export interface DeliveryRow {
  id: string;
  event_id: string;
  endpoint_id: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}

/** A delivery with what sending it needs, locked for the attempt. */
export interface SendableDelivery extends DeliveryRow {
  url: string;
  secret: string;
  enabled: boolean;
  agency_id: string;
  type: string;
  event_created_at: Date;
  data: unknown;
}

export async function lockDelivery(q: Queryable, id: string): Promise<SendableDelivery | null> {
  const [row] = await q.query<SendableDelivery>(
    `SELECT d.*, w.url, w.secret, w.enabled, e.agency_id, e.type, e.created_at AS event_created_at, e.data
     FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id JOIN events e ON e.id = d.event_id
     WHERE d.id = $1 FOR UPDATE OF d`,
    [id],
  );
  return row ?? null;
}

export interface AttemptRecord {
  readonly attempt: number;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly statusCode: number | null;
  readonly error: string | null;
}

export async function recordAttempt(q: Queryable, deliveryId: string, a: AttemptRecord): Promise<void> {
  await q.query(
    `INSERT INTO webhook_attempts (delivery_id, attempt, started_at, duration_ms, status_code, error)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [deliveryId, a.attempt, a.startedAt, a.durationMs, a.statusCode, a.error],
  );
}

/** Where the delivery stands after an attempt; `nextAttemptAt` gets its own job. */
export async function updateDelivery(
  q: Queryable,
  id: string,
  next: { status: DeliveryRow['status']; attempts: number; nextAttemptAt: Date | null; deliveredAt: Date | null },
): Promise<void> {
  await q.query(
    `UPDATE webhook_deliveries SET status = $2, attempts = $3, next_attempt_at = $4,
       delivered_at = coalesce($5, delivered_at) WHERE id = $1`,
    [id, next.status, next.attempts, next.nextAttemptAt, next.deliveredAt],
  );
  if (!next.nextAttemptAt) return;
  await q.query('SELECT enqueue_job($1, $2, $3)', ['webhook_delivery', id, next.nextAttemptAt]);
  // A replay at an instant that already had its job (a clock standing still): that job runs again.
  await q.query(
    `UPDATE jobs SET status = 'pending', run_after = due_at
     WHERE task = 'webhook_delivery' AND subject = $1 AND due_at = $2 AND status <> 'pending'`,
    [id, next.nextAttemptAt],
  );
}

export interface DeliveryLogRow extends DeliveryRow {
  type: string;
  attempts_log: {
    attempt: number;
    startedAt: string;
    durationMs: number;
    statusCode: number | null;
    error: string | null;
  }[];
}

/** An endpoint's deliveries, newest first, each with its attempts oldest first. */
export async function listDeliveries(q: Queryable, endpointId: string, limit: number): Promise<DeliveryLogRow[]> {
  return q.query<DeliveryLogRow>(
    `SELECT d.*, e.type, coalesce((
       SELECT jsonb_agg(jsonb_build_object('attempt', a.attempt,
         'startedAt', to_char(a.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'durationMs', a.duration_ms, 'statusCode', a.status_code, 'error', a.error) ORDER BY a.id)
       FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]'::jsonb) AS attempts_log
     FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
     WHERE d.endpoint_id = $1 ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
    [endpointId, limit],
  );
}

export async function findDelivery(q: Queryable, endpointId: string, id: string): Promise<DeliveryRow | null> {
  const [row] = await q.query<DeliveryRow>(
    'SELECT * FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2 FOR UPDATE',
    [id, endpointId],
  );
  return row ?? null;
}
