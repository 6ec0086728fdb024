import { money, prorate } from '@plankit/rules';
import { describe, expect, it } from 'vitest';

describe('prorate', () => {
  it('charges the prorated difference at mid-period (USD 10 -> 20)', () => {
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
