import { iso4217, isRulesError, type Money, money, rate, toDecimalString } from '@plankit/rules';
import { formatDate, formatDateTime, formatMinutes, formatMoney, formatRate } from '@plankit/rules/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Intl separates with no-break and narrow no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return isRulesError(error) ? error.code : 'not a RulesError';
  }
  return 'no error';
}

describe('formatMoney', () => {
  // [value, en-US, de-DE, ja-JP]
  const table: [Money, string, string, string][] = [
    [money(123_450, 'USD'), '$1,234.50', '1.234,50 $', '$1,234.50'],
    [money(-123_450, 'USD'), '-$1,234.50', '-1.234,50 $', '-$1,234.50'],
    [money(123_450, 'EUR'), '€1,234.50', '1.234,50 €', '€1,234.50'],
    [money(-5, 'EUR'), '-€0.05', '-0,05 €', '-€0.05'],
    [money(0, 'USD'), '$0.00', '0,00 $', '$0.00'],
    // JPY has no minor unit: 123,450 yen
    [money(123_450, 'JPY'), '¥123,450', '123.450 ¥', '￥123,450'],
    // KWD has 3 digits: 1,234,567 fils = KWD 1,234.567
    [money(1_234_567, 'KWD'), 'KWD 1,234.567', '1.234,567 KWD', 'KWD 1,234.567'],
    // IQD has 3 digits in ISO 4217 although Intl shows 0 by default
    [money(1_234_567, 'IQD'), 'IQD 1,234.567', '1.234,567 IQD', 'IQD 1,234.567'],
    // HUF and IDR have 2 digits in ISO 4217 although Intl shows 0 by default
    [money(123_450, 'HUF'), 'HUF 1,234.50', '1.234,50 HUF', 'HUF 1,234.50'],
    [money(123_450, 'IDR'), 'IDR 1,234.50', '1.234,50 IDR', 'IDR 1,234.50'],
    // the largest safe amount prints exactly, never through a float
    [
      money(Number.MAX_SAFE_INTEGER, 'USD'),
      '$90,071,992,547,409.91',
      '90.071.992.547.409,91 $',
      '$90,071,992,547,409.91',
    ],
  ];

  it.each(table)('formats %o as "%s" (en-US), "%s" (de-DE), "%s" (ja-JP)', (value, enUS, deDE, jaJP) => {
    expect(plain(formatMoney(value, { locale: 'en-US' }))).toBe(enUS);
    expect(plain(formatMoney(value, { locale: 'de-DE' }))).toBe(deDE);
    expect(plain(formatMoney(value, { locale: 'ja-JP' }))).toBe(jaJP);
  });

  it('shows the sign on request', () => {
    expect(plain(formatMoney(money(500, 'USD'), { locale: 'en-US', signDisplay: 'always' }))).toBe('+$5.00');
    expect(plain(formatMoney(money(-500, 'USD'), { locale: 'de-DE', signDisplay: 'never' }))).toBe('5,00 $');
  });

  it('shows the ISO code instead of the symbol on request', () => {
    expect(plain(formatMoney(money(500, 'USD'), { locale: 'en-US', currencyDisplay: 'code' }))).toBe('USD 5.00');
  });

  describe('given a host currency USDT', () => {
    it.each([
      // host table says 2 digits: 1,250 → 12.50
      [{ USDT: 2 }, 1250, 'en-US', '12.50 USDT'],
      [{ USDT: 2 }, 1250, 'de-DE', '12,50 USDT'],
      [{ USDT: 2 }, 1250, 'ja-JP', '12.50 USDT'],
      // host table says 6 digits: 12,500,000 → 12.500000
      [{ ...iso4217, USDT: 6 }, 12_500_000, 'en-US', '12.500000 USDT'],
      [{ ...iso4217, USDT: 6 }, -12_500_000, 'de-DE', '-12,500000 USDT'],
      [{ USDT: 2 }, 123_456_789, 'en-US', '1,234,567.89 USDT'],
    ])('with %o formats %i in %s as "%s"', (currencies, amount, locale, expected) => {
      expect(plain(formatMoney(money(amount, 'USDT'), { locale, currencies }))).toBe(expected);
    });

    it('keeps the sign rules for host codes', () => {
      expect(
        formatMoney(money(1250, 'USDT'), { locale: 'en-US', currencies: { USDT: 2 }, signDisplay: 'always' }),
      ).toBe('+12.50 USDT');
    });

    it('refuses USDT when the table does not list it: unknown_currency', () => {
      expect(thrownCode(() => formatMoney(money(1250, 'USDT'), { locale: 'en-US' }))).toBe('unknown_currency');
    });
  });

  it('refuses a Rate finer than the minor unit rather than rounding it (use formatRate)', () => {
    expect(thrownCode(() => formatMoney(rate(15, 'USD', 1), { locale: 'en-US' }))).toBe('invalid_argument');
    expect(plain(formatMoney(rate(15, 'USD', 0), { locale: 'en-US' }))).toBe('$0.15');
  });

  it('refuses a code missing from the host table, even an ISO one', () => {
    expect(thrownCode(() => formatMoney(money(1, 'USD'), { locale: 'en-US', currencies: { USDT: 6 } }))).toBe(
      'unknown_currency',
    );
  });
});

describe('formatRate', () => {
  it.each([
    // 15 @ 1 = 1.5 cents = $0.015: the third digit stays
    [rate(15, 'USD', 1), 'en-US', '$0.015'],
    [rate(15, 'USD', 1), 'de-DE', '0,015 $'],
    [rate(15, 'USD', 1), 'ja-JP', '$0.015'],
    // 150 @ 1 = 15 cents: no trailing zero beyond the currency's 2 digits
    [rate(150, 'USD', 1), 'en-US', '$0.15'],
    // 2 @ 0 = 2 cents: the currency's 2 digits stay
    [rate(2, 'USD', 0), 'en-US', '$0.02'],
    // 15 @ 1 of JPY = 1.5 yen
    [rate(15, 'JPY', 1), 'en-US', '¥1.5'],
    // 125 @ 2 of KWD = 1.25 fils = KWD 0.00125
    [rate(125, 'KWD', 2), 'de-DE', '0,00125 KWD'],
    // 1 @ 12 = 10^-12 cents = $0.00000000000001
    [rate(1, 'USD', 12), 'en-US', '$0.00000000000001'],
  ])('formats %o in %s as "%s"', (value, locale, expected) => {
    expect(plain(formatRate(value, { locale }))).toBe(expected);
  });

  it('formats a host-coded rate as number and code', () => {
    expect(formatRate(rate(15, 'USDT', 1), { locale: 'en-US', currencies: { USDT: 2 } })).toBe('0.015 USDT');
  });
});

describe('formatDate and formatDateTime', () => {
  const leapDay = new Date('2024-02-29T10:30:00Z');

  it.each([
    ['en-US', 'Feb 29, 2024', 'February 29, 2024', 'Feb 29, 2024, 10:30 AM'],
    ['de-DE', '29.02.2024', '29. Februar 2024', '29.02.2024, 10:30'],
    ['ja-JP', '2024/02/29', '2024年2月29日', '2024/02/29 10:30'],
  ])('in %s shows "%s", "%s" (long) and "%s" in UTC by default', (locale, medium, long, dateTime) => {
    expect(plain(formatDate(leapDay, { locale }))).toBe(medium);
    expect(plain(formatDate(leapDay, { locale, style: 'long' }))).toBe(long);
    expect(plain(formatDateTime(leapDay, { locale }))).toBe(dateTime);
  });

  it('shows the instant in the host’s time zone', () => {
    // 2024-03-01 02:00 UTC is still Feb 29 in Los Angeles (UTC−8)
    const instant = new Date('2024-03-01T02:00:00Z');
    expect(plain(formatDate(instant, { locale: 'en-US' }))).toBe('Mar 1, 2024');
    expect(plain(formatDate(instant, { locale: 'en-US', timeZone: 'America/Los_Angeles' }))).toBe('Feb 29, 2024');
    // 10:30 UTC is 05:30 in New York (UTC−5 in February)
    expect(plain(formatDateTime(leapDay, { locale: 'de-DE', timeZone: 'America/New_York' }))).toBe('29.02.2024, 05:30');
  });

  it('takes a time style', () => {
    expect(plain(formatDateTime(leapDay, { locale: 'en-GB', style: 'short', timeStyle: 'medium' }))).toBe(
      '29/02/2024, 10:30:00',
    );
  });

  it('refuses an invalid Date with invalid_argument', () => {
    expect(thrownCode(() => formatDate(new Date('nope'), { locale: 'en-US' }))).toBe('invalid_argument');
    expect(thrownCode(() => formatDateTime(new Date(Number.NaN), { locale: 'en-US' }))).toBe('invalid_argument');
  });
});

describe('formatMinutes', () => {
  it.each([
    [500, 'en-US', '500'],
    [1234.56, 'en-US', '1,234.6'],
    [1234.56, 'de-DE', '1.234,6'],
    [1234.56, 'ja-JP', '1,234.6'],
    // 49 chats at 4 per minute = 12.25 minutes: one digit, half away from zero
    [12.25, 'en-US', '12.3'],
    [0.04, 'en-US', '0'],
  ])('formats %d in %s as "%s"', (minutes, locale, expected) => {
    expect(plain(formatMinutes(minutes, { locale }))).toBe(expected);
  });

  it('adds Intl’s minute unit on request', () => {
    expect(plain(formatMinutes(1.75, { locale: 'en-US', unitDisplay: 'short' }))).toBe('1.8 min');
    expect(plain(formatMinutes(2, { locale: 'de-DE', unitDisplay: 'long' }))).toBe('2 Minuten');
  });

  it('refuses NaN and Infinity', () => {
    expect(thrownCode(() => formatMinutes(Number.NaN, { locale: 'en-US' }))).toBe('invalid_argument');
    expect(thrownCode(() => formatMinutes(Number.POSITIVE_INFINITY, { locale: 'en-US' }))).toBe('invalid_argument');
  });
});

describe('formatters are reused without changing results', () => {
  it('gives the same text whatever was formatted before, past the cache limit', () => {
    const first = plain(formatMoney(money(123_450, 'EUR'), { locale: 'de-DE' }));
    // 300 distinct option sets overflow the bounded cache of formatters
    for (let scale = 0; scale <= 12; scale += 1) {
      for (const locale of ['en-US', 'de-DE', 'ja-JP', 'fr-FR', 'en-GB', 'es-ES', 'it-IT', 'pt-BR']) {
        for (const code of ['USD', 'EUR', 'KWD']) formatRate(rate(1, code, scale), { locale });
      }
    }
    expect(plain(formatMoney(money(123_450, 'EUR'), { locale: 'de-DE' }))).toBe(first);
    expect(first).toBe('1.234,50 €');
  });

  it('refuses a malformed locale or an unknown time zone with invalid_argument', () => {
    expect(thrownCode(() => formatMoney(money(1, 'USD'), { locale: 'not a locale!' }))).toBe('invalid_argument');
    expect(thrownCode(() => formatDate(new Date(0), { locale: 'en-US', timeZone: 'Mars/Olympus' }))).toBe(
      'invalid_argument',
    );
  });
});

describe('exactness', () => {
  it('prints every digit of any safe amount, in any currency of the table, with no float rounding', () => {
    const code = fc.constantFrom('USD', 'JPY', 'KWD', 'IQD', 'HUF', 'CLF');
    const amount = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(code, amount, (currency, minor) => {
        const value = money(minor, currency);
        // en-US with the ISO code: "-USD 1,234.50" → "-1234.50"
        const printed = formatMoney(value, { locale: 'en-US', currencyDisplay: 'code' });
        expect(printed.replace(/[^\d.-]/g, '')).toBe(toDecimalString(value));
      }),
      { numRuns: 1000 },
    );
  });
});
