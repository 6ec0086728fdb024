// Reading the outbox: a user's delivered notifications, and the agency's failing deliveries.
import type { Queryable } from '../db/db';
import { type NotificationLocale, type NotificationValues, renderNotification } from '../notifications/catalog';
import type { NotificationKind } from '../store/outbox';

const LIMIT = 100;

export async function deliveredNotifications(q: Queryable, userId: string, locale: NotificationLocale) {
  const rows = await q.query<{
    id: number;
    kind: NotificationKind;
    payload: NotificationValues;
    created_at: Date;
    sent_at: Date;
    emailed_at: Date | null;
  }>(
    `SELECT id, kind, payload, created_at, sent_at, emailed_at FROM outbox
     WHERE recipient_user_id = $1 AND sent_at IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT ${LIMIT}`,
    [userId],
  );
  return rows.map((row) => ({
    id: `ntf_${row.id}`,
    kind: row.kind,
    ...renderNotification(row.kind, row.payload, locale),
    createdAt: row.created_at,
    deliveredAt: row.sent_at,
    emailed: row.emailed_at !== null,
  }));
}

export async function failedDeliveries(q: Queryable, agencyId: string) {
  const rows = await q.query<{
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
     ORDER BY o.created_at DESC, o.id DESC LIMIT ${LIMIT}`,
    [agencyId],
  );
  return rows.map((row) => ({
    id: `ntf_${row.id}`,
    kind: row.kind,
    recipient: { userId: row.user_id, name: row.name, email: row.email },
    attempts: row.attempts,
    lastError: row.last_error,
    status: row.status === 'failed' ? ('failed' as const) : ('retrying' as const),
    nextAttemptAt: row.status === 'failed' ? null : row.run_after,
    createdAt: row.created_at,
  }));
}
