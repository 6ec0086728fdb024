import { currencyExponent, isIsoCurrency, iso4217, isRulesError } from '@plankit/rules';
import { describe, expect, it } from 'vitest';

function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return isRulesError(error) ? error.code : 'not a RulesError';
  }
  return 'no error';
}

describe('the ISO 4217 table', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['UGX', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['OMR', 3],
    ['JOD', 3],
    ['TND', 3],
    ['LYD', 3],
    // Intl defaults to 0 digits for these three; ISO says otherwise
    ['IQD', 3],
    ['IDR', 2],
    ['HUF', 2],
    ['CLF', 4],
  ])('%s has %i minor-unit digits', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it('lists every active currency with 0 to 4 digits', () => {
    const codes = Object.keys(iso4217);
    expect(codes.length).toBe(165);
    expect(codes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(new Set(Object.values(iso4217))).toEqual(new Set([0, 2, 3, 4]));
  });

  it('is frozen, so no caller can change it for everyone', () => {
    expect(Object.isFrozen(iso4217)).toBe(true);
  });
});

describe('host currency tables', () => {
  const table = { ...iso4217, USDT: 6 };

  it('reads host codes from the table the host passes', () => {
    expect(currencyExponent('USDT', table)).toBe(6);
    expect(currencyExponent('USD', table)).toBe(2);
  });

  it('treats USDT as unknown in the default table, never as a guess', () => {
    expect(thrownCode(() => currencyExponent('USDT'))).toBe('unknown_currency');
  });

  it('does not mistake inherited object keys for currencies', () => {
    expect(thrownCode(() => currencyExponent('toString'))).toBe('unknown_currency');
    expect(thrownCode(() => currencyExponent('__proto__'))).toBe('unknown_currency');
  });

  it.each([
    ['a fractional exponent', 2.5],
    ['a negative exponent', -1],
    ['an exponent above 18', 19],
  ])('refuses %s in a host table', (_, exponent) => {
    expect(thrownCode(() => currencyExponent('XTS', { XTS: exponent }))).toBe('invalid_argument');
  });

  it('tells ISO codes from host codes', () => {
    expect(isIsoCurrency('USD')).toBe(true);
    expect(isIsoCurrency('USDT')).toBe(false);
    expect(isIsoCurrency('constructor')).toBe(false);
  });
});
