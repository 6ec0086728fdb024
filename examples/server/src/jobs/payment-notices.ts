// An offline period's payment request reaching Past Due, then Blocked, while still unpaid: each
// approved user of the sub-account is told.
import type { Plan } from '@plankit/rules';
import type { NotificationKind } from '../store/outbox';
import { notify } from '../store/outbox';
import type { JobHandler } from './job';

const DAY_MS = 86_400_000;

function paymentNotice(kind: Extract<NotificationKind, 'payment_past_due' | 'payment_blocked'>): JobHandler {
  return async (_deps, tx, job) => {
    const [row] = await tx.query<{ sub_account_id: string; terms: Plan; period_start: Date; period_paid: boolean }>(
      'SELECT sub_account_id, terms, period_start, period_paid FROM subscriptions WHERE id = $1 AND is_current FOR UPDATE',
      [job.subject],
    );
    if (!row || row.period_paid || row.terms.price === null) return;
    const dueAt = row.period_start.getTime() + row.terms.paymentDueDays * DAY_MS;
    const instant = kind === 'payment_past_due' ? dueAt : dueAt + row.terms.graceDays * DAY_MS;
    // Stale: a later period (or other terms) has its own instants.
    if (instant !== job.dueAt.getTime()) return;
    const users = await tx.query<{ id: string }>(
      `SELECT id FROM sub_account_users WHERE sub_account_id = $1 AND status = 'approved' ORDER BY id`,
      [row.sub_account_id],
    );
    const payload = {
      subscriptionId: job.subject,
      periodStart: row.period_start.toISOString(),
      amount: row.terms.price,
      dueAt: new Date(dueAt).toISOString(),
    };
    for (const user of users) await notify(tx, kind, user.id, payload, job.dueAt);
  };
}

export const paymentPastDue = paymentNotice('payment_past_due');
export const paymentBlocked = paymentNotice('payment_blocked');
