import {
  add,
  addIntervals,
  compare,
  type Interval,
  isRulesError,
  money,
  periodContaining,
  periodFrom,
  prorate,
  subtract,
} from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const runs = { numRuns: 1000 };
const MAX_PRICE = 10 ** 12;

const currency = fc.constantFrom('USD', 'JPY', 'KWD', 'USDT');
const price = fc.integer({ min: 0, max: MAX_PRICE });
// Anchors between 2000 and 2040, to the millisecond.
const anchor = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((t) => new Date(t));
// Intervals up to 10 years long.
const interval: fc.Arbitrary<Interval> = fc.oneof(
  fc.record({ unit: fc.constant('day' as const), count: fc.integer({ min: 1, max: 3650 }) }),
  fc.record({ unit: fc.constant('week' as const), count: fc.integer({ min: 1, max: 521 }) }),
  fc.record({ unit: fc.constant('month' as const), count: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ unit: fc.constant('year' as const), count: fc.integer({ min: 1, max: 10 }) }),
);
/** A real period from the anchor rule and an instant inside it (ends included). */
const periodAndInstant = fc
  .tuple(anchor, interval, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([start, every, position]) => {
    const period = periodFrom(start, every);
    const span = period.end.getTime() - period.start.getTime();
    return {
      periodStart: period.start,
      periodEnd: period.end,
      at: new Date(period.start.getTime() + Math.round(span * position)),
    };
  });

describe('prorate, for any prices up to 10^12 minor units and periods up to 10 years', () => {
  it('credits <= 0, charges >= 0 and makes due = credit + charge, all safe integers in one currency', () => {
    fc.assert(
      fc.property(currency, price, price, periodAndInstant, (code, from, to, period) => {
        const result = prorate({ from: money(from, code), to: money(to, code), ...period });
        expect(result.credit.amount).toBeLessThanOrEqual(0);
        expect(result.charge.amount).toBeGreaterThanOrEqual(0);
        expect(result.due.amount).toBe(result.credit.amount + result.charge.amount);
        for (const part of [result.credit, result.charge, result.due]) {
          expect(Number.isSafeInteger(part.amount)).toBe(true);
          expect(part.currency).toBe(code);
        }
        // never more than the whole price
        expect(-result.credit.amount).toBeLessThanOrEqual(from);
        expect(result.charge.amount).toBeLessThanOrEqual(to);
      }),
      runs,
    );
  });

  it('at the period start, credits the whole old price and charges the whole new one: due = to − from', () => {
    fc.assert(
      fc.property(currency, price, price, periodAndInstant, (code, from, to, period) => {
        const result = prorate({ from: money(from, code), to: money(to, code), ...period, at: period.periodStart });
        expect([result.credit.amount, result.charge.amount, result.due.amount]).toEqual([0 - from, to, to - from]);
      }),
      runs,
    );
  });

  it('at the period end, credits, charges and owes nothing', () => {
    fc.assert(
      fc.property(currency, price, price, periodAndInstant, (code, from, to, period) => {
        const result = prorate({ from: money(from, code), to: money(to, code), ...period, at: period.periodEnd });
        expect([result.credit.amount, result.charge.amount, result.due.amount]).toEqual([0, 0, 0]);
      }),
      runs,
    );
  });

  it('gives back less and charges less the later the change happens', () => {
    fc.assert(
      fc.property(
        currency,
        price,
        price,
        periodAndInstant,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (code, from, to, period, later) => {
          const laterAt = new Date(
            period.at.getTime() + Math.round((period.periodEnd.getTime() - period.at.getTime()) * later),
          );
          const first = prorate({ from: money(from, code), to: money(to, code), ...period });
          const second = prorate({ from: money(from, code), to: money(to, code), ...period, at: laterAt });
          expect(second.credit.amount).toBeGreaterThanOrEqual(first.credit.amount);
          expect(second.charge.amount).toBeLessThanOrEqual(first.charge.amount);
        },
      ),
      runs,
    );
  });

  it('equals round-half-away-from-zero of price × remaining / total seconds, computed independently', () => {
    fc.assert(
      fc.property(price, price, periodAndInstant, (from, to, period) => {
        const seconds = (d: Date) => BigInt(Math.floor(d.getTime() / 1000));
        const total = seconds(period.periodEnd) - seconds(period.periodStart);
        // at >= periodStart, so its whole second is never before the period's first
        const remaining = seconds(period.periodEnd) - seconds(period.at);
        // half away from zero for non-negative values: floor((2 × p × r + t) / (2t))
        const reference = (p: number) => Number((2n * BigInt(p) * remaining + total) / (2n * total));
        const result = prorate({ from: money(from, 'USD'), to: money(to, 'USD'), ...period });
        expect([result.credit.amount, result.charge.amount]).toEqual([-reference(from) || 0, reference(to)]);
      }),
      runs,
    );
  });
});

describe('mixing currencies', () => {
  const twoCodes = fc
    .tuple(fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'USDT'), fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'USDT'))
    .filter(([a, b]) => a !== b);
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return isRulesError(error) ? error.code : 'not a RulesError';
    }
    return 'no error';
  };

  it('throws currency_mismatch from add, subtract, compare and prorate, whatever the amounts', () => {
    fc.assert(
      fc.property(twoCodes, price, price, periodAndInstant, ([a, b], x, y, period) => {
        const left = money<string>(x, a);
        const right = money<string>(y, b);
        expect(code(() => add(left, right))).toBe('currency_mismatch');
        expect(code(() => subtract(left, right))).toBe('currency_mismatch');
        expect(code(() => compare(left, right))).toBe('currency_mismatch');
        expect(code(() => prorate({ from: left, to: right, ...period }))).toBe('currency_mismatch');
      }),
      runs,
    );
  });
});

describe('periodContaining, for any anchor, interval up to 10 years and instant within ±30 years', () => {
  const offset = fc.integer({ min: -30 * 366 * 86_400_000, max: 30 * 366 * 86_400_000 });

  it('returns two consecutive boundaries of the anchor with start <= at < end', () => {
    fc.assert(
      fc.property(anchor, interval, offset, (start, every, delta) => {
        const at = new Date(start.getTime() + delta);
        const period = periodContaining(start, every, at);
        expect(period.start.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(period.end.getTime()).toBeGreaterThan(at.getTime());
        // the period's end is the boundary after its start, counted from the anchor
        const next = periodContaining(start, every, period.end);
        expect(next.start).toEqual(period.end);
        expect(periodContaining(start, every, new Date(period.end.getTime() - 1))).toEqual(period);
        // the anchor itself is a boundary of every cycle
        expect(periodContaining(start, every, start).start).toEqual(start);
        expect(periodContaining(start, every, start).end).toEqual(addIntervals(start, every, 1));
      }),
      runs,
    );
  });
});
