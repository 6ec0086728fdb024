import type { MessageValue } from '@plankit/rules';
import { describeRefusal } from '@plankit/rules/messages';
import type { ErrorCode } from '@plankit/sdk/contract';

// Messages for the transport codes; reason codes take their messages from the rules' catalog.
const transportMessages = {
  invalid_request: 'The request is not valid. Fix the request body or parameters, then retry.',
  unauthenticated: 'Sign in: send a valid bearer token in the Authorization header.',
  concurrent_update:
    'Another change to the same records was being saved at the same moment. Retry with the same Idempotency-Key.',
  idempotency_key_reused:
    'This Idempotency-Key was already used for a different request. Send a new key for a new request.',
  internal_error: 'Something went wrong on the server. Retry later; if it persists, contact support.',
} as const;

type TransportCode = keyof typeof transportMessages;

function isTransport(code: ErrorCode): code is TransportCode {
  return code in transportMessages;
}

/** English text for an error code, filled with its params. */
export function describeError(code: ErrorCode, params?: Readonly<Record<string, MessageValue>>): string {
  if (isTransport(code)) return transportMessages[code];
  return describeRefusal(params === undefined ? { ok: false, reason: code } : { ok: false, reason: code, params });
}
