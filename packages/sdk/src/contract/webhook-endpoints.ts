// The agency's webhook endpoints and their delivery log (events themselves: events.ts).
import * as z from 'zod/mini';
import { EventId } from './events';
import { Id, Instant } from './primitives';

/** An absolute http(s) URL without credentials, at most 2048 characters. */
export const WebhookUrl = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL without credentials'),
);

export const WebhookEndpoint = z.object({ id: Id, url: z.string(), createdAt: Instant });
export type WebhookEndpointDto = z.input<typeof WebhookEndpoint>;
export const WebhookEndpointList = z.array(WebhookEndpoint);

export const CreateWebhookEndpointRequest = z.object({ url: WebhookUrl });

/** The secret is shown here only: keep it where the receiver reads it. */
export const CreatedWebhookEndpoint = z.object({ endpoint: WebhookEndpoint, secret: z.string() });

export const WebhookAttempt = z.object({
  attempt: z.int().check(z.positive()),
  startedAt: Instant,
  durationMs: z.int().check(z.nonnegative()),
  /** The endpoint's HTTP status; null when no answer came (timeout, refused connection). */
  statusCode: z.nullable(z.int()),
  /** Why it failed; null on a 2xx. */
  error: z.nullable(z.string()),
});

export const WebhookDelivery = z.object({
  id: Id,
  eventId: EventId,
  eventType: z.string(),
  /** `pending`: an attempt is due at nextAttemptAt; `failed`: no more attempts (replay it). */
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.int().check(z.nonnegative()),
  nextAttemptAt: z.nullable(Instant),
  deliveredAt: z.nullable(Instant),
  createdAt: Instant,
  /** Every attempt, oldest first. */
  log: z.array(WebhookAttempt),
});
export type WebhookDeliveryDto = z.input<typeof WebhookDelivery>;
export const WebhookDeliveryList = z.array(WebhookDelivery);
