import { isClockOffset } from '../clock';
import type { Queryable } from '../db/db';

/**
 * How far the development clock was moved forward, in milliseconds (0 when never). A stored value the
 * clock cannot take (written by hand or by an older server) counts as 0, so the server still starts.
 */
export async function loadClockOffsetMs(q: Queryable): Promise<number> {
  const [row] = await q.query<{ value: unknown }>(`SELECT value FROM server_state WHERE key = 'clock_offset_ms'`);
  return isClockOffset(row?.value) ? row.value : 0;
}

export async function saveClockOffsetMs(q: Queryable, offsetMs: number): Promise<void> {
  await q.query(
    `INSERT INTO server_state (key, value) VALUES ('clock_offset_ms', $1::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify(offsetMs)],
  );
}

async function saveState(q: Queryable, key: string, value: string | null): Promise<void> {
  if (value === null) {
    await q.query('DELETE FROM server_state WHERE key = $1', [key]);
    return;
  }
  await q.query(
    `INSERT INTO server_state (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [key, JSON.stringify(value)],
  );
}

/** A frozen development clock's start (CLOCK_START), or null for real time: job run_at reads it. */
export function saveClockStart(q: Queryable, start: Date | null): Promise<void> {
  return saveState(q, 'clock_start', start ? start.toISOString() : null);
}

/** The schema of graphile-worker's tables on PostgreSQL; its presence makes `jobs` rows queue there. */
export function saveJobQueueSchema(q: Queryable, schema: string | null): Promise<void> {
  return saveState(q, 'job_queue_schema', schema);
}
