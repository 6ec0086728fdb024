import { REASON_CODES, type ReasonCode, type Refusal } from '@plankit/rules';
import type { MessageKey } from '../messages/en';

/** What went wrong, as a component shows it. */
export type Failure =
  | { readonly kind: 'refusal'; readonly refusal: Pick<Refusal, 'reason' | 'params'> }
  | { readonly kind: 'network' | 'timeout' | 'unexpected' };

const reasons = new Set<string>(REASON_CODES);
// Matched by `name` like the sdk's guards, so errors from another bundle or realm still match.
const named = (error: unknown, name: string) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/** Sorts any thrown value into what the user can do about it. */
export function toFailure(error: unknown): Failure {
  if (named(error, 'PlankitHttpError')) {
    const { code, params } = error as { code?: unknown; params?: Refusal['params'] };
    return typeof code === 'string' && reasons.has(code)
      ? { kind: 'refusal', refusal: { reason: code as ReasonCode, params: params ?? {} } }
      : { kind: 'unexpected' };
  }
  if (named(error, 'PlankitNetworkError')) return { kind: 'network' };
  if (named(error, 'PlankitTimeoutError')) return { kind: 'timeout' };
  return { kind: 'unexpected' };
}

/** The message key for a transport failure (refusals read their reason's message instead). */
export const transportMessage = {
  network: 'error.network',
  timeout: 'error.timeout',
  unexpected: 'error.unexpected',
} as const satisfies Record<string, MessageKey>;
