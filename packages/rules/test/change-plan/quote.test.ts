import { verifyQuote } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { MID, onPlan, starter, subAccount } from './fixtures';

const at = (seconds: number) => new Date(MID.getTime() + seconds * 1000);

describe('verifyQuote', () => {
  const sa = onPlan(starter, { version: 3 });

  it('honours a quote on the same version within the 600 s default', () => {
    expect(verifyQuote({ subAccount: sa, quotedAt: MID, quotedVersion: 3, now: at(600) })).toEqual({ ok: true });
  });

  it('expires a quote one second past the TTL', () => {
    expect(verifyQuote({ subAccount: sa, quotedAt: MID, quotedVersion: 3, now: at(601) })).toEqual({
      ok: false,
      reason: 'quote_expired',
      params: { reason: 'age', ttlSeconds: 600 },
    });
  });

  it('uses the policy’s TTL', () => {
    const policy = { quoteTtlSeconds: 30 };
    expect(verifyQuote({ subAccount: sa, quotedAt: MID, quotedVersion: 3, now: at(31), policy }).ok).toBe(false);
    expect(verifyQuote({ subAccount: sa, quotedAt: MID, quotedVersion: 3, now: at(30), policy }).ok).toBe(true);
  });

  it('expires a quote when the subscription version moved', () => {
    expect(verifyQuote({ subAccount: sa, quotedAt: MID, quotedVersion: 2, now: at(1) })).toEqual({
      ok: false,
      reason: 'quote_expired',
      params: { reason: 'version' },
    });
  });

  it('does not honour a quote from the future', () => {
    expect(verifyQuote({ subAccount: sa, quotedAt: at(5), quotedVersion: 3, now: MID }).ok).toBe(false);
  });

  it('matches a free sub-account’s null version', () => {
    expect(verifyQuote({ subAccount: subAccount(), quotedAt: MID, quotedVersion: null, now: at(10) })).toEqual({
      ok: true,
    });
  });
});
