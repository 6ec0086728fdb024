import { describe, expect, it } from 'vitest';
import { fromStripeAmount, StripeAmountError, toStripeAmount } from '../../src/billing/stripe/amounts';

// [ISO currency, ISO minor units, Stripe amount]: one row per mapped currency plus ordinary ones.
const rows: [string, number, number][] = [
  ['USD', 4900, 4900], // 49.00 USD: two decimals in both
  ['EUR', 1, 1],
  ['JPY', 500, 500], // ¥500: zero-decimal in both
  ['KRW', 12000, 12000],
  ['ISK', 5, 500], // 5 kr: ISO has no decimals, Stripe takes two (5 → 500)
  ['ISK', 1990, 199000],
  ['UGX', 3000, 300000], // USh 3,000 → 300000
  ['BHD', 12340, 12340], // 12.340 BHD: three decimals, last digit 0
  ['JOD', 5120, 5120],
  ['KWD', 5120, 5120], // Stripe's own example: 5.124 KWD must be sent as 5120 or 5130
  ['OMR', 990, 990],
  ['TND', 100000, 100000],
];

describe('Stripe amounts', () => {
  it.each(rows)('sends %s %i as %i and reads it back', (currency, iso, stripe) => {
    expect(toStripeAmount({ amount: iso, currency })).toEqual({ amount: stripe, currency: currency.toLowerCase() });
    expect(fromStripeAmount(stripe, currency.toLowerCase())).toEqual({ amount: iso, currency });
  });

  it.each([
    ['BHD', 12345],
    ['JOD', 5121],
    ['KWD', 5124],
    ['OMR', 1],
    ['TND', 99999],
  ])('refuses %s %i, which does not end in 0, instead of rounding what was quoted', (currency, amount) => {
    expect(() => toStripeAmount({ amount, currency })).toThrow(
      new StripeAmountError('not_multiple_of_ten', currency, amount),
    );
  });

  it.each([
    ['ISK', 550],
    ['UGX', 1],
  ])('refuses a Stripe %s amount of %i, which is not whole units', (currency, amount) => {
    expect(() => fromStripeAmount(amount, currency.toLowerCase())).toThrow(/not a whole/);
  });

  it.each(['IQD', 'LYD', 'USDT'])('refuses %s, which Stripe does not document for this mapping', (currency) => {
    expect(() => toStripeAmount({ amount: 1000, currency })).toThrow(
      new StripeAmountError('unsupported_currency', currency, currency === 'USDT' ? 0 : 1000),
    );
  });

  it('names the fix in the refusal', () => {
    expect(() => toStripeAmount({ amount: 5124, currency: 'KWD' })).toThrow(
      'KWD amounts billed through Stripe must end in 0 (got 5124 minor units). Change the price to a multiple of 10 minor units.',
    );
  });
});
