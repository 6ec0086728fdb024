// The error body every endpoint returns on failure.
import { REASON_CODES } from '@plankit/rules';
import * as z from 'zod/mini';
import { MessageValues } from './messages';

/** Codes for failures that are not business refusals. */
export const TRANSPORT_ERROR_CODES = [
  'invalid_request',
  'unauthenticated',
  'idempotency_key_reused',
  'internal_error',
] as const;

export const ERROR_CODES = [...REASON_CODES, ...TRANSPORT_ERROR_CODES] as const;
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
