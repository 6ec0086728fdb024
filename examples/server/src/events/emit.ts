// Record an event for the host in the caller's transaction (README: Events and webhooks). The
// database function writes the event and one delivery job per enabled endpoint of the agency.
import { type EventData, type EventType, eventSchemas } from '@plankit/sdk/contract';
import * as z from 'zod/mini';
import type { Queryable } from '../db/db';

/** Write the event; returns its id (`evt_…`). Data that does not match its schema is our bug. */
export async function emitEvent<T extends EventType>(
  tx: Queryable,
  agencyId: string,
  type: T,
  data: EventData<T>,
  at: Date,
): Promise<string> {
  const parsed = z.safeParse(eventSchemas[type].shape.data, data);
  if (!parsed.success) throw new Error(`${type} data does not match its schema: ${parsed.error.issues[0]?.message}`);
  const [row] = await tx.query<{ id: string }>('SELECT emit_event($1, $2, $3::jsonb, $4) AS id', [
    agencyId,
    type,
    JSON.stringify(parsed.data),
    at,
  ]);
  if (!row) throw new Error('emit_event returned no id');
  return row.id;
}
