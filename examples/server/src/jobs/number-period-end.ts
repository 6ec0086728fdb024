// A number's period end: a releasing number goes back to the pool, an active one renews for a month.
import { isRefusal, transitionNumber } from '@plankit/rules';
import { numberReleased } from '../events/numbers';
import { loadNumber, saveNumber } from '../store/numbers';
import { notify } from '../store/outbox';
import type { JobHandler } from './job';

export const numberPeriodEnd: JobHandler = async (deps, tx, job) => {
  const number = await loadNumber(tx, job.subject, { forUpdate: true });
  if (!number || (number.state !== 'active' && number.state !== 'releasing')) return;
  if (number.periodEnd?.getTime() !== job.dueAt.getTime()) return;
  const now = job.dueAt;
  const moved = transitionNumber({ number, event: { type: 'period_end' }, now });
  if (isRefusal(moved)) return;
  const next = moved.number;
  // The row's trigger enqueues the renewed number's next period end in this transaction.
  await saveNumber(tx, next);
  if (number.state === 'releasing') {
    await numberReleased(tx, number, now);
    await tx.query('DELETE FROM number_attachments WHERE phone_number_id = $1', [number.id]);
    if (number.assignedTo) {
      await notify(tx, 'number_released', number.assignedTo.userId, { numberId: number.id, e164: number.e164 }, now);
    }
  } else if (next.periodEnd) {
    await deps.billing.renewNumber({ tx, now, agencyId: number.agencyId }, { number: next, periodEnd: next.periodEnd });
  }
};
