// The issue's own examples: a Growth → Pro upgrade with 16 of 31 days left.
import { explainProration, money, prorate, prorationLine, prorationSeconds } from '@plankit/rules';
import { formatMoney } from '@plankit/rules/format';
import { changePlanMessages, interpolate } from '@plankit/rules/messages';
import { describe, expect, it } from 'vitest';

const usd = (amount: number) => money(amount, 'USD');
const period = {
  periodStart: new Date('2026-07-01T00:00:00Z'),
  periodEnd: new Date('2026-08-01T00:00:00Z'),
};
const english = (line: ReturnType<typeof prorationLine>) =>
  interpolate(changePlanMessages[line.description.key as keyof typeof changePlanMessages], line.description.values, {
    formatValue: (value) =>
      typeof value === 'object' && 'currency' in value ? formatMoney(value, { locale: 'en-US' }) : String(value),
  });

function lines(at: Date, from = usd(4900), to = usd(9900)) {
  const { credit, charge } = prorate({ from, to, ...period, at });
  const { remaining, total } = prorationSeconds({ ...period, at });
  const seconds = { remainingSeconds: remaining, totalSeconds: total };
  return [
    prorationLine(explainProration({ kind: 'unused_time', plan: 'Growth', price: from, ...seconds, amount: credit })),
    prorationLine(explainProration({ kind: 'remaining_time', plan: 'Pro', price: to, ...seconds, amount: charge })),
  ];
}

describe('given Growth $49.00 → Pro $99.00 on a 31-day period', () => {
  describe('when 16 whole days are left', () => {
    const [unused, remaining] = lines(new Date('2026-07-16T00:00:00Z'));

    it('says each line in days, with the figures that give its amount', () => {
      // 4900 × 16 / 31 = 2529.03 → 2529; 9900 × 16 / 31 = 5109.68 → 5110
      expect(unused && english(unused)).toBe('Unused time on Growth, 16 of 31 days × $49.00');
      expect(unused?.amount).toEqual(usd(-2529));
      expect(remaining && english(remaining)).toBe('Remaining time on Pro, 16 of 31 days × $99.00');
      expect(remaining?.amount).toEqual(usd(5110));
    });

    it('carries the same arithmetic as data', () => {
      expect(unused?.arithmetic).toEqual({
        kind: 'unused_time',
        plan: 'Growth',
        units: 16,
        totalUnits: 31,
        unit: 'day',
        price: usd(4900),
        amount: usd(-2529),
      });
    });
  });

  describe('when 15 days and 18 hours are left', () => {
    // In days (16 of 31) the figures give 2529, but per second it is 4900 × 378 / 744 = 2489.5 → 2490.
    const [unused] = lines(new Date('2026-07-16T06:00:00Z'));

    it('counts hours, where a day is too coarse', () => {
      expect(unused && english(unused)).toBe('Unused time on Growth, 378 of 744 hours × $49.00');
      expect(unused?.amount).toEqual(usd(-2490));
    });
  });

  describe('when the change lands between whole minutes on a large price', () => {
    // $1,000,000.00: 100,000,000 × 1,360,770 / 2,678,400 = 50,805,331.54; in minutes (22,680 of 44,640,
    // rounded) it would be 50,806,451, so the words count seconds.
    const [unused] = lines(new Date('2026-07-16T06:00:30Z'), usd(100_000_000), usd(200_000_000));

    it('counts the seconds, which always add up', () => {
      expect(unused?.arithmetic).toMatchObject({ unit: 'second', units: 1_360_770, totalUnits: 2_678_400 });
      expect(unused?.amount).toEqual(usd(-50_805_332));
    });
  });
});
