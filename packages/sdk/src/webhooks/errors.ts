// Why a webhook delivery was refused. A string union, so a receiver can log and count by reason.

export type WebhookVerificationReason =
  /** No `Plankit-Signature` header. */
  | 'missing_signature'
  /** The header is not `t=<unix seconds>,v1=<hex>`. */
  | 'malformed_signature'
  /** `t` is further from now than the tolerance (a replayed or delayed request). */
  | 'timestamp_out_of_tolerance'
  /** No `v1` matches the HMAC of this body with this secret. */
  | 'signature_mismatch'
  /** Signed correctly, but the body is not JSON. */
  | 'invalid_json'
  /** Signed correctly, but not an event of the contract (a newer server may send new types). */
  | 'invalid_payload'
  /** The `Plankit-Event-Id` header names another event than the body. */
  | 'event_id_mismatch';

/** A delivery `verifyWebhook` refused. Answer it with a 400; match with `isWebhookVerificationError`. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;
  constructor(reason: WebhookVerificationReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** Also matches by `name`, so it works across bundles and realms. */
export function isWebhookVerificationError(error: unknown): error is WebhookVerificationError {
  return (
    error instanceof WebhookVerificationError ||
    (error instanceof Error && error.name === 'WebhookVerificationError' && 'reason' in error)
  );
}
