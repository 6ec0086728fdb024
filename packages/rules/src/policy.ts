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
  if (partial === undefined) return defaultPolicy;
  const resolved: ChangePlanPolicy = { ...defaultPolicy };
  for (const key of Object.keys(defaultPolicy) as (keyof ChangePlanPolicy)[]) {
    const value = partial[key];
    if (value !== undefined) Object.assign(resolved, { [key]: value });
  }
  if (!Number.isSafeInteger(resolved.quoteTtlSeconds) || resolved.quoteTtlSeconds < 0) {
    throw new RulesError(
      'invalid_argument',
      `quoteTtlSeconds is a whole number >= 0; got ${resolved.quoteTtlSeconds}.`,
    );
  }
  return resolved;
}
