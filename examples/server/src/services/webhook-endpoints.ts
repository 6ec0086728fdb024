// The agency's webhook endpoints: register, list, stop, read the delivery log, replay a delivery.
import type { Queryable } from '../db/db';
import { notFound } from '../errors';
import {
  disableEndpoint,
  type EndpointRow,
  findDelivery,
  findEndpoint,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  updateDelivery,
} from '../store/webhooks';
import { newWebhookSecret } from '../webhooks/sign';

const view = (row: EndpointRow) => ({ id: row.id, url: row.url, createdAt: row.created_at });

export async function endpointsOf(q: Queryable, agencyId: string) {
  return (await listEndpoints(q, agencyId)).map(view);
}

export async function registerEndpoint(tx: Queryable, agencyId: string, url: string, now: Date) {
  const secret = newWebhookSecret();
  const row = await insertEndpoint(tx, { agencyId, url, secret }, now);
  return { endpoint: view(row), secret };
}

async function enabledEndpoint(q: Queryable, agencyId: string, id: string): Promise<EndpointRow> {
  const row = await findEndpoint(q, agencyId, id);
  if (!row?.enabled) notFound('webhook endpoint');
  return row;
}

export async function removeEndpoint(tx: Queryable, agencyId: string, id: string) {
  await enabledEndpoint(tx, agencyId, id);
  await disableEndpoint(tx, id);
  return endpointsOf(tx, agencyId);
}

const LOG_LIMIT = 100;

export async function deliveryLog(q: Queryable, agencyId: string, endpointId: string) {
  await enabledEndpoint(q, agencyId, endpointId);
  const rows = await listDeliveries(q, endpointId, LOG_LIMIT);
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    eventType: row.type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
    log: row.attempts_log.map((attempt) => ({ ...attempt, startedAt: new Date(attempt.startedAt) })),
  }));
}

/** Send it again now with the same event id (a pending one: its next attempt moves to now). */
export async function replayDelivery(tx: Queryable, agencyId: string, endpointId: string, id: string, now: Date) {
  await enabledEndpoint(tx, agencyId, endpointId);
  const delivery = await findDelivery(tx, endpointId, id);
  if (!delivery) notFound('webhook delivery');
  await updateDelivery(tx, id, {
    status: 'pending',
    attempts: delivery.attempts,
    nextAttemptAt: now,
    deliveredAt: null,
  });
  const [replayed] = (await deliveryLog(tx, agencyId, endpointId)).filter((d) => d.id === id);
  if (!replayed) notFound('webhook delivery');
  return replayed;
}
