// graphile-worker marks a job it runs with its pool's id and releases it only after 4 hours if the
// process dies. Each process here holds a session advisory lock per pool it runs, on a connection of
// its own: a process killed with SIGKILL loses its connection and so its locks, and any other
// instance that can take a dead pool's lock unlocks that pool's jobs at once, so they run again.
import pg from 'pg';

const LOCK_KEY = `hashtextextended('plankit-job-pool:' || $1, 0)`;

export class PoolLiveness {
  readonly #client: pg.Client;
  readonly #schema: string;
  readonly #mine = new Set<string>();
  #connected: Promise<void> | null = null;

  constructor(connectionString: string, schema: string) {
    this.#client = new pg.Client({ connectionString, application_name: 'plankit-job-liveness' });
    // A lost connection means our locks are gone; other instances will requeue our jobs.
    this.#client.on('error', () => undefined);
    this.#schema = schema;
  }

  #connect(): Promise<void> {
    const connected = this.#connected ?? this.#client.connect().then(() => undefined);
    this.#connected = connected;
    return connected;
  }

  /** This process runs `poolId` for as long as this connection lives. */
  async hold(poolId: string): Promise<void> {
    await this.#connect();
    this.#mine.add(poolId);
    await this.#client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`, [poolId]);
  }

  async release(poolId: string): Promise<void> {
    if (!this.#mine.delete(poolId)) return;
    await this.#client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`, [poolId]);
  }

  /** Unlock the jobs of pools whose process is gone. Returns the pool ids unlocked. */
  async sweep(): Promise<string[]> {
    await this.#connect();
    const { rows } = await this.#client.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM "${this.#schema}".jobs WHERE locked_by IS NOT NULL`,
    );
    const dead: string[] = [];
    for (const { locked_by: poolId } of rows) {
      if (this.#mine.has(poolId)) continue;
      const { rows: taken } = await this.#client.query<{ ok: boolean }>(
        `SELECT pg_try_advisory_lock(${LOCK_KEY}) AS ok`,
        [poolId],
      );
      if (!taken[0]?.ok) continue;
      await this.#client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`, [poolId]);
      dead.push(poolId);
    }
    if (dead.length > 0) await this.#client.query(`SELECT "${this.#schema}".force_unlock_workers($1::text[])`, [dead]);
    return dead;
  }

  async close(): Promise<void> {
    if (this.#connected) await this.#client.end().catch(() => undefined);
  }
}
