// The error body every endpoint returns on failure.
import { REASON_CODES } from '@plankit/rules';
import * as z from 'zod/mini';
import { MessageValues } from './messages';

/** Codes for failures that are not business refusals. */
export const TRANSPORT_ERROR_CODES = [
  'invalid_request',
  'unauthenticated',
  'idempotency_key_reused',
  'concurrent_update',
  'internal_error',
] as const;

/**
 * Refusals of an action on an invoice or payment request: it is not open (paid, void, draft,
 * uncollectible), it is a card invoice where only an offline request may be marked paid or voided,
 * or the caller is not one of the sub-account's users (only they pay).
 */
export const INVOICE_ERROR_CODES = ['invoice_not_open', 'invoice_not_offline', 'not_sub_account_user'] as const;

export const ERROR_CODES = [...REASON_CODES, ...INVOICE_ERROR_CODES, ...TRANSPORT_ERROR_CODES] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** `{ error: { code, message, params? } }`; params are tagged message values (see MessageValue). */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    params: z.optional(MessageValues),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The HTTP statuses the contract answers errors with. */
export type ErrorStatus = 400 | 401 | 402 | 403 | 404 | 409 | 422 | 500;

/** Codes whose status is not 422; every other code (a business refusal) is 422. CONTRACT.md's table. */
export const ERROR_STATUS: Readonly<Partial<Record<ErrorCode, ErrorStatus>>> = {
  invalid_request: 400,
  unauthenticated: 401,
  card_declined: 402,
  not_agency_member: 403,
  not_sub_account_user: 403,
  invoice_not_open: 409,
  not_found: 404,
  quote_expired: 409,
  number_not_unassigned: 409,
  concurrent_update: 409,
  internal_error: 500,
};

/** The HTTP status of an error code: the one table the server, the fakes and the docs share. */
export function errorStatus(code: ErrorCode): ErrorStatus {
  return ERROR_STATUS[code] ?? 422;
}
