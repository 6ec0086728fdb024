import { RulesError } from './errors';
import type { ChangePlanPolicy } from './types';

/** The host's change-plan policy when it states nothing (design.md, "Policy knobs"). */
export const defaultPolicy: ChangePlanPolicy = Object.freeze({
  selfServe: false,
  stripeDowngradeTiming: 'period_end',
  userPicksTiming: false,
  carryOverOnUpgrade: false,
  overLimit: 'warn',
  openInvoice: 'allow',
  quoteTtlSeconds: 600,
});

/** The default policy with the host's overrides; an undefined knob keeps its default. */
export function resolvePolicy(partial?: Partial<ChangePlanPolicy>): ChangePlanPolicy {
  if (partial === undefined || partial === defaultPolicy) return defaultPolicy;
  const resolved: ChangePlanPolicy = {
    selfServe: partial.selfServe ?? defaultPolicy.selfServe,
    stripeDowngradeTiming: partial.stripeDowngradeTiming ?? defaultPolicy.stripeDowngradeTiming,
    userPicksTiming: partial.userPicksTiming ?? defaultPolicy.userPicksTiming,
    carryOverOnUpgrade: partial.carryOverOnUpgrade ?? defaultPolicy.carryOverOnUpgrade,
    overLimit: partial.overLimit ?? defaultPolicy.overLimit,
    openInvoice: partial.openInvoice ?? defaultPolicy.openInvoice,
    quoteTtlSeconds: partial.quoteTtlSeconds ?? defaultPolicy.quoteTtlSeconds,
  };
  if (!Number.isSafeInteger(resolved.quoteTtlSeconds) || resolved.quoteTtlSeconds < 0) {
    throw new RulesError(
      'invalid_argument',
      `quoteTtlSeconds is a whole number >= 0; got ${resolved.quoteTtlSeconds}.`,
    );
  }
  return resolved;
}
