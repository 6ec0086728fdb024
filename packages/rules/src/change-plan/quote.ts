import { resolvePolicy } from '../policy';
import { refuse } from '../reasons';
import type { ChangePlanPolicy, Refusal, SubAccount } from '../types';

export interface VerifyQuoteInput {
  readonly subAccount: SubAccount;
  readonly quotedAt: Date;
  /** The subscription version the quote was made against; null for a free sub-account. */
  readonly quotedVersion: number | null;
  readonly now: Date;
  readonly policy?: Partial<ChangePlanPolicy> | undefined;
}

/**
 * Whether a quote can still be honoured: the subscription has not changed since (same version) and
 * the quote is no older than the policy's TTL. A quote from the future is not honoured either.
 */
export function verifyQuote({
  subAccount,
  quotedAt,
  quotedVersion,
  now,
  policy,
}: VerifyQuoteInput): { readonly ok: true } | Refusal {
  const { quoteTtlSeconds } = resolvePolicy(policy);
  const version = subAccount.subscription?.version ?? null;
  const age = now.getTime() - quotedAt.getTime();
  if (version !== quotedVersion) return refuse('quote_expired', { reason: 'version' });
  if (Number.isNaN(age) || age < 0 || age > quoteTtlSeconds * 1000) {
    return refuse('quote_expired', { reason: 'age', ttlSeconds: quoteTtlSeconds });
  }
  return { ok: true };
}
