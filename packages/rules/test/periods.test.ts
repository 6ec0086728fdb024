import {
  addIntervals,
  compareIntervals,
  type Interval,
  intervalNominalDays,
  intervalNominalMicroDays,
  isRulesError,
  periodContaining,
  periodFrom,
  secondsBetween,
  unixSeconds,
} from '@plankit/rules';
import { describe, expect, it } from 'vitest';

const monthly: Interval = { unit: 'month', count: 1 };
const yearly: Interval = { unit: 'year', count: 1 };
const iso = (d: Date) => d.toISOString();

describe('given a monthly anchor on 2024-01-31 10:30:00.123 UTC', () => {
  const anchor = new Date('2024-01-31T10:30:00.123Z');
  // Each boundary is anchor + n months, clamped to the month's last day; the time of day is kept.
  it.each([
    [0, '2024-01-31T10:30:00.123Z'], // the anchor itself
    [1, '2024-02-29T10:30:00.123Z'], // Feb 2024 has 29 days: 31 → 29
    [2, '2024-03-31T10:30:00.123Z'], // from the anchor, not from Feb 29: back to 31
    [3, '2024-04-30T10:30:00.123Z'], // April has 30 days: 31 → 30
    [4, '2024-05-31T10:30:00.123Z'], // May has 31 days
    [13, '2025-02-28T10:30:00.123Z'], // Jan 2024 + 13 = Feb 2025, not a leap year: 31 → 28
    [-1, '2023-12-31T10:30:00.123Z'], // Jan − 1 = Dec 2023, 31 days
    [-2, '2023-11-30T10:30:00.123Z'], // Nov has 30 days
  ])('boundary %i falls on %s', (n, expected) => {
    expect(iso(addIntervals(anchor, monthly, n))).toBe(expected);
  });
});

describe('given a yearly anchor on 2024-02-29 (a leap day)', () => {
  const anchor = new Date('2024-02-29T00:00:00Z');
  it.each([
    [1, '2025-02-28T00:00:00.000Z'], // 2025 is not a leap year: 29 → 28
    [2, '2026-02-28T00:00:00.000Z'], // computed from the anchor: still 28
    [3, '2027-02-28T00:00:00.000Z'],
    [4, '2028-02-29T00:00:00.000Z'], // 2028 is a leap year: back to 29
    [-4, '2020-02-29T00:00:00.000Z'], // 2020 is a leap year
    [-124, '1900-02-28T00:00:00.000Z'], // 1900 is divisible by 100, not by 400: not a leap year
    [-24, '2000-02-29T00:00:00.000Z'], // 2000 is divisible by 400: a leap year
  ])('boundary %i falls on %s', (n, expected) => {
    expect(iso(addIntervals(anchor, yearly, n))).toBe(expected);
  });
});

describe('given a 2-month interval anchored on 2023-12-31', () => {
  const anchor = new Date('2023-12-31T08:00:00Z');
  const twoMonths: Interval = { unit: 'month', count: 2 };
  it.each([
    [1, '2024-02-29T08:00:00.000Z'], // Dec + 2 = Feb 2024: 31 → 29
    [2, '2024-04-30T08:00:00.000Z'], // Dec + 4 = Apr: 31 → 30
    [3, '2024-06-30T08:00:00.000Z'], // Dec + 6 = Jun: 31 → 30
    [4, '2024-08-31T08:00:00.000Z'], // Dec + 8 = Aug: 31 days
    [6, '2024-12-31T08:00:00.000Z'], // Dec + 12 = Dec 2024
    [-1, '2023-10-31T08:00:00.000Z'], // Dec − 2 = Oct: 31 days
  ])('boundary %i falls on %s', (n, expected) => {
    expect(iso(addIntervals(anchor, twoMonths, n))).toBe(expected);
  });
});

describe('given weekly and daily intervals (fixed lengths in UTC, no daylight-saving shifts)', () => {
  it.each([
    // 2024-02-26 + 7 days: Feb 2024 has 29 days, 26 + 7 = 33 − 29 = Mar 4
    ['2024-02-26T09:00:00Z', { unit: 'week', count: 1 }, 1, '2024-03-04T09:00:00.000Z'],
    // 2 weeks × 2 = 28 days: Feb 26 + 28 = 54 − 29 = Mar 25
    ['2024-02-26T09:00:00Z', { unit: 'week', count: 2 }, 2, '2024-03-25T09:00:00.000Z'],
    // US clocks moved on 2024-03-10; UTC days stay 24 h: Mar 9 23:59:59 + 1 day = Mar 10 23:59:59
    ['2024-03-09T23:59:59Z', { unit: 'day', count: 1 }, 1, '2024-03-10T23:59:59.000Z'],
    // New year: Dec 31 + 1 day = Jan 1
    ['2024-12-31T23:59:59Z', { unit: 'day', count: 1 }, 1, '2025-01-01T23:59:59.000Z'],
    // 3-day interval, 2 boundaries = 6 days: Feb 27 + 6 = 33 − 29 = Mar 4
    ['2024-02-27T00:00:00Z', { unit: 'day', count: 3 }, 2, '2024-03-04T00:00:00.000Z'],
  ] as const)('%s + %o × %i = %s', (anchor, interval, n, expected) => {
    expect(iso(addIntervals(new Date(anchor), interval, n))).toBe(expected);
  });
});

describe('periodContaining', () => {
  const anchor = new Date('2024-01-31T10:30:00Z');
  it.each([
    // exactly on the Feb 29 boundary: the instant belongs to the period that starts there
    ['2024-02-29T10:30:00.000Z', '2024-02-29T10:30:00.000Z', '2024-03-31T10:30:00.000Z'],
    // one millisecond before the boundary: still the first period
    ['2024-02-29T10:29:59.999Z', '2024-01-31T10:30:00.000Z', '2024-02-29T10:30:00.000Z'],
    // the anchor itself starts the first period
    ['2024-01-31T10:30:00.000Z', '2024-01-31T10:30:00.000Z', '2024-02-29T10:30:00.000Z'],
    // before the anchor: the period before it (Jan − 1 = Dec 31)
    ['2024-01-15T00:00:00.000Z', '2023-12-31T10:30:00.000Z', '2024-01-31T10:30:00.000Z'],
    // far ahead: Jan 2024 + 76 = May 2030 (31 days), + 77 = Jun 2030 (30 days)
    ['2030-06-15T00:00:00.000Z', '2030-05-31T10:30:00.000Z', '2030-06-30T10:30:00.000Z'],
    // exactly on Apr 30 10:30 (n = 3)
    ['2024-04-30T10:30:00.000Z', '2024-04-30T10:30:00.000Z', '2024-05-31T10:30:00.000Z'],
  ])('at %s the period is [%s, %s)', (at, start, end) => {
    const period = periodContaining(anchor, monthly, new Date(at));
    expect([iso(period.start), iso(period.end)]).toEqual([start, end]);
  });

  it.each([
    // yearly from Feb 29 2024: 2025-02-28 is a boundary, so it starts the second period
    ['2025-02-28T00:00:00.000Z', '2025-02-28T00:00:00.000Z', '2026-02-28T00:00:00.000Z'],
    ['2025-02-27T23:59:59.999Z', '2024-02-29T00:00:00.000Z', '2025-02-28T00:00:00.000Z'],
    ['2028-03-01T00:00:00.000Z', '2028-02-29T00:00:00.000Z', '2029-02-28T00:00:00.000Z'],
  ])('yearly from a leap day: at %s the period is [%s, %s)', (at, start, end) => {
    const period = periodContaining(new Date('2024-02-29T00:00:00Z'), yearly, new Date(at));
    expect([iso(period.start), iso(period.end)]).toEqual([start, end]);
  });

  it('finds weekly periods at their boundary (Monday 09:00 + 7 days)', () => {
    const period = periodContaining(
      new Date('2024-02-26T09:00:00Z'),
      { unit: 'week', count: 1 },
      new Date('2024-03-04T09:00:00Z'),
    );
    expect([iso(period.start), iso(period.end)]).toEqual(['2024-03-04T09:00:00.000Z', '2024-03-11T09:00:00.000Z']);
  });

  it('starts a new cycle with periodFrom (Jan 31 + 1 month = Feb 29)', () => {
    const period = periodFrom(new Date('2024-01-31T00:00:00Z'), monthly);
    expect(iso(period.end)).toBe('2024-02-29T00:00:00.000Z');
  });
});

describe('compareIntervals and nominal lengths', () => {
  it.each([
    // 12 × 30.436875 = 365.2425 = 1 year
    [{ unit: 'month', count: 12 }, { unit: 'year', count: 1 }, 0],
    // 30.436875 < 365.2425
    [{ unit: 'month', count: 1 }, { unit: 'year', count: 1 }, -1],
    // 14 < 30.436875
    [{ unit: 'week', count: 2 }, { unit: 'month', count: 1 }, -1],
    // 28 < 30.436875 < 35
    [{ unit: 'week', count: 4 }, { unit: 'month', count: 1 }, -1],
    [{ unit: 'week', count: 5 }, { unit: 'month', count: 1 }, 1],
    // 31 > 30.436875
    [{ unit: 'day', count: 31 }, { unit: 'month', count: 1 }, 1],
    // 365 < 365.2425
    [{ unit: 'day', count: 365 }, { unit: 'year', count: 1 }, -1],
    // 7 = 7
    [{ unit: 'day', count: 7 }, { unit: 'week', count: 1 }, 0],
    // 2 × 30.436875 = 60.87375 > 60
    [{ unit: 'month', count: 2 }, { unit: 'day', count: 60 }, 1],
  ] as const)('%o vs %o → %i', (a, b, expected) => {
    expect(compareIntervals(a, b)).toBe(expected);
    expect(compareIntervals(b, a)).toBe(expected === 0 ? 0 : -expected);
  });

  it('states nominal lengths in days and exact millionths of a day', () => {
    expect(intervalNominalDays(monthly)).toBe(30.436875);
    expect(intervalNominalDays(yearly)).toBe(365.2425);
    expect(intervalNominalMicroDays({ unit: 'month', count: 2 })).toBe(60_873_750);
  });
});

describe('seconds', () => {
  it('counts whole seconds between instants, truncated toward zero', () => {
    expect(secondsBetween(new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:01.999Z'))).toBe(1);
    expect(secondsBetween(new Date('2024-01-01T00:00:01.999Z'), new Date('2024-01-01T00:00:00Z'))).toBe(-1);
  });

  it('reads an instant as whole Unix seconds, rounded down', () => {
    expect(unixSeconds(new Date('2024-01-01T00:00:00.999Z'))).toBe(1_704_067_200);
    expect(unixSeconds(new Date('1969-12-31T23:59:59.500Z'))).toBe(-1);
  });
});

describe('given arguments the rules cannot work with', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return isRulesError(error) ? error.code : 'not a RulesError';
    }
    return 'no error';
  };

  it.each([
    ['a zero count', () => addIntervals(new Date(0), { unit: 'month', count: 0 }, 1)],
    ['a fractional count', () => addIntervals(new Date(0), { unit: 'day', count: 1.5 }, 1)],
    ['an unknown unit', () => addIntervals(new Date(0), { unit: 'fortnight' as 'day', count: 1 }, 1)],
    ['a fractional n', () => addIntervals(new Date(0), monthly, 0.5)],
    ['an invalid anchor', () => addIntervals(new Date(Number.NaN), monthly, 1)],
    ['a boundary beyond the Date range', () => addIntervals(new Date(0), yearly, 300_000)],
    ['an invalid instant', () => periodContaining(new Date(0), monthly, new Date('nope'))],
  ])('refuses %s with invalid_argument', (_, fn) => {
    expect(code(fn)).toBe('invalid_argument');
  });
});
