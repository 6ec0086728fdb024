import { describe, expect, it } from 'vitest';
import {
  BuyNumberRequest,
  EligibleUsersQuery,
  ERROR_CODES,
  ErrorBody,
  Instant,
  Money,
  PhoneNumberView,
  PlanChangePreview,
  Rate,
  SubAccount,
} from '../../src/contract';
import { numberDto, subAccountDto } from '../fixtures';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('Money on the wire', () => {
  it('accepts safe integers of minor units in a 3–10 character code', () => {
    expect(ok(Money, { amount: -500, currency: 'USD' })).toBe(true);
    expect(ok(Money, { amount: Number.MAX_SAFE_INTEGER, currency: 'USDT' })).toBe(true);
  });

  it('refuses fractions, unsafe integers, strings and lower-case or odd codes', () => {
    expect(
      [
        { amount: 10.5, currency: 'USD' },
        { amount: 2 ** 53, currency: 'USD' },
        { amount: '100', currency: 'USD' },
        { amount: 100, currency: 'usd' },
        { amount: 100, currency: 'US' },
        { amount: 100, currency: 'DOLLARSXXXX' },
      ].map((value) => ok(Money, value)),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('bounds a rate’s scale to 0–18', () => {
    expect(ok(Rate, { amount: 15, currency: 'USD', scale: 3 })).toBe(true);
    expect(ok(Rate, { amount: 15, currency: 'USD', scale: 19 })).toBe(false);
    expect(ok(Rate, { amount: 15, currency: 'USD', scale: -1 })).toBe(false);
  });
});

describe('instants on the wire', () => {
  it('are UTC ISO-8601 strings with Z', () => {
    expect(ok(Instant, '2026-11-22T10:00:00.000Z')).toBe(true);
    expect(ok(Instant, '2026-11-22T10:00:00Z')).toBe(true);
  });

  it('refuse offsets, dates without time, and impossible dates', () => {
    expect(
      ['2026-11-22T10:00:00+01:00', '2026-11-22', '2026-02-30T00:00:00Z', 1_763_805_600_000].map((v) => ok(Instant, v)),
    ).toEqual([false, false, false, false]);
  });
});

describe('the preview union', () => {
  const base = {
    targetPlanId: 'plan_starter',
    quotedAt: '2026-11-22T10:00:00.000Z',
    quotedVersion: 3,
    effectiveAt: '2026-12-01T00:00:00.000Z',
    amountDueNow: { amount: 0, currency: 'USD' },
    creditAmount: { amount: 0, currency: 'USD' },
    minutesGrantedNow: 0,
    prorationLines: [],
    overLimit: [{ resource: 'agents', usage: 8, cap: 5 }],
    blockers: [{ reason: 'over_limit', params: { resource: { type: 'string', value: 'agents' } } }],
    summary: [{ key: 'changes_on', values: { date: { type: 'date', value: '2026-12-01T00:00:00.000Z' } } }],
  };

  it('accepts a scheduled downgrade with no new period', () => {
    expect(ok(PlanChangePreview, { ...base, kind: 'stripe_downgrade', timing: 'period_end', newPeriod: null })).toBe(
      true,
    );
  });

  it('refuses a scheduled change of a kind that never waits, or one that starts a period', () => {
    expect(ok(PlanChangePreview, { ...base, kind: 'offline_upgrade', timing: 'period_end', newPeriod: null })).toBe(
      false,
    );
    const period = { start: '2026-12-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' };
    expect(ok(PlanChangePreview, { ...base, kind: 'stripe_downgrade', timing: 'period_end', newPeriod: period })).toBe(
      false,
    );
  });

  it('refuses an untagged message value', () => {
    const summary = [{ key: 'due_now', values: { amount: { amount: 500, currency: 'USD' } } }];
    expect(ok(PlanChangePreview, { ...base, summary, kind: 'lateral', timing: 'now', newPeriod: null })).toBe(false);
  });
});

describe('the error body', () => {
  it('carries every reason code of the rules plus the transport codes', () => {
    expect(ERROR_CODES).toContain('payment_type_mismatch');
    expect(ERROR_CODES.slice(-5)).toEqual([
      'invalid_request',
      'unauthenticated',
      'idempotency_key_reused',
      'concurrent_update',
      'internal_error',
    ]);
    expect(ok(ErrorBody, { error: { code: 'quote_expired', message: 'Review the new quote.' } })).toBe(true);
  });

  it('refuses a code the contract does not know', () => {
    expect(ok(ErrorBody, { error: { code: 'teapot', message: 'no' } })).toBe(false);
  });
});

describe('requests', () => {
  it('a number purchase needs a country, an area code and distinct capabilities', () => {
    expect(ok(BuyNumberRequest, { country: 'US', areaCode: '415', capabilities: ['voice', 'sms'] })).toBe(true);
    expect(ok(BuyNumberRequest, { country: 'US', areaCode: '415', capabilities: ['voice', 'voice'] })).toBe(false);
    expect(ok(BuyNumberRequest, { country: 'US', areaCode: '415', capabilities: [] })).toBe(false);
    expect(ok(BuyNumberRequest, { country: 'usa', areaCode: '415', capabilities: ['sms'] })).toBe(false);
  });

  it('an eligible-users page size is 1–100', () => {
    expect(['1', '20', '100', '0', '101', '-1', '2.5'].map((limit) => ok(EligibleUsersQuery, { limit }))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the fixtures the other tests use', () => {
  it('match the contract', () => {
    expect(ok(SubAccount, subAccountDto)).toBe(true);
    expect(ok(PhoneNumberView, numberDto)).toBe(true);
  });
});
