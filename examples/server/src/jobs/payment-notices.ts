// An offline payment request reaching Past Due, then Blocked, while still open: each approved user
// of the sub-account is told. The job's subject is the request; its instants are the request's own.
import type { NotificationKind } from '../store/outbox';
import { notify } from '../store/outbox';
import type { JobHandler } from './job';

function paymentNotice(kind: Extract<NotificationKind, 'payment_past_due' | 'payment_blocked'>): JobHandler {
  return async (_deps, tx, job) => {
    const [row] = await tx.query<{
      sub_account_id: string | null;
      subscription_id: string | null;
      status: string;
      amount: number;
      currency: string;
      period_start: Date | null;
      due_at: Date | null;
      blocked_at: Date | null;
    }>(
      `SELECT sub_account_id, subscription_id, status, amount, currency, period_start, due_at, blocked_at
       FROM invoices WHERE id = $1 FOR UPDATE`,
      [job.subject],
    );
    // Paid or void since (a void request never blocks), or not a request with instants.
    if (!row?.sub_account_id || row.status !== 'open' || !row.due_at || !row.blocked_at) return;
    const instant = kind === 'payment_past_due' ? row.due_at : row.blocked_at;
    if (instant.getTime() !== job.dueAt.getTime()) return;
    const users = await tx.query<{ id: string }>(
      `SELECT id FROM sub_account_users WHERE sub_account_id = $1 AND status = 'approved' ORDER BY id`,
      [row.sub_account_id],
    );
    const payload = {
      invoiceId: job.subject,
      subscriptionId: row.subscription_id,
      periodStart: row.period_start?.toISOString() ?? null,
      amount: { amount: Number(row.amount), currency: row.currency },
      dueAt: row.due_at.toISOString(),
    };
    for (const user of users) await notify(tx, kind, user.id, payload, job.dueAt);
  };
}

export const paymentPastDue = paymentNotice('payment_past_due');
export const paymentBlocked = paymentNotice('payment_blocked');
