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

// Refusals of invoice actions: contract codes, not rules refusals (the rules take no part in them).
const invoiceMessages = {
  invoice_not_open:
    'This invoice is {status}: only an open invoice or payment request can be paid, marked paid or voided. A paid one cannot be voided.',
  invoice_not_offline:
    'Only a payment request of an offline plan can be marked paid or voided here; a card invoice is settled by its provider.',
  not_sub_account_user:
    "Only the sub-account's own users pay its invoices. The agency marks a bank transfer received instead.",
} as const;

type TransportCode = keyof typeof transportMessages;
type InvoiceCode = keyof typeof invoiceMessages;

function isTransport(code: ErrorCode): code is TransportCode {
  return code in transportMessages;
}

function isInvoiceCode(code: ErrorCode): code is InvoiceCode {
  return code in invoiceMessages;
}

/** English text for an error code, filled with its params. */
export function describeError(code: ErrorCode, params?: Readonly<Record<string, MessageValue>>): string {
  if (isTransport(code)) return transportMessages[code];
  if (isInvoiceCode(code)) {
    const status = params?.status;
    return invoiceMessages[code].replace('{status}', typeof status === 'string' ? status : 'not open');
  }
  return describeRefusal(params === undefined ? { ok: false, reason: code } : { ok: false, reason: code, params });
}
