import {
  add,
  allocate,
  applyRate,
  compare,
  equals,
  isRulesError,
  isZero,
  type Money,
  max,
  min,
  money,
  moneyFromDecimal,
  moneyIn,
  multiplyRatio,
  negate,
  rate,
  subtract,
  sum,
  toDecimalString,
  zero,
} from '@plankit/rules';
import { describe, expect, it } from 'vitest';

/** The RulesError code `fn` throws, to assert codes rather than prose. */
function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return isRulesError(error) ? error.code : 'not a RulesError';
  }
  return 'no error';
}

const usd = (amount: number) => money(amount, 'USD');

describe('money', () => {
  it('keeps integer minor units with the currency', () => {
    expect(money(1250, 'USD')).toEqual({ amount: 1250, currency: 'USD' });
  });

  it('turns -0 into 0 so it never prints as a negative zero', () => {
    expect(Object.is(money(-0, 'USD').amount, 0)).toBe(true);
    expect(Object.is(negate(zero('USD')).amount, 0)).toBe(true);
  });

  it.each([
    ['a fraction of a cent', 12.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['2^53, beyond the safe integers', 2 ** 53],
  ])('refuses %s with invalid_amount', (_, amount) => {
    expect(thrownCode(() => money(amount, 'USD'))).toBe('invalid_amount');
  });

  it('refuses an empty currency code', () => {
    expect(thrownCode(() => money(1, ''))).toBe('invalid_argument');
  });

  it('checks the currency against the table with moneyIn', () => {
    expect(moneyIn(5, 'KWD')).toEqual({ amount: 5, currency: 'KWD' });
    expect(thrownCode(() => moneyIn(5, 'USDT'))).toBe('unknown_currency');
    expect(moneyIn(5, 'USDT', { USDT: 6 })).toEqual({ amount: 5, currency: 'USDT' });
  });
});

describe('same-currency arithmetic', () => {
  it('adds, subtracts, negates and sums', () => {
    expect(add(usd(1250), usd(-50))).toEqual(usd(1200));
    expect(subtract(usd(1000), usd(2500))).toEqual(usd(-1500));
    expect(negate(usd(700))).toEqual(usd(-700));
    expect(sum([usd(1), usd(2), usd(3)], 'USD')).toEqual(usd(6));
    expect(sum([], 'JPY')).toEqual(money(0, 'JPY'));
  });

  it('compares, finds max and min, and tests for zero', () => {
    expect(compare(usd(1), usd(2))).toBe(-1);
    expect(compare(usd(2), usd(2))).toBe(0);
    expect(compare(usd(3), usd(2))).toBe(1);
    expect(max(usd(3), usd(-4))).toEqual(usd(3));
    expect(min(usd(3), usd(-4))).toEqual(usd(-4));
    expect(isZero(usd(0))).toBe(true);
    expect(isZero(usd(1))).toBe(false);
  });

  it('treats values in two currencies as unequal rather than throwing', () => {
    const eur = money(100, 'EUR') as Money<string>;
    expect(equals<string>(usd(100), eur)).toBe(false);
    expect(equals(usd(100), usd(100))).toBe(true);
  });

  it.each([
    ['add', (a: Money<string>, b: Money<string>) => add(a, b)],
    ['subtract', (a: Money<string>, b: Money<string>) => subtract(a, b)],
    ['compare', (a: Money<string>, b: Money<string>) => compare(a, b)],
    ['max', (a: Money<string>, b: Money<string>) => max(a, b)],
    ['min', (a: Money<string>, b: Money<string>) => min(a, b)],
  ])('%s refuses USD with EUR: currency_mismatch', (_, fn) => {
    expect(thrownCode(() => fn(usd(1), money(1, 'EUR')))).toBe('currency_mismatch');
  });

  it('names both currencies in the error params', () => {
    try {
      add<string>(usd(1), money(1, 'EUR'));
    } catch (error) {
      expect(isRulesError(error) && error.params).toEqual({ a: 'USD', b: 'EUR' });
    }
    expect.assertions(1);
  });

  it('refuses a sum beyond the safe integers instead of losing a cent', () => {
    expect(thrownCode(() => add(usd(Number.MAX_SAFE_INTEGER), usd(1)))).toBe('invalid_amount');
  });
});

describe('multiplyRatio', () => {
  it.each([
    [1000, 1, 3, 333], // 333.33… → 333
    [1000, 2, 3, 667], // 666.66… → 667
    [1001, 1, 2, 501], // 500.5 → 501, half away from zero
    [-1001, 1, 2, -501], // −500.5 → −501
    [999, -1, 2, -500], // −499.5 → −500
    [Number.MAX_SAFE_INTEGER, 3, 3, Number.MAX_SAFE_INTEGER], // exact through BigInt
  ])('%i × %i / %i = %i', (amount, numerator, denominator, expected) => {
    expect(multiplyRatio(usd(amount), numerator, denominator)).toEqual(usd(expected));
  });

  it('accepts bigint factors beyond the safe integers when the result fits', () => {
    expect(multiplyRatio(usd(10), 10n ** 20n, 10n ** 20n)).toEqual(usd(10));
  });

  it.each([
    ['a zero denominator', () => multiplyRatio(usd(1), 1, 0)],
    ['a negative denominator', () => multiplyRatio(usd(1), 1, -2)],
    ['a fractional numerator', () => multiplyRatio(usd(1), 0.5, 1)],
  ])('refuses %s with invalid_argument', (_, fn) => {
    expect(thrownCode(fn)).toBe('invalid_argument');
  });
});

describe('allocate', () => {
  it.each([
    // 1000 / 3 = 333.33 each; 1 left over goes to the first of equal remainders
    [1000, [1, 1, 1], [334, 333, 333]],
    [-1000, [1, 1, 1], [-334, -333, -333]],
    // 4 × 3/5 = 2.4, 4 × 1/5 = 0.8, 0.8 → 2, 0, 0; 2 left go to the largest remainders (0.8, 0.8)
    [4, [3, 1, 1], [2, 1, 1]],
    // 1001 × 70% = 700.7, × 30% = 300.3 → 700, 300; 1 left goes to the remainder 0.7
    [1001, [70, 30], [701, 300]],
    // a zero ratio gets nothing
    [5, [0, 1], [0, 5]],
    // 10 / 4 = 2.5 each: floors 2, 2, 2, 2; 2 left go to the first two
    [10, [1, 1, 1, 1], [3, 3, 2, 2]],
    // nothing to split
    [0, [1, 2], [0, 0]],
    // 1 × 1/3, 2/3 → 0.33, 0.67 → 0, 0; 1 left goes to the larger remainder (second)
    [1, [1, 2], [0, 1]],
  ])('splits %i by %o into %o', (total, ratios, expected) => {
    expect(allocate(usd(total), ratios).map((m) => m.amount)).toEqual(expected);
  });

  it.each([
    ['no ratios', []],
    ['a negative ratio', [1, -1]],
    ['a fractional ratio', [0.5, 0.5]],
    ['only zero ratios', [0, 0]],
  ])('refuses %s', (_, ratios) => {
    expect(thrownCode(() => allocate(usd(10), ratios))).toBe('invalid_argument');
  });
});

describe('rates finer than the minor unit', () => {
  // rate(15, 'USD', 1) = 15 × 10^-1 cents = 1.5 cents = $0.015 per minute
  const perMinute = rate(15, 'USD', 1);

  it.each([
    [101, 1, 152], // 1.5 × 101 = 151.5 cents → 152 (half away from zero)
    [100, 1, 150], // 1.5 × 100 = 150 cents exactly
    [1, 1, 2], // 1.5 → 2
    [7, 4, 3], // 7 chats at 4 per minute = 1.75 min × 1.5 = 2.625 → 3
    [0, 1, 0],
  ])('%i / %i minutes cost %i cents', (numerator, denominator, expected) => {
    expect(applyRate(perMinute, numerator, denominator)).toEqual(usd(expected));
  });

  it('rounds a negative charge half away from zero too (−1.5 → −2)', () => {
    expect(applyRate(rate(-15, 'USD', 1), 1)).toEqual(usd(-2));
  });

  it('keeps KWD rates in fils: 125 @ 2 = 1.25 fils × 10 minutes = 12.5 → 13 fils', () => {
    expect(applyRate(rate(125, 'KWD', 2), 10)).toEqual(money(13, 'KWD'));
  });

  it.each([
    ['a fractional amount', () => rate(1.5, 'USD', 1)],
    ['a scale above 12', () => rate(1, 'USD', 13)],
    ['a negative scale', () => rate(1, 'USD', -1)],
  ])('refuses %s with invalid_amount', (_, fn) => {
    expect(thrownCode(fn)).toBe('invalid_amount');
  });

  it.each([
    ['a zero quantity denominator', () => applyRate(perMinute, 1, 0)],
    ['a fractional quantity', () => applyRate(perMinute, 1.5)],
  ])('applyRate refuses %s with invalid_argument', (_, fn) => {
    expect(thrownCode(fn)).toBe('invalid_argument');
  });
});

describe('decimal strings', () => {
  it.each([
    [usd(1250), '12.50'],
    [usd(-5), '-0.05'],
    [money(1250, 'JPY'), '1250'],
    [money(1250, 'KWD'), '1.250'],
    [money(-1, 'KWD'), '-0.001'],
    [usd(Number.MAX_SAFE_INTEGER), '90071992547409.91'],
  ])('writes %o as %s', (value, expected) => {
    expect(toDecimalString(value)).toBe(expected);
  });

  it('writes a rate with its extra digits: USD 15 @ 1 = 0.015', () => {
    expect(toDecimalString(rate(15, 'USD', 1))).toBe('0.015');
    expect(toDecimalString(rate(15, 'JPY', 1))).toBe('1.5');
  });

  it('uses the host table for host codes: USDT with 6 digits', () => {
    expect(toDecimalString(money(12_500_000, 'USDT'), { USDT: 6 })).toBe('12.500000');
    expect(thrownCode(() => toDecimalString(money(1, 'USDT')))).toBe('unknown_currency');
  });

  it.each([
    ['12.5', 'USD', 1250],
    ['12', 'USD', 1200],
    ['-0.015', 'KWD', -15],
    ['1234', 'JPY', 1234],
    [' 0.01 ', 'USD', 1],
  ])('reads "%s" %s as %i minor units', (text, currency, expected) => {
    expect(moneyFromDecimal(text, currency)).toEqual(money(expected, currency));
  });

  it.each([
    ['12.505', 'USD'],
    ['1.5', 'JPY'],
    ['1e3', 'USD'],
    ['12,50', 'USD'],
    ['', 'USD'],
  ])('refuses "%s" %s with invalid_amount', (text, currency) => {
    expect(thrownCode(() => moneyFromDecimal(text, currency))).toBe('invalid_amount');
  });
});
