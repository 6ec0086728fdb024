// Applying one claimed row of `jobs`, shared by both runners: the handler's work and the row marked
// done commit together, and a failure is recorded on the row with the next attempt's instant.

import { stripeEvent } from '../billing/stripe/webhook-inbox';
import { isClockOffset } from '../clock';
import type { ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { loadClockOffsetMs, saveClockOffsetMs } from '../store/server-state';
import { webhookDelivery } from '../webhooks/deliver';
import type { Job, JobHandler, JobTask } from './job';
import { notificationDelivery } from './notification-delivery';
import { numberPeriodEnd } from './number-period-end';
import { paymentBlocked, paymentPastDue } from './payment-notices';
import { subscriptionPeriodEnd } from './subscription-period-end';

export const handlers: Readonly<Record<JobTask, JobHandler>> = {
  subscription_period_end: subscriptionPeriodEnd,
  number_period_end: numberPeriodEnd,
  payment_past_due: paymentPastDue,
  payment_blocked: paymentBlocked,
  notification_delivery: notificationDelivery,
  webhook_delivery: webhookDelivery,
  stripe_event: stripeEvent,
};

const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 3_600_000;

/** Exponential backoff with full jitter: attempt n waits up to 5 s × 2^(n−1), at most an hour. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface JobRow {
  id: number;
  task: JobTask;
  subject: string;
  due_at: Date;
  attempts: number;
}

export const JOB_COLUMNS = 'id, task, subject, due_at, attempts';

/** Do the row's work and mark it done, in the transaction that holds the row locked. */
export async function applyJob(deps: ServerDeps, tx: Queryable, row: JobRow, now: Date): Promise<Job> {
  const job: Job = {
    id: row.id,
    task: row.task,
    subject: row.subject,
    dueAt: row.due_at,
    attempts: row.attempts,
    ranAt: now,
  };
  await handlers[job.task](deps, tx, job);
  await tx.query(`UPDATE jobs SET status = 'done', attempts = attempts + 1, done_at = $2 WHERE id = $1`, [job.id, now]);
  return job;
}

/** The attempt rolled back: count it, keep the error, and set when the next one may run. */
export async function recordFailure(deps: ServerDeps, row: JobRow, error: unknown, now: Date): Promise<void> {
  const attempts = row.attempts + 1;
  const message = error instanceof Error ? error.message : String(error);
  deps.logError(`job ${row.task} ${row.subject} at ${row.due_at.toISOString()} failed (attempt ${attempts})`, error);
  await deps.db.query(
    `UPDATE jobs SET attempts = $2, last_error = $3, run_after = $4, status = $5 WHERE id = $1 AND status = 'pending'`,
    [
      row.id,
      attempts,
      message,
      new Date(now.getTime() + retryDelayMs(attempts)),
      attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
    ],
  );
}

/**
 * Claim one row with `claim` (which must lock it) and apply it. Resolves with the job applied, null
 * when `claim` found nothing, or 'failed' when the work threw (recorded on the row).
 */
export async function claimAndApply(
  deps: ServerDeps,
  now: Date,
  claim: (tx: Queryable) => Promise<JobRow | undefined>,
): Promise<Job | null | 'failed'> {
  const attempt: { row: JobRow | null } = { row: null };
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await claim(tx);
      if (!row) return null;
      attempt.row = row;
      return applyJob(deps, tx, row, now);
    });
  } catch (error) {
    if (!attempt.row) throw error;
    await recordFailure(deps, attempt.row, error, now);
    return 'failed';
  }
}

/**
 * One development clock for every instance and for the database, whose trigger times the queued jobs
 * by the stored offset: take a move another instance stored, and store a move made in this process.
 * Time never runs backwards.
 */
export async function syncClock(deps: ServerDeps): Promise<Date> {
  const offset = await loadClockOffsetMs(deps.db);
  if (offset > deps.clock.offsetMs) deps.clock.advance((offset - deps.clock.offsetMs) / 1000);
  else if (offset < deps.clock.offsetMs && isClockOffset(deps.clock.offsetMs)) {
    await saveClockOffsetMs(deps.db, deps.clock.offsetMs);
  }
  return deps.clock.now();
}
