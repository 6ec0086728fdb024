// `@plankit/sdk/webhooks`: verify the server's signed event deliveries (Node 20, edge, browsers).

export type { EventData, EventType } from '../contract/events';
export { EVENT_TYPES, eventSchemas, WebhookEvent } from '../contract/events';
export { isWebhookVerificationError, WebhookVerificationError, type WebhookVerificationReason } from './errors';
export {
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookHeaders,
} from './verify';
