import type { ServerDeps } from '../context';
import type { Queryable } from '../db/db';

export type JobTask =
  | 'subscription_period_end'
  | 'number_period_end'
  | 'payment_past_due'
  | 'payment_blocked'
  | 'notification_delivery';

/** One row of `jobs`: the work of `task` for `subject` at the instant `dueAt`. */
export interface Job {
  readonly id: number;
  readonly task: JobTask;
  readonly subject: string;
  readonly dueAt: Date;
  readonly attempts: number;
  /** The clock when this attempt started (for records of when work was done, not for what to do). */
  readonly ranAt: Date;
}

/**
 * Does the job's work inside the transaction that claimed it. It reads time as `job.dueAt`, never the
 * clock, so a job that runs late does what it would have done on time. Running it again for a subject
 * that has moved on must change nothing.
 */
export type JobHandler = (deps: ServerDeps, tx: Queryable, job: Job) => Promise<void>;
