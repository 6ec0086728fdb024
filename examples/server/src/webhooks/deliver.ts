// The `webhook_delivery` job: one attempt to POST one event to one endpoint. The attempt is logged
// and the next one scheduled in the job's own transaction, so the log survives a failed send and a
// crash before commit only repeats the attempt (receivers dedupe on the event id).
import { WebhookEvent } from '@plankit/sdk/contract';
import * as z from 'zod/mini';
import { retryDelayMs } from '../jobs/apply';
import type { JobHandler } from '../jobs/job';
import { lockDelivery, recordAttempt, updateDelivery } from '../store/webhooks';
import { sendWebhook } from './send';
import { signatureHeader } from './sign';

/** Attempts before a delivery is given up (about 21 minutes of backoff in all); a replay adds one. */
export const MAX_WEBHOOK_ATTEMPTS = 8;

export const webhookDelivery: JobHandler = async (deps, tx, job) => {
  const delivery = await lockDelivery(tx, job.subject);
  // Stale: delivered, given up, or a retry or replay moved the attempt to another instant.
  if (delivery?.status !== 'pending' || delivery.next_attempt_at?.getTime() !== job.dueAt.getTime()) return;
  const attempt = delivery.attempts + 1;
  if (!delivery.enabled) {
    await recordAttempt(tx, delivery.id, {
      attempt,
      startedAt: job.ranAt,
      durationMs: 0,
      statusCode: null,
      error: 'endpoint disabled',
    });
    await updateDelivery(tx, delivery.id, {
      status: 'failed',
      attempts: attempt,
      nextAttemptAt: null,
      deliveredAt: null,
    });
    return;
  }
  // The contract's schema is the last check: an event the host could not parse is never sent.
  const event = z.parse(WebhookEvent, {
    id: delivery.event_id,
    type: delivery.type,
    createdAt: delivery.event_created_at.toISOString(),
    agencyId: delivery.agency_id,
    data: delivery.data,
  });
  const body = JSON.stringify(event);
  // Signed with real time, not the development clock, so the receiver's tolerance check holds.
  const result = await sendWebhook(
    delivery.url,
    body,
    { 'plankit-signature': signatureHeader(body, delivery.secret, new Date()), 'plankit-event-id': event.id },
    { timeoutMs: deps.webhookTimeoutMs },
  );
  await recordAttempt(tx, delivery.id, {
    attempt,
    startedAt: job.ranAt,
    durationMs: result.durationMs,
    statusCode: result.status,
    error: result.error,
  });
  if (result.ok) {
    await updateDelivery(tx, delivery.id, {
      status: 'delivered',
      attempts: attempt,
      nextAttemptAt: null,
      deliveredAt: job.ranAt,
    });
  } else if (attempt >= MAX_WEBHOOK_ATTEMPTS) {
    await updateDelivery(tx, delivery.id, {
      status: 'failed',
      attempts: attempt,
      nextAttemptAt: null,
      deliveredAt: null,
    });
  } else {
    const nextAttemptAt = new Date(job.ranAt.getTime() + retryDelayMs(attempt));
    await updateDelivery(tx, delivery.id, { status: 'pending', attempts: attempt, nextAttemptAt, deliveredAt: null });
  }
};
