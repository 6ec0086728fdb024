// The in-process runner over the `jobs` table: claims the earliest due row with FOR UPDATE SKIP
// LOCKED and does its work in the same transaction, so a row's work commits exactly once however
// many processes run this loop on one database, and a crash mid-job leaves nothing half-applied.
import type { ServerDeps } from '../context';
import { loadClockOffsetMs } from '../store/server-state';
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
};

const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 3_600_000;

/** Exponential backoff with full jitter: attempt n waits up to 5 s × 2^(n−1), at most an hour. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

interface JobRow {
  id: number;
  task: JobTask;
  subject: string;
  due_at: Date;
  attempts: number;
}

export type JobCounts = Partial<Record<JobTask, number>>;

/** Run every job due by the clock, earliest instant first (a late server catches up in order). */
export async function runDueJobs(deps: ServerDeps, { limit = 10_000 } = {}): Promise<JobCounts> {
  // Another instance may have moved the development clock; time never runs backwards.
  const offset = await loadClockOffsetMs(deps.db);
  if (offset > deps.clock.offsetMs) deps.clock.advance((offset - deps.clock.offsetMs) / 1000);
  const counts: JobCounts = {};
  for (let n = 0; n < limit; n += 1) {
    const now = deps.clock.now();
    const attempt: { job: Job | null } = { job: null };
    let claimed: Job | null;
    try {
      claimed = await deps.db.transaction(async (tx) => {
        const [row] = await tx.query<JobRow>(
          `SELECT id, task, subject, due_at, attempts FROM jobs
           WHERE status = 'pending' AND run_after <= $1 ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        if (!row) return null;
        const job: Job = {
          id: row.id,
          task: row.task,
          subject: row.subject,
          dueAt: row.due_at,
          attempts: row.attempts,
          ranAt: now,
        };
        attempt.job = job;
        await handlers[job.task](deps, tx, job);
        await tx.query(`UPDATE jobs SET status = 'done', attempts = attempts + 1, done_at = $2 WHERE id = $1`, [
          job.id,
          now,
        ]);
        return job;
      });
    } catch (error) {
      if (!attempt.job) throw error;
      await recordFailure(deps, attempt.job, error, now);
      continue;
    }
    if (!claimed) break;
    counts[claimed.task] = (counts[claimed.task] ?? 0) + 1;
    // Let waiting requests in between jobs: PGlite has one connection, and a pass years long would
    // otherwise hold it from the first job to the last.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return counts;
}

async function recordFailure(deps: ServerDeps, job: Job, error: unknown, now: Date): Promise<void> {
  const attempts = job.attempts + 1;
  const message = error instanceof Error ? error.message : String(error);
  deps.logError(`job ${job.task} ${job.subject} at ${job.dueAt.toISOString()} failed (attempt ${attempts})`, error);
  await deps.db.query(
    `UPDATE jobs SET attempts = $2, last_error = $3, run_after = $4, status = $5 WHERE id = $1 AND status = 'pending'`,
    [
      job.id,
      attempts,
      message,
      new Date(now.getTime() + retryDelayMs(attempts)),
      attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
    ],
  );
}

/** Runs due jobs now and then: every `pollMs`, and whenever `kick()` is called. One pass at a time. */
export class JobRunner {
  readonly #deps: () => ServerDeps;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(deps: () => ServerDeps) {
    this.#deps = deps;
  }

  /** Run a pass after the one in flight and resolve with what it ran. */
  kick(): Promise<JobCounts> {
    const pass = this.#chain.then(() => (this.#stopped ? {} : runDueJobs(this.#deps())));
    this.#chain = pass.catch(() => undefined);
    return pass;
  }

  /** Poll in the background (a real clock reaches instants on its own). */
  start(pollMs: number): void {
    const tick = () => {
      this.kick()
        .catch((error) => this.#deps().logError('job runner pass failed', error))
        .finally(() => {
          if (!this.#stopped) this.#timer = setTimeout(tick, pollMs);
        });
    };
    this.#timer = setTimeout(tick, pollMs);
  }

  /** Stop polling and wait for the pass in flight, so the database can close under no job. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#chain;
  }
}
