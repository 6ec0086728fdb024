import { addOnPacksAllowed, money, rate, usageSplit } from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const cents15 = rate(15, 'USD', 1); // 15 × 10^-1 cents = 1.5 cents = $0.015 per minute

describe('given a $0.015/min rate, 100 included minutes and no wallet', () => {
  it('bills 101.2 excess minutes as 102 whole minutes: 102 × 1.5 = 153 cents', () => {
    // used = 201.2 min = 12,072 s; 100 from included; excess 101.2 → ceil 102
    expect(
      usageSplit({
        usage: { voiceSeconds: 12_072, chats: 0, includedMinutes: 100, walletMinutes: 0 },
        terms: { usageRate: cents15, chatsPerMinute: null },
      }),
    ).toEqual({
      usedMinutes: 201.2,
      fromIncluded: 100,
      fromWallet: 0,
      excessMinutes: 101.2,
      billedExcessMinutes: 102,
      excessCharge: money(153, 'USD'),
      includedRemaining: 0,
      walletRemaining: 0,
    });
  });

  it('charges zero (not null) while usage is within the included minutes', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 3_000, chats: 0, includedMinutes: 100, walletMinutes: 0 },
      terms: { usageRate: cents15, chatsPerMinute: null },
    });
    expect(split).toMatchObject({ usedMinutes: 50, fromIncluded: 50, excessMinutes: 0, includedRemaining: 50 });
    expect(split.excessCharge).toEqual(money(0, 'USD'));
  });

  it('bills one whole minute for a single second of excess: ceil(1/60) = 1 → 1.5 rounds half away to 2 cents', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 6_001, chats: 0, includedMinutes: 100, walletMinutes: 0 },
      terms: { usageRate: cents15, chatsPerMinute: null },
    });
    expect(split.billedExcessMinutes).toBe(1);
    expect(split.excessCharge).toEqual(money(2, 'USD'));
  });
});

describe('given chat on at 4 chats per minute', () => {
  it('counts 90 voice seconds and 7 chats as 1.5 + 1.75 = 3.25 minutes', () => {
    expect(
      usageSplit({
        usage: { voiceSeconds: 90, chats: 7, includedMinutes: 3, walletMinutes: 0 },
        terms: { usageRate: cents15, chatsPerMinute: 4 },
      }),
    ).toEqual({
      usedMinutes: 3.25,
      fromIncluded: 3,
      fromWallet: 0,
      excessMinutes: 0.25,
      billedExcessMinutes: 1,
      excessCharge: money(2, 'USD'),
      includedRemaining: 0,
      walletRemaining: 0,
    });
  });
});

describe('given chat on at 3 chats per minute (thirds of a minute)', () => {
  it('accumulates 30 chats to exactly 10 minutes, so 9 included leave exactly 1 billed minute', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 0, chats: 30, includedMinutes: 9, walletMinutes: 0 },
      terms: { usageRate: rate(10, 'USD', 0), chatsPerMinute: 3 },
    });
    expect(split.excessMinutes).toBe(1);
    expect(split.billedExcessMinutes).toBe(1);
    expect(split.excessCharge).toEqual(money(10, 'USD'));
  });

  it('accumulates 1 chat above the allowance to one billed minute', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 0, chats: 28, includedMinutes: 9, walletMinutes: 0 },
      terms: { usageRate: rate(10, 'USD', 0), chatsPerMinute: 3 },
    });
    expect(split.billedExcessMinutes).toBe(1);
    expect(split.excessMinutes).toBeCloseTo(1 / 3, 12);
  });
});

describe('given chat off', () => {
  it('counts chats as 0 minutes', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 120, chats: 500, includedMinutes: 10, walletMinutes: 0 },
      terms: { usageRate: cents15, chatsPerMinute: null },
    });
    expect(split.usedMinutes).toBe(2);
    expect(split.includedRemaining).toBe(8);
  });
});

describe('given included minutes exhausted into the add-on wallet', () => {
  it('draws 500 included, then 30 of the 50 wallet minutes, with no excess', () => {
    expect(
      usageSplit({
        usage: { voiceSeconds: 530 * 60, chats: 0, includedMinutes: 500, walletMinutes: 50 },
        terms: { usageRate: cents15, chatsPerMinute: null },
      }),
    ).toEqual({
      usedMinutes: 530,
      fromIncluded: 500,
      fromWallet: 30,
      excessMinutes: 0,
      billedExcessMinutes: 0,
      excessCharge: money(0, 'USD'),
      includedRemaining: 0,
      walletRemaining: 20,
    });
  });

  it('bills beyond the wallet: 500 + 50 drawn, 10.5 excess → 11 min × 1.5 = 16.5 → 17 cents', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 560.5 * 60, chats: 0, includedMinutes: 500, walletMinutes: 50 },
      terms: { usageRate: cents15, chatsPerMinute: null },
    });
    expect(split).toMatchObject({ fromIncluded: 500, fromWallet: 50, excessMinutes: 10.5, walletRemaining: 0 });
    expect(split.excessCharge).toEqual(money(17, 'USD'));
  });
});

describe('given usage billing off', () => {
  it('reports the excess minutes but no charge (null)', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 12_072, chats: 0, includedMinutes: 100, walletMinutes: 0 },
      terms: { usageRate: null, chatsPerMinute: null },
    });
    expect(split.excessMinutes).toBe(101.2);
    expect(split.excessCharge).toBeNull();
  });
});

describe('given a KWD rate finer than a fils', () => {
  it('rounds once at the end: 7 min × 0.25 fils = 1.75 → 2 fils', () => {
    const split = usageSplit({
      usage: { voiceSeconds: 420, chats: 0, includedMinutes: 0, walletMinutes: 0 },
      terms: { usageRate: rate(25, 'KWD', 2), chatsPerMinute: null },
    });
    expect(split.excessCharge).toEqual(money(2, 'KWD'));
  });
});

describe('input checks', () => {
  it.each([
    ['negative seconds', { voiceSeconds: -1, chats: 0, includedMinutes: 0, walletMinutes: 0 }],
    ['fractional wallet', { voiceSeconds: 0, chats: 0, includedMinutes: 0, walletMinutes: 0.5 }],
  ])('rejects %s as a programming error', (_name, usage) => {
    expect(() => usageSplit({ usage, terms: { usageRate: null, chatsPerMinute: null } })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('addOnPacksAllowed', () => {
  it('follows the terms', () => {
    expect(addOnPacksAllowed({ addOnPacks: true })).toBe(true);
    expect(addOnPacksAllowed({ addOnPacks: false })).toBe(false);
  });
});

describe('property: usage is conserved and billed by whole minutes', () => {
  it('included + wallet + excess = used, and the charge is ceil(excess) × rate (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        (voiceSeconds, chats, includedMinutes, walletMinutes, chatsPerMinute) => {
          const split = usageSplit({
            usage: { voiceSeconds, chats, includedMinutes, walletMinutes },
            terms: { usageRate: rate(15, 'USD', 1), chatsPerMinute },
          });
          // Exact in units of 1 / (60 × chatsPerMinute) minute.
          const perMinute = 60 * (chatsPerMinute ?? 1);
          const used = voiceSeconds * (chatsPerMinute ?? 1) + (chatsPerMinute === null ? 0 : chats * 60);
          const excess = Math.max(0, used - (includedMinutes + walletMinutes) * perMinute);
          const billed = Math.ceil(excess / perMinute);
          expect(split.billedExcessMinutes).toBe(billed);
          // 1.5 cents a minute, half away from zero: (15 × billed) / 10
          expect(split.excessCharge).toEqual(money(Math.floor((15 * billed + 5) / 10), 'USD'));
          expect(split.fromIncluded + split.includedRemaining).toBeCloseTo(includedMinutes, 6);
          expect(split.fromWallet + split.walletRemaining).toBeCloseTo(walletMinutes, 6);
          expect(split.fromIncluded + split.fromWallet + split.excessMinutes).toBeCloseTo(split.usedMinutes, 6);
          expect(split.fromWallet === 0 || split.includedRemaining === 0).toBe(true);
          expect(split.excessMinutes === 0 || split.walletRemaining === 0).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
