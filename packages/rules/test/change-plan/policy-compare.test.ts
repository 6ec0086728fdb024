import { comparePlans, defaultPolicy, isRulesError, money, resolvePolicy } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { eurStarter, plan, pro, proPlus, proTwin, proYearly, starter } from './fixtures';

describe('resolvePolicy', () => {
  it('defaults every knob as design.md states', () => {
    expect(resolvePolicy()).toEqual({
      selfServe: false,
      stripeDowngradeTiming: 'period_end',
      userPicksTiming: false,
      carryOverOnUpgrade: false,
      overLimit: 'warn',
      openInvoice: 'allow',
      quoteTtlSeconds: 600,
    });
    expect(resolvePolicy()).toBe(defaultPolicy);
  });

  it('keeps the defaults for knobs the host leaves out or sets undefined', () => {
    expect(resolvePolicy({ overLimit: 'block', selfServe: undefined })).toEqual({
      ...defaultPolicy,
      overLimit: 'block',
    });
  });

  it('refuses a fractional or negative TTL', () => {
    expect(() => resolvePolicy({ quoteTtlSeconds: -1 })).toThrowError(/quoteTtlSeconds/);
    expect(() => resolvePolicy({ quoteTtlSeconds: 1.5 })).toThrowError(/quoteTtlSeconds/);
  });
});

describe('comparePlans', () => {
  it('compares price per average day first', () => {
    expect(comparePlans(starter, pro)).toBe('higher');
    expect(comparePlans(pro, starter)).toBe('lower');
    // 400.00 a year is 1.10/day, below Pro's 40.00 a month = 1.31/day.
    expect(comparePlans(pro, proYearly)).toBe('lower');
  });

  it('treats 12 × monthly and the same yearly price as the same price per day', () => {
    // 40.00 × 12 = 480.00: 4000 × 365,242,500 = 48000 × 30,436,875 exactly.
    const sameYearly = plan({ ...proYearly, id: 'y', price: money(48_000, 'USD'), includedMinutes: 1000 });
    expect(comparePlans(pro, sameYearly)).toBe('same');
  });

  it('breaks a price tie by included minutes', () => {
    expect(comparePlans(pro, proPlus)).toBe('higher');
    expect(comparePlans(proPlus, pro)).toBe('lower');
    expect(comparePlans(pro, proTwin)).toBe('same');
  });

  it('counts a plan without a recurring fee as 0', () => {
    const usageOnly = plan({ id: 'usage', price: null, includedMinutes: 0 });
    expect(comparePlans(usageOnly, starter)).toBe('higher');
    expect(comparePlans(starter, usageOnly)).toBe('lower');
  });

  it('never compares two currencies', () => {
    try {
      comparePlans(starter, eurStarter);
      expect.fail('expected an error');
    } catch (error) {
      expect(isRulesError(error) && error.code).toBe('currency_mismatch');
    }
  });
});
