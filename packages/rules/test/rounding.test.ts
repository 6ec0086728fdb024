import { isRulesError, RulesError } from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Internal helpers: tested from source, not part of the public entry.
import {
  divideCeil,
  divideFloor,
  divideHalfAwayFromZero,
  mulDivHalfAwayFromZero,
  toBigInt,
  toSafeNumber,
} from '../src/rounding';

describe('named rounding modes on exact fractions', () => {
  it.each([
    // n, d, half away from zero, ceil, floor
    [5n, 2n, 3n, 3n, 2n], // 2.5
    [-5n, 2n, -3n, -2n, -3n], // −2.5
    [7n, 3n, 2n, 3n, 2n], // 2.33…
    [-7n, 3n, -2n, -2n, -3n], // −2.33…
    [8n, 3n, 3n, 3n, 2n], // 2.66…
    [-8n, 3n, -3n, -2n, -3n], // −2.66…
    [6n, 3n, 2n, 2n, 2n], // exactly 2
    [0n, 7n, 0n, 0n, 0n],
    [1n, 2n, 1n, 1n, 0n], // 0.5: away from zero, not to even
  ])('%i / %i → half-away %i, ceil %i, floor %i', (n, d, half, ceil, floor) => {
    expect(divideHalfAwayFromZero(n, d)).toBe(half);
    expect(divideCeil(n, d)).toBe(ceil);
    expect(divideFloor(n, d)).toBe(floor);
  });

  it.each([
    ['half away from zero', () => divideHalfAwayFromZero(1n, 0n)],
    ['ceil', () => divideCeil(1n, -1n)],
    ['floor', () => divideFloor(1n, 0n)],
  ])('%s refuses a denominator that is not positive', (_, fn) => {
    expect(fn).toThrow(RulesError);
  });
});

describe('safe integer conversions', () => {
  it('returns safe values and refuses the first unsafe one', () => {
    expect(toSafeNumber(9_007_199_254_740_991n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(toSafeNumber(-9_007_199_254_740_991n)).toBe(Number.MIN_SAFE_INTEGER);
    let error: unknown;
    try {
      toSafeNumber(9_007_199_254_740_992n);
    } catch (caught) {
      error = caught;
    }
    expect(isRulesError(error) && error.code).toBe('invalid_amount');
  });

  it('takes integer numbers and bigints, and refuses fractions', () => {
    expect(toBigInt(42, 'n')).toBe(42n);
    expect(toBigInt(10n ** 30n, 'n')).toBe(10n ** 30n);
    expect(() => toBigInt(0.1, 'n')).toThrow('n must be a safe integer; got 0.1.');
  });
});

describe('a × b / d on plain numbers', () => {
  it('rounds exactly as the BigInt division does, on both sides of the safe range', () => {
    const factor = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.maxSafeInteger().map((n) => n % 2 ** 40),
    );
    fc.assert(
      fc.property(factor, factor, fc.integer({ min: 1, max: 2 ** 40 }), (a, b, d) => {
        const exact = Number(divideHalfAwayFromZero(BigInt(a) * BigInt(b), BigInt(d)));
        expect(Object.is(mulDivHalfAwayFromZero(a, b, d), exact)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds halves away from zero and never answers −0', () => {
    expect(mulDivHalfAwayFromZero(5, 1, 2)).toBe(3);
    expect(mulDivHalfAwayFromZero(-5, 1, 2)).toBe(-3);
    expect(Object.is(mulDivHalfAwayFromZero(-1, 1, 3), 0)).toBe(true);
  });

  it('refuses what the BigInt division refuses', () => {
    expect(() => mulDivHalfAwayFromZero(1, 1, 0)).toThrow(RulesError);
    expect(() => mulDivHalfAwayFromZero(0.5, 2, 1)).toThrow(RangeError);
  });
});
