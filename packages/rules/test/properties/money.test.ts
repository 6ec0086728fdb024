import {
  addIntervals,
  allocate,
  applyRate,
  type Interval,
  isRulesError,
  type Money,
  money,
  multiplyRatio,
  rate,
} from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const runs = { numRuns: 1000 };

/** Round n/d half away from zero, written differently from the library: sign × ⌊(2|n| + d) / 2d⌋. */
function referenceHalfAwayFromZero(n: bigint, d: bigint): bigint {
  const sign = n < 0n ? -1n : 1n;
  return sign * ((2n * n * sign + d) / (2n * d));
}

/** The exact reference as an amount, or the RulesError code when it does not fit a safe integer. */
function expectedAmount(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : 'invalid_amount';
}

function actualAmount(fn: () => Money): number | string {
  try {
    return fn().amount;
  } catch (error) {
    return isRulesError(error) ? error.code : 'not a RulesError';
  }
}

const safeAmount = fc.integer({ min: -(10 ** 12), max: 10 ** 12 });

describe('allocate', () => {
  const ratios = fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
    .filter((r) => r.some((x) => x > 0));

  it('always returns parts that sum to the total, share its sign, and stay within 1 of the exact share', () => {
    fc.assert(
      fc.property(safeAmount, ratios, (total, weights) => {
        const parts = allocate(money(total, 'USD'), weights).map((p) => p.amount);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        const weightSum = weights.reduce((s, w) => s + w, 0);
        parts.forEach((part, i) => {
          const weight = weights[i] ?? 0;
          if (weight === 0) expect(part).toBe(0);
          expect(total < 0 ? part <= 0 : part >= 0).toBe(true);
          // |part × Σw − total × w| < Σw  ⇔  |part − exact share| < 1
          const gap = BigInt(part) * BigInt(weightSum) - BigInt(total) * BigInt(weight);
          expect((gap < 0n ? -gap : gap) < BigInt(weightSum)).toBe(true);
        });
      }),
      runs,
    );
  });

  it('gives equal ratios parts that differ by at most 1', () => {
    fc.assert(
      fc.property(
        safeAmount,
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        (total, count, weight) => {
          const parts = allocate(
            money(total, 'USD'),
            Array.from({ length: count }, () => weight),
          ).map((p) => p.amount);
          expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        },
      ),
      runs,
    );
  });
});

describe('exact multiplication', () => {
  it('multiplyRatio equals a BigInt reference rounded half away from zero, or refuses a result beyond safe integers', () => {
    fc.assert(
      fc.property(
        safeAmount,
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        (amount, numerator, denominator) => {
          const expected = referenceHalfAwayFromZero(BigInt(amount) * BigInt(numerator), BigInt(denominator));
          expect(actualAmount(() => multiplyRatio(money(amount, 'USD'), numerator, denominator))).toBe(
            expectedAmount(expected),
          );
        },
      ),
      runs,
    );
  });

  it('applyRate equals a BigInt reference: amount × quantity / (per × 10^scale), rounded once, or refuses overflow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 10 ** 7 }),
        fc.integer({ min: 1, max: 1000 }),
        (amount, scale, quantity, per) => {
          const expected = referenceHalfAwayFromZero(
            BigInt(amount) * BigInt(quantity),
            BigInt(per) * 10n ** BigInt(scale),
          );
          expect(actualAmount(() => applyRate(rate(amount, 'USD', scale), quantity, per))).toBe(
            expectedAmount(expected),
          );
        },
      ),
      runs,
    );
  });
});

describe('addIntervals', () => {
  const anchor = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }).map((t) => new Date(t));
  const interval: fc.Arbitrary<Interval> = fc.record({
    unit: fc.constantFrom('day', 'week', 'month', 'year'),
    count: fc.integer({ min: 1, max: 24 }),
  });
  const n = fc.integer({ min: -200, max: 200 });
  const monthsOf = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  const DAY_MS = 86_400_000;
  const timeOfDay = (d: Date) => ((d.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  // Date.UTC maps years 0–99 to 1900–1999, so set the year explicitly.
  const lastDayOfMonth = (d: Date) => {
    const last = new Date(0);
    last.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    return last.getUTCDate();
  };

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(anchor, interval, n, (start, every, k) => {
        expect(addIntervals(start, every, k + 1).getTime()).toBeGreaterThan(addIntervals(start, every, k).getTime());
      }),
      runs,
    );
  });

  it('never skips or repeats a month: each boundary is exactly count months on, on the anchor day or the month’s last', () => {
    fc.assert(
      fc.property(
        anchor,
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom('month' as const, 'year' as const),
        n,
        (start, count, unit, k) => {
          const step = unit === 'month' ? count : count * 12;
          const boundary = addIntervals(start, { unit, count }, k);
          expect(monthsOf(boundary)).toBe(monthsOf(start) + k * step);
          expect(boundary.getUTCDate()).toBe(Math.min(start.getUTCDate(), lastDayOfMonth(boundary)));
          expect(timeOfDay(boundary)).toBe(timeOfDay(start));
        },
      ),
      runs,
    );
  });
});
