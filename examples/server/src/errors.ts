import type { MessageValue, ReasonCode, Refusal } from '@plankit/rules';
import type { ErrorCode } from '@plankit/sdk/contract';
import { describeError } from './messages';

/** HTTP status for each error code (CONTRACT.md's table); business refusals are 422. */
export function statusFor(code: ErrorCode): 400 | 401 | 403 | 404 | 409 | 422 | 500 {
  switch (code) {
    case 'invalid_request':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'not_agency_member':
      return 403;
    case 'not_found':
      return 404;
    case 'quote_expired':
    case 'number_not_unassigned':
      return 409;
    case 'internal_error':
      return 500;
    default:
      return 422;
  }
}

/** A failure answered with `{ error: { code, message, params } }`; thrown from handlers, rolls back. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: ReturnType<typeof statusFor>;
  readonly params: Readonly<Record<string, MessageValue>> | undefined;

  constructor(code: ErrorCode, params?: Readonly<Record<string, MessageValue>>, message?: string) {
    super(message ?? describeError(code, params));
    this.code = code;
    this.status = statusFor(code);
    this.params = params;
  }
}

export function fail(code: ErrorCode, params?: Readonly<Record<string, MessageValue>>, message?: string): never {
  throw new ApiError(code, params, message);
}

/** Throw a rules Refusal as the matching API error. */
export function refused(refusal: Refusal): never {
  throw new ApiError(refusal.reason, refusal.params);
}

export function notFound(what: string): never {
  throw new ApiError('not_found', { what });
}

export function invalid(message: string): never {
  throw new ApiError('invalid_request', undefined, message);
}

export type { ReasonCode };
