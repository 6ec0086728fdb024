import type { Queryable } from '../db/db';
import type { NotificationValues } from '../notifications/catalog';

export type NotificationKind =
  | 'number_pending_activation'
  | 'number_unassigned'
  | 'number_released'
  | 'payment_past_due'
  | 'payment_blocked';

/** Record a notification for a user, in the caller's transaction; a job delivers it. */
export async function notify(
  tx: Queryable,
  kind: NotificationKind,
  userId: string,
  payload: object,
  now: Date,
): Promise<void> {
  await tx.query('INSERT INTO outbox (kind, recipient_user_id, payload, created_at) VALUES ($1, $2, $3::jsonb, $4)', [
    kind,
    userId,
    JSON.stringify(payload),
    now,
  ]);
}

/** The user's delivered notifications, newest first. */
export async function deliveredRows(q: Queryable, userId: string, limit: number) {
  return q.query<{
    id: number;
    kind: NotificationKind;
    payload: NotificationValues;
    created_at: Date;
    sent_at: Date;
    emailed_at: Date | null;
  }>(
    `SELECT id, kind, payload, created_at, sent_at, emailed_at FROM outbox
     WHERE recipient_user_id = $1 AND sent_at IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT $2`,
    [userId, limit],
  );
}

/** The agency's undelivered notifications whose job has failed at least once, newest first. */
export async function failedDeliveryRows(q: Queryable, agencyId: string, limit: number) {
  return q.query<{
    id: number;
    kind: NotificationKind;
    user_id: string;
    name: string;
    email: string;
    attempts: number;
    last_error: string;
    status: 'pending' | 'failed';
    run_after: Date;
    created_at: Date;
  }>(
    `SELECT o.id, o.kind, u.id AS user_id, u.name, u.email, j.attempts, j.last_error, j.status, j.run_after, o.created_at
     FROM outbox o
     JOIN sub_account_users u ON u.id = o.recipient_user_id
     JOIN sub_accounts a ON a.id = u.sub_account_id
     JOIN jobs j ON j.task = 'notification_delivery' AND j.subject = o.id::text
     WHERE a.agency_id = $1 AND o.sent_at IS NULL AND j.last_error IS NOT NULL
     ORDER BY o.created_at DESC, o.id DESC LIMIT $2`,
    [agencyId, limit],
  );
}
