// Reading the outbox: a user's delivered notifications, and the agency's failing deliveries.
import type { Queryable } from '../db/db';
import { type NotificationLocale, renderNotification } from '../notifications/catalog';
import { deliveredRows, failedDeliveryRows } from '../store/outbox';

const LIMIT = 100;

export async function deliveredNotifications(q: Queryable, userId: string, locale: NotificationLocale) {
  const rows = await deliveredRows(q, userId, LIMIT);
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
  const rows = await failedDeliveryRows(q, agencyId, LIMIT);
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
