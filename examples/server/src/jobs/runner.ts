// The in-process runner over the `jobs` table (PGlite, one connection): claims the earliest due row
// with FOR UPDATE SKIP LOCKED and does its work in the same transaction, so a crash mid-job leaves
// nothing half-applied and the row runs again whole.
import type { ServerDeps } from '../context';
import { claimAndApply, JOB_COLUMNS, type JobRow, syncClock } from './apply';
import type { JobCounts, JobQueue } from './job';

/** Run every job due by the clock, earliest instant first (a late server catches up in order). */
export async function runDueJobs(deps: ServerDeps, { limit = 10_000 } = {}): Promise<JobCounts> {
  await syncClock(deps);
  const counts: JobCounts = {};
  for (let n = 0; n < limit; n += 1) {
    const now = deps.clock.now();
    const applied = await claimAndApply(deps, now, async (tx) => {
      const [row] = await tx.query<JobRow>(
        `SELECT ${JOB_COLUMNS} FROM jobs
         WHERE status = 'pending' AND run_after <= $1 ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      return row;
    });
    if (applied === null) break;
    if (applied !== 'failed') counts[applied.task] = (counts[applied.task] ?? 0) + 1;
    // Let waiting requests in between jobs: PGlite has one connection, and a pass years long would
    // otherwise hold it from the first job to the last.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return counts;
}

/** Runs due jobs now and then: every `pollMs`, and whenever `kick()` is called. One pass at a time. */
export class JobRunner implements JobQueue {
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

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#chain;
  }
}
