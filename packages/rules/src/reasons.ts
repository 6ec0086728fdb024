import type { MessageValue, ReasonCode, Refusal } from './types';

/** A Refusal for `reason`, with the values its message needs. */
export function refuse(reason: ReasonCode, params?: Readonly<Record<string, MessageValue>>): Refusal {
  return params === undefined ? { ok: false, reason } : { ok: false, reason, params };
}

/** True when a result is a Refusal. */
export function isRefusal(value: { readonly ok: boolean }): value is Refusal {
  return value.ok === false;
}
