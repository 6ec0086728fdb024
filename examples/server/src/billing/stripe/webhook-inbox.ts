// Inbound Stripe events: the route stores each verified event once (its id is the key) and answers
// at once; the `stripe_event` job applies it. Jobs run in order of the events' creation at Stripe,
// and an event about an object older than the last one applied is stale (links.claimNewer), so
// duplicate and out-of-order deliveries change nothing.
import * as z from 'zod/mini';
import type { Queryable } from '../../db/db';
import type { JobHandler } from '../../jobs/job';

/** What the route needs of an event before storing it; Stripe's library verified the signature. */
export const StripeEventEnvelope = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(255)),
  type: z.string().check(z.minLength(1), z.maxLength(255)),
  created: z.int().check(z.nonnegative()),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type StripeEventEnvelope = z.infer<typeof StripeEventEnvelope>;

/** Store the event and enqueue its job, in one transaction; false when this id was already received. */
export async function receiveStripeEvent(q: Queryable, event: StripeEventEnvelope, payload: string, now: Date) {
  const created = new Date(event.created * 1000);
  const rows = await q.query(
    `INSERT INTO stripe_events (id, type, created_at, received_at, payload) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [event.id, event.type, created, now, payload],
  );
  if (rows.length === 0) return false;
  // Due at its creation at Stripe (never later than now): events waiting together run oldest first.
  const due = created.getTime() < now.getTime() ? created : now;
  await q.query('SELECT enqueue_job($1, $2, $3)', ['stripe_event', event.id, due]);
  return true;
}

export const stripeEvent: JobHandler = async (deps, tx, job) => {
  const [row] = await tx.query<{ payload: unknown; processed_at: Date | null }>(
    'SELECT payload, processed_at FROM stripe_events WHERE id = $1 FOR UPDATE',
    [job.subject],
  );
  if (!row || row.processed_at) return;
  // Thrown, the job is retried with backoff: the provider may be switched back to Stripe.
  if (!deps.billing.applyWebhookEvent)
    throw new Error(`Stripe event ${job.subject} but billing is ${deps.billing.name}`);
  const outcome = await deps.billing.applyWebhookEvent(deps, tx, row.payload);
  await tx.query('UPDATE stripe_events SET processed_at = $2, outcome = $3 WHERE id = $1', [
    job.subject,
    job.ranAt,
    outcome,
  ]);
};
