import {
  comparePricePerDay,
  isRulesError,
  type Money,
  money,
  type Proration,
  periodContaining,
  prorate,
} from '@plankit/rules';
import { describe, expect, it } from 'vitest';

function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return isRulesError(error) ? error.code : 'not a RulesError';
  }
  return 'no error';
}

/** credit, charge, due as plain amounts, for compact rows. */
const amounts = (p: Proration) => [p.credit.amount, p.charge.amount, p.due.amount];

// A 30-day period: 2024-04-01 → 2024-05-01 = 30 × 86,400 = 2,592,000 s.
const april = { periodStart: new Date('2024-04-01T00:00:00Z'), periodEnd: new Date('2024-05-01T00:00:00Z') };

describe('given a USD 10.00 → 20.00 change exactly mid-period (Stripe’s own example)', () => {
  it('credits 5.00, charges 10.00 and leaves 5.00 due', () => {
    // 2024-01-01 → 2024-01-31 is 30 days; at Jan 16 15 days remain: f = 1/2
    expect(
      prorate({
        from: money(1000, 'USD'),
        to: money(2000, 'USD'),
        periodStart: new Date('2024-01-01T00:00:00Z'),
        periodEnd: new Date('2024-01-31T00:00:00Z'),
        at: new Date('2024-01-16T00:00:00Z'),
      }),
    ).toEqual({ credit: money(-500, 'USD'), charge: money(1000, 'USD'), due: money(500, 'USD') });
  });
});

describe('proration to the second', () => {
  it.each([
    // 10 days 3 hours left: May 1 00:00 − 10 d 3 h = Apr 20 21:00.
    // remaining = 10 × 86,400 + 3 × 3,600 = 874,800 s; f = 874,800 / 2,592,000 = 0.3375
    // credit = −round(4,900 × 0.3375 = 1,653.75) = −1,654; charge = round(9,900 × 0.3375 = 3,341.25) = 3,341
    ['2024-04-20T21:00:00.000Z', 4900, 9900, [-1654, 3341, 1687]],
    // a fraction of a second counts as the whole second it started in (Stripe's Unix timestamps)
    ['2024-04-20T21:00:00.999Z', 4900, 9900, [-1654, 3341, 1687]],
    // one second later: 874,799 s; 100,000,000 × 874,799 / 2,592,000 = 33,749,961.41… → 33,749,961
    // and 10,000 × 874,799 / 2,592,000 = 3,374.996… → 3,375
    ['2024-04-20T21:00:01.000Z', 10_000, 100_000_000, [-3375, 33_749_961, 33_746_586]],
    // 1 s before the end: f = 1 / 2,592,000; 100,000,000 / 2,592,000 = 38.58… → 39; 4,900 × f → 0
    ['2024-04-30T23:59:59.000Z', 4900, 100_000_000, [0, 39, 39]],
  ])('at %s, %i → %i cents: credit, charge, due = %o', (at, from, to, expected) => {
    expect(amounts(prorate({ ...april, from: money(from, 'USD'), to: money(to, 'USD'), at: new Date(at) }))).toEqual(
      expected,
    );
  });
});

describe('given a proration that lands exactly on half a minor unit', () => {
  // mid-April: 1,296,000 of 2,592,000 s remain, f = 1/2
  const at = new Date('2024-04-16T00:00:00Z');

  it('rounds the credit and the charge each away from zero', () => {
    // credit = −(101 / 2 = 50.5) → −51; charge = 305 / 2 = 152.5 → 153 (half-even would give 152)
    expect(amounts(prorate({ ...april, from: money(101, 'USD'), to: money(305, 'USD'), at }))).toEqual([-51, 153, 102]);
  });

  it('rounds a downgrade the same way: 305 → 101', () => {
    // credit = −152.5 → −153; charge = 50.5 → 51; due = −102
    expect(amounts(prorate({ ...april, from: money(305, 'USD'), to: money(101, 'USD'), at }))).toEqual([
      -153, 51, -102,
    ]);
  });
});

describe('currencies with 0 and 3 minor-unit digits', () => {
  // 2024-01-01 → 2024-01-31 = 30 days; at Jan 21 10 days remain: f = 1/3
  const january = {
    periodStart: new Date('2024-01-01T00:00:00Z'),
    periodEnd: new Date('2024-01-31T00:00:00Z'),
    at: new Date('2024-01-21T00:00:00Z'),
  };

  it('prorates JPY in whole yen: ¥1,000 → ¥3,000 with a third left', () => {
    // credit = −(1,000 / 3 = 333.33) → −333; charge = 3,000 / 3 = 1,000; due = 667
    expect(prorate({ ...january, from: money(1000, 'JPY'), to: money(3000, 'JPY') })).toEqual({
      credit: money(-333, 'JPY'),
      charge: money(1000, 'JPY'),
      due: money(667, 'JPY'),
    });
  });

  it('prorates KWD in fils: 9.990 → 19.990 with a third left', () => {
    // credit = −(9,990 / 3 = 3,330); charge = 19,990 / 3 = 6,663.33 → 6,663; due = 3,333 fils = KWD 3.333
    expect(prorate({ ...january, from: money(9990, 'KWD'), to: money(19_990, 'KWD') })).toEqual({
      credit: money(-3330, 'KWD'),
      charge: money(6663, 'KWD'),
      due: money(3333, 'KWD'),
    });
  });
});

describe('given a 2-month plan anchored on 2024-01-31', () => {
  it('prorates over the whole 60-day period found from the anchor', () => {
    const period = periodContaining(
      new Date('2024-01-31T00:00:00Z'),
      { unit: 'month', count: 2 },
      new Date('2024-02-14T12:00:00Z'),
    );
    // Jan 31 → Mar 31: 29 days to Feb 29 + 31 days to Mar 31 = 60 days
    expect(period.end.toISOString()).toBe('2024-03-31T00:00:00.000Z');
    // remaining: Feb 14 12:00 → Mar 31 00:00 = 15 d (to Feb 29 12:00) + 30.5 d = 45.5 d; f = 45.5 / 60
    // credit = −(10,000 × 45.5 / 60 = 7,583.33) → −7,583; charge = 16,000 × 45.5 / 60 = 12,133.33 → 12,133
    const result = prorate({
      from: money(10_000, 'USD'),
      to: money(16_000, 'USD'),
      periodStart: period.start,
      periodEnd: period.end,
      at: new Date('2024-02-14T12:00:00Z'),
    });
    expect(amounts(result)).toEqual([-7583, 12_133, 4550]);
  });
});

describe('at the edges of the period', () => {
  it('at the start, due is the whole difference', () => {
    // f = 1: credit −4,900, charge 9,900, due 5,000
    expect(
      amounts(prorate({ ...april, from: money(4900, 'USD'), to: money(9900, 'USD'), at: april.periodStart })),
    ).toEqual([-4900, 9900, 5000]);
  });

  it('at the end, nothing is credited, charged or due', () => {
    const result = prorate({ ...april, from: money(4900, 'USD'), to: money(9900, 'USD'), at: april.periodEnd });
    expect(result).toEqual({ credit: money(0, 'USD'), charge: money(0, 'USD'), due: money(0, 'USD') });
    expect(Object.is(result.credit.amount, 0)).toBe(true);
  });

  it('prorates from a free price (0) as a pure charge', () => {
    // f = 0.3375 as above: 9,900 × 0.3375 = 3,341.25 → 3,341
    expect(
      amounts(prorate({ ...april, from: money(0, 'USD'), to: money(9900, 'USD'), at: new Date('2024-04-20T21:00Z') })),
    ).toEqual([0, 3341, 3341]);
  });
});

describe('given inputs prorate cannot work with', () => {
  const usd = money(100, 'USD');
  it.each([
    [
      'two currencies',
      () => prorate<string>({ ...april, from: usd, to: money(100, 'EUR'), at: april.periodStart }),
      'currency_mismatch',
    ],
    [
      'a negative price',
      () => prorate({ ...april, from: money(-1, 'USD'), to: usd, at: april.periodStart }),
      'invalid_amount',
    ],
    [
      'an instant before the period',
      () => prorate({ ...april, from: usd, to: usd, at: new Date('2024-03-31T23:59:59.999Z') }),
      'invalid_argument',
    ],
    [
      'an instant after the period',
      () => prorate({ ...april, from: usd, to: usd, at: new Date('2024-05-01T00:00:00.001Z') }),
      'invalid_argument',
    ],
    [
      'an empty period',
      () =>
        prorate({
          from: usd,
          to: usd,
          periodStart: april.periodStart,
          periodEnd: april.periodStart,
          at: april.periodStart,
        }),
      'invalid_argument',
    ],
    ['an invalid instant', () => prorate({ ...april, from: usd, to: usd, at: new Date('nope') }), 'invalid_argument'],
  ])('refuses %s', (_, fn, code) => {
    expect(thrownCode(fn)).toBe(code);
  });
});

describe('comparing prices per average day (monthly → yearly and back)', () => {
  const monthly = { unit: 'month', count: 1 } as const;
  const yearly = { unit: 'year', count: 1 } as const;
  const price = (amount: number, interval: { unit: 'month' | 'year' | 'week'; count: number }) => ({
    price: money(amount, 'USD') as Money | null,
    interval,
  });

  it.each([
    // 1,000 / 30.436875 = 32.855… vs 12,000 / 365.2425 = 32.855…: 12 months = 1 year, equal
    [price(1000, monthly), price(12_000, yearly), 0],
    // 4,900 × 365.2425 = 1,789,688.25 vs 49,000 × 30.436875 = 1,491,406.875: monthly costs more a day
    [price(4900, monthly), price(49_000, yearly), 1],
    // and back: yearly → monthly is cheaper → more expensive
    [price(49_000, yearly), price(4900, monthly), -1],
    // 1,000 × 2 months vs 2,000 per 2 months: equal
    [price(1000, monthly), price(2000, { unit: 'month', count: 2 }), 0],
    // 4 weeks at 1,000 (28 days) vs a month at 1,000 (30.44 days): the weekly plan costs more a day
    [price(1000, { unit: 'week', count: 4 }), price(1000, monthly), 1],
    // a null price counts as 0
    [{ price: null, interval: monthly }, price(1, yearly), -1],
    [{ price: null, interval: monthly }, { price: null, interval: yearly }, 0],
  ])('%o vs %o → %i', (a, b, expected) => {
    expect(comparePricePerDay(a, b)).toBe(expected);
  });

  it('refuses to compare USD with EUR', () => {
    expect(thrownCode(() => comparePricePerDay(price(1, monthly), { price: money(1, 'EUR'), interval: monthly }))).toBe(
      'currency_mismatch',
    );
  });
});
