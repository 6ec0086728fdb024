// The client's error family. Every failure of a call is one of these, never a bare Error.
// Guards also match by `name`, so they work across iframes and duplicated bundles.
import type { MessageValue } from '@plankit/rules';
import type { ErrorCode } from '../contract/errors';

export type PlankitErrorKind = 'http' | 'network' | 'timeout' | 'schema';

/** Base of every error the client throws. Match with `isPlankitError`, not `instanceof`. */
export abstract class PlankitError extends Error {
  abstract readonly kind: PlankitErrorKind;
  /** The endpoint called, e.g. `changePlan`. */
  readonly endpoint: string;
  constructor(message: string, endpoint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

/** An HTTP error code: the server's, or ours when its body was not an error body. */
export type PlankitHttpErrorCode = ErrorCode | 'invalid_response';

/** The server answered with a non-2xx status. `code` is the server's reason code. */
export class PlankitHttpError extends PlankitError {
  override readonly name = 'PlankitHttpError';
  readonly kind = 'http';
  readonly status: number;
  readonly code: PlankitHttpErrorCode;
  readonly params: Readonly<Record<string, MessageValue>>;
  constructor(init: {
    endpoint: string;
    status: number;
    code: PlankitHttpErrorCode;
    message: string;
    params?: Readonly<Record<string, MessageValue>> | undefined;
    cause?: unknown;
  }) {
    super(init.message, init.endpoint, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.params = init.params ?? {};
  }
}

/** The request never got an answer: offline, DNS, refused or dropped connection. */
export class PlankitNetworkError extends PlankitError {
  override readonly name = 'PlankitNetworkError';
  readonly kind = 'network';
}

/** No answer within the client's `timeoutMs`. */
export class PlankitTimeoutError extends PlankitError {
  override readonly name = 'PlankitTimeoutError';
  readonly kind = 'timeout';
  readonly timeoutMs: number;
  constructor(message: string, endpoint: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(message, endpoint, options);
    this.timeoutMs = timeoutMs;
  }
}

export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A 2xx response whose body is not JSON or does not match its schema. Not a transport error. */
export class PlankitSchemaError extends PlankitError {
  override readonly name = 'PlankitSchemaError';
  readonly kind = 'schema';
  readonly status: number;
  readonly issues: readonly SchemaIssue[];
  constructor(init: { endpoint: string; status: number; issues: readonly SchemaIssue[]; cause?: unknown }) {
    const first = init.issues[0];
    const where = first === undefined || first.path.length === 0 ? '' : ` at ${first.path.map(String).join('.')}`;
    super(
      `The ${init.endpoint} response does not match the contract${where}: ${first?.message ?? 'invalid'}`,
      init.endpoint,
      { cause: init.cause },
    );
    this.status = init.status;
    this.issues = init.issues;
  }
}

const NAMES = ['PlankitHttpError', 'PlankitNetworkError', 'PlankitTimeoutError', 'PlankitSchemaError'];

function hasName(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;
}

/** True for any error the client throws, also from another realm or bundle. */
export function isPlankitError(value: unknown): value is PlankitError {
  return value instanceof PlankitError || NAMES.some((name) => hasName(value, name));
}
export function isPlankitHttpError(value: unknown): value is PlankitHttpError {
  return value instanceof PlankitHttpError || hasName(value, 'PlankitHttpError');
}
export function isPlankitNetworkError(value: unknown): value is PlankitNetworkError {
  return value instanceof PlankitNetworkError || hasName(value, 'PlankitNetworkError');
}
export function isPlankitTimeoutError(value: unknown): value is PlankitTimeoutError {
  return value instanceof PlankitTimeoutError || hasName(value, 'PlankitTimeoutError');
}
export function isPlankitSchemaError(value: unknown): value is PlankitSchemaError {
  return value instanceof PlankitSchemaError || hasName(value, 'PlankitSchemaError');
}
