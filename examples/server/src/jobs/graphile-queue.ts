// The job queue on PostgreSQL: graphile-worker runs the rows of `jobs`. The row's trigger adds one
// graphile job per (task, subject, instant) in the transaction that writes the row
// (008_job_queue.sql); graphile-worker wakes on it (LISTEN/NOTIFY), runs it at its run_at on one of
// any number of instances, and the task here applies the row under a row lock, once.
import { EventEmitter } from 'node:events';
import { Logger, type Runner, run, runMigrations, runOnce, type Task, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import { z } from 'zod';
import type { ServerDeps } from '../context';
import type { Db } from '../db/db';
import { saveJobQueueSchema } from '../store/server-state';
import { claimAndApply, handlers, JOB_COLUMNS, type JobRow, syncClock } from './apply';
import type { JobCounts, JobQueue, JobTask } from './job';
import { PoolLiveness } from './pool-liveness';

const TASK = 'plankit_job';
const TASKS = Object.keys(handlers) as [JobTask, ...JobTask[]];
const Payload = z.object({ task: z.enum(TASKS), subject: z.string(), dueAt: z.string() });
/** How often each instance looks for jobs of killed instances. */
const SWEEP_MS = 1_000;
/** A development clock move waits at most this long for what fell due. */
const KICK_TIMEOUT_MS = 10 * 60_000;

/** graphile-worker's schema: per test schema, so parallel test servers share nothing. */
export function jobQueueSchema(schema: string | undefined): string {
  return schema ? `${schema}_queue` : 'graphile_worker';
}

export interface GraphileQueueOptions {
  readonly connectionString: string;
  /** Our tables' schema (tests); graphile-worker's own is derived from it. */
  readonly schema?: string | undefined;
}

/** Install graphile-worker's schema (one instance at a time) and route `jobs` rows to it. */
export async function installGraphileQueue(db: Db, options: GraphileQueueOptions): Promise<void> {
  const schema = jobQueueSchema(options.schema);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtextextended('plankit-job-queue-migrate', 0))`);
    await runMigrations({ connectionString: options.connectionString, schema, logger: quietLogger(() => null) });
  } finally {
    await client.end();
  }
  await saveJobQueueSchema(db, schema);
}

function quietLogger(deps: () => ServerDeps | null): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') deps()?.logError(`graphile-worker: ${message}`, null);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class GraphileJobQueue implements JobQueue {
  readonly #deps: () => ServerDeps;
  readonly #schema: string;
  readonly #pool: pg.Pool;
  readonly #liveness: PoolLiveness;
  readonly #events: WorkerEvents = new EventEmitter() as WorkerEvents;
  readonly #counts: Record<string, number> = {};
  #runner: Runner | null = null;
  #starting: Promise<unknown> = Promise.resolve();
  #sweeper: ReturnType<typeof setInterval> | null = null;
  #kicks: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(options: GraphileQueueOptions, deps: () => ServerDeps) {
    this.#deps = deps;
    this.#schema = jobQueueSchema(options.schema);
    this.#pool = new pg.Pool({ connectionString: options.connectionString, max: 6 });
    // An idle client's error (a server restart) must not crash the process; the pool reconnects.
    this.#pool.on('error', (error) => deps().logError('job queue pool error', error));
    this.#pool.on('connect', (client) => client.on('error', () => undefined));
    this.#liveness = new PoolLiveness(options.connectionString, this.#schema);
    this.#events.on('pool:create', ({ workerPool }) => {
      this.#liveness.hold(workerPool.id).catch((error) => deps().logError('job pool liveness', error));
    });
    this.#events.on('pool:release', ({ pool }) => {
      this.#liveness.release(pool.id).catch(() => undefined);
    });
  }

  readonly #task: Task = async (payload) => {
    const key = Payload.parse(payload);
    const deps = this.#deps();
    const now = await syncClock(deps);
    const applied = await claimAndApply(deps, now, async (tx) => {
      const [row] = await tx.query<JobRow & { run_after: Date }>(
        `SELECT ${JOB_COLUMNS}, run_after FROM jobs
         WHERE task = $1 AND subject = $2 AND due_at = $3 AND status = 'pending' FOR UPDATE`,
        [key.task, key.subject, key.dueAt],
      );
      if (!row) return undefined;
      if (row.run_after > now) {
        // Woken early (the clocks of node and the database differ a little): queue it again.
        await tx.query('UPDATE jobs SET run_after = run_after WHERE id = $1', [row.id]);
        return undefined;
      }
      return row;
    });
    if (applied && applied !== 'failed') this.#counts[applied.task] = (this.#counts[applied.task] ?? 0) + 1;
  };

  #options() {
    return {
      pgPool: this.#pool,
      schema: this.#schema,
      taskList: { [TASK]: this.#task },
      noHandleSignals: true,
      events: this.#events,
      logger: quietLogger(this.#deps),
    };
  }

  /**
   * Give every pending row a graphile job with the right run_at: a row written before the queue was
   * installed has none, and a development clock move changes when the waiting ones may run.
   */
  async #requeue(): Promise<void> {
    await this.#deps().db.query(
      `UPDATE jobs SET run_after = run_after WHERE id IN (
         SELECT j.id FROM jobs j WHERE j.status = 'pending' AND NOT EXISTS (
           SELECT 1 FROM "${this.#schema}".jobs q WHERE q.key = job_queue_key(j.task, j.subject, j.due_at)
             AND (q.locked_at IS NOT NULL OR q.run_at = job_run_at(j.run_after)))
         FOR UPDATE SKIP LOCKED)`,
    );
  }

  async #dueCount(now: Date): Promise<number> {
    const [row] = await this.#deps().db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE status = 'pending' AND run_after <= $1`,
      [now],
    );
    return row?.n ?? 0;
  }

  async #pass(): Promise<JobCounts> {
    const before = { ...this.#counts };
    const deps = this.#deps();
    const deadline = Date.now() + KICK_TIMEOUT_MS;
    for (let round = 0; !this.#stopped; round += 1) {
      const now = await syncClock(deps);
      if (round % 25 === 0) await this.#requeue();
      // Polling in the background, the runner picks them up; otherwise this process runs them now.
      if (!this.#runner) await runOnce(this.#options());
      if ((await this.#dueCount(now)) === 0 || Date.now() > deadline) break;
      if (round % 25 === 24) await this.#liveness.sweep();
      await sleep(20);
    }
    const counts: JobCounts = {};
    for (const task of TASKS) {
      const n = (this.#counts[task] ?? 0) - (before[task] ?? 0);
      if (n > 0) counts[task] = n;
    }
    return counts;
  }

  kick(): Promise<JobCounts> {
    const pass = this.#kicks.then(() => (this.#stopped ? {} : this.#pass()));
    this.#kicks = pass.catch(() => undefined);
    return pass;
  }

  start(pollMs: number): void {
    this.#starting = run({ ...this.#options(), concurrency: 2, pollInterval: pollMs })
      .then((runner) => {
        this.#runner = runner;
      })
      .catch((error) => this.#deps().logError('job queue failed to start', error));
    this.#sweeper = setInterval(() => {
      this.#liveness.sweep().catch((error) => this.#deps().logError('job queue sweep failed', error));
    }, SWEEP_MS);
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#sweeper) clearInterval(this.#sweeper);
    await this.#kicks;
    await this.#starting;
    await this.#runner?.stop();
    await this.#liveness.close();
    await this.#pool.end();
  }
}
