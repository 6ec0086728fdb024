import type { Queryable } from '../db/db';

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
