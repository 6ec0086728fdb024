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
