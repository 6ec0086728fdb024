import { REASON_CODES, type ReasonCode, type Refusal } from '@plankit/rules';

/** What went wrong, as the dialog shows it. */
export type FailureView =
  | { readonly kind: 'refusal'; readonly refusal: Pick<Refusal, 'reason' | 'params'> }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'unexpected' };

const reasons = new Set<string>(REASON_CODES);

// Matched by `name` like the sdk's own guards, so errors from another bundle or realm still match.
function named(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** Sorts any thrown value into what the user can do about it. */
export function describeFailure(error: unknown): FailureView {
  if (named(error, 'PlankitHttpError')) {
    const { code, params } = error as { code?: unknown; params?: Refusal['params'] };
    if (typeof code === 'string' && reasons.has(code)) {
      return { kind: 'refusal', refusal: { reason: code as ReasonCode, params: params ?? {} } };
    }
    return { kind: 'unexpected' };
  }
  if (named(error, 'PlankitNetworkError')) return { kind: 'network' };
  if (named(error, 'PlankitTimeoutError')) return { kind: 'timeout' };
  return { kind: 'unexpected' };
}

export function isReason(error: unknown, reason: ReasonCode): boolean {
  const failure = describeFailure(error);
  return failure.kind === 'refusal' && failure.refusal.reason === reason;
}

/**
 * A load the server refused outright (403: not allowed here, 404: not in your agency) as a refusal
 * of access, so a component renders nothing (or the host's disabled trigger) instead of an error
 * with a Retry that cannot succeed. Undefined for any other failure.
 */
export function accessRefusal(error: unknown): Pick<Refusal, 'reason' | 'params'> | undefined {
  if (!named(error, 'PlankitHttpError')) return undefined;
  const { status } = error as { status?: unknown };
  if (status !== 403 && status !== 404) return undefined;
  const failure = describeFailure(error);
  if (failure.kind === 'refusal') return failure.refusal;
  return { reason: status === 404 ? 'not_found' : 'not_agency_member', params: {} };
}
