import type { ServerDeps } from '../context';
import type { Queryable } from '../db/db';

export type JobTask =
  | 'subscription_period_end'
  | 'number_period_end'
  | 'payment_past_due'
  | 'payment_blocked'
  | 'notification_delivery'
  | 'webhook_delivery'
  | 'stripe_event';

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

/** How many jobs of each task a pass applied (jobs that found nothing to do are not counted). */
export type JobCounts = Partial<Record<JobTask, number>>;

/**
 * Where the due rows of `jobs` run: in-process on PGlite (runner.ts), graphile-worker on PostgreSQL
 * (graphile-queue.ts). Either way a job is enqueued by writing its row (`enqueueJob` or a trigger) in
 * the transaction of the change, and applied by the handler of its task, once.
 */
export interface JobQueue {
  /** Run what is due by the clock now and resolve once it has run (start-up, a development clock move). */
  kick(): Promise<JobCounts>;
  /** Keep running due jobs in the background (a real clock reaches instants on its own). */
  start(pollMs: number): void;
  /** Stop, waiting for the jobs in flight, so the database can close under no job. */
  stop(): Promise<void>;
}

/** Enqueue `task` for `subject` at `dueAt` in the caller's transaction; a second enqueue is a no-op. */
export async function enqueueJob(tx: Queryable, task: JobTask, subject: string, dueAt: Date): Promise<void> {
  await tx.query('SELECT enqueue_job($1, $2, $3)', [task, subject, dueAt]);
}
