import type { MessageValue, ReasonCode, Refusal } from '@plankit/rules';
import { type ErrorCode, type ErrorStatus, errorStatus } from '@plankit/sdk/contract';
import { describeError } from './messages';

/** A failure answered with `{ error: { code, message, params } }`; thrown from handlers, rolls back. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: ErrorStatus;
  readonly params: Readonly<Record<string, MessageValue>> | undefined;

  constructor(code: ErrorCode, params?: Readonly<Record<string, MessageValue>>, message?: string) {
    super(message ?? describeError(code, params));
    this.code = code;
    this.status = errorStatus(code);
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
