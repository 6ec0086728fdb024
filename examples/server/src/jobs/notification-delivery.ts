// Deliver one outbox row: it becomes visible in the recipient's Notifications list, and with SMTP
// configured it is emailed in both languages. A failed send rolls back and is retried with backoff.
import type { NotificationValues } from '../notifications/catalog';
import { renderNotification } from '../notifications/catalog';
import type { NotificationKind } from '../store/outbox';
import type { JobHandler } from './job';

interface OutboxRow {
  id: number;
  kind: NotificationKind;
  payload: NotificationValues;
  sent_at: Date | null;
  email: string | null;
}

export const notificationDelivery: JobHandler = async (deps, tx, job) => {
  const [row] = await tx.query<OutboxRow>(
    `SELECT o.id, o.kind, o.payload, o.sent_at, u.email FROM outbox o
     LEFT JOIN sub_account_users u ON u.id = o.recipient_user_id WHERE o.id = $1 FOR UPDATE OF o`,
    [Number(job.subject)],
  );
  if (!row || row.sent_at) return;
  let messageId: string | null = null;
  if (deps.mailer && row.email) {
    const en = renderNotification(row.kind, row.payload, 'en');
    const de = renderNotification(row.kind, row.payload, 'de');
    messageId = await deps.mailer.send({
      to: row.email,
      subject: en.title,
      text: `${en.body}\n\n---\n\n${de.title}\n\n${de.body}\n`,
      messageId: `<notification-${row.id}@plankit.example>`,
    });
  }
  await tx.query('UPDATE outbox SET sent_at = $2, emailed_at = $3, email_message_id = $4 WHERE id = $1', [
    row.id,
    job.ranAt,
    messageId ? job.ranAt : null,
    messageId,
  ]);
};
