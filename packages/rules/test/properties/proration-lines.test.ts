// The words of a proration line add up: read back from the English text, its figures give the line's
// amount, for random Stripe plans, periods and instants.
import {
  type Interval,
  isRefusal,
  type MessageValue,
  money,
  type Plan,
  type ProrationLine,
  previewPlanChange,
  startSubscription,
} from '@plankit/rules';
import { formatMoney } from '@plankit/rules/format';
import { changePlanMessages, interpolate } from '@plankit/rules/messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// An internal helper, from source: the reference rounding of the figures the words show.
import { divideHalfAwayFromZero } from '../../src/rounding';
import { agency, owner, plan, subAccount } from '../change-plan/fixtures';

const runs = { numRuns: 1000 };
const intervals: Interval[] = [
  { unit: 'day', count: 7 },
  { unit: 'month', count: 1 },
  { unit: 'month', count: 2 },
  { unit: 'year', count: 1 },
];
const currency = fc.constantFrom('USD', 'JPY', 'KWD');
const priced = (id: string, code: string) =>
  fc
    .record({ price: fc.integer({ min: 1, max: 50_000_000 }), interval: fc.constantFrom(...intervals) })
    .map(({ price, interval }): Plan => plan({ id, name: id, currency: code, interval, price: money(price, code) }));

const templates: Readonly<Record<string, string>> = changePlanMessages;
// en-US numbers without grouping, so the figures read back as integers; money shows every minor
// digit, so its digits are its minor units.
const formatValue = (value: MessageValue): string =>
  typeof value === 'number'
    ? String(value)
    : typeof value === 'object' && 'currency' in value && !('scale' in value)
      ? formatMoney(value, { locale: 'en-US' })
      : String(value);

/** "Unused time on a, 232 of 720 hours × $20.00" → its sign, units, total and price in minor units. */
function figures(line: ProrationLine) {
  const text = interpolate(templates[line.description.key] ?? '', line.description.values, { formatValue });
  const match = /^(Unused|Remaining) time on .+, (\d+) of (\d+) (day|hour|minute|second)s? × (.+)$/.exec(text);
  if (match === null) throw new Error(`unexpected words: ${text}`);
  const [, kind, units, total, , price] = match as unknown as [string, string, string, string, string, string];
  return {
    sign: kind === 'Unused' ? -1n : 1n,
    units: BigInt(units),
    total: BigInt(total),
    price: BigInt(price.replace(/\D/g, '')),
  };
}

describe('the words of each unused- and remaining-time line', () => {
  it('give its amount: sign × round(price × units / total), half away from zero', () => {
    const units = new Set<string>();
    fc.assert(
      fc.property(
        currency.chain((code) => fc.tuple(priced('from', code), priced('to', code))),
        fc.integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2027, 0, 1) / 1000 }),
        // Half the runs fall in the period's last hour or so, where the words count hours, minutes, seconds.
        fc.oneof(
          fc.double({ min: 0, max: 0.999, noNaN: true }),
          fc.double({ min: 0.998, max: 0.9999999, noNaN: true }),
        ),
        ([from, to], startSeconds, fraction) => {
          const start = new Date(startSeconds * 1000);
          const { subscription } = startSubscription({ id: 'sub', plan: from, now: start });
          const length = subscription.periodEnd.getTime() - start.getTime();
          const now = new Date(start.getTime() + Math.floor(fraction * length));
          const result = previewPlanChange({
            actor: owner,
            agency,
            subAccount: subAccount({ subscription: { ...subscription, hasOpenInvoice: false, periodPaid: true } }),
            target: to,
            now,
            policy: { stripeDowngradeTiming: 'now' },
          });
          if (isRefusal(result)) return;
          for (const line of result.prorationLines) {
            if (line.arithmetic === undefined) continue;
            const f = figures(line);
            expect(f.sign * divideHalfAwayFromZero(f.price * f.units, f.total)).toBe(BigInt(line.amount.amount));
            // The data says the same as the words.
            const a = line.arithmetic;
            expect([a.units, a.totalUnits, a.price.amount]).toEqual([
              Number(f.units),
              Number(f.total),
              Number(f.price),
            ]);
            expect(a.amount).toEqual(line.amount);
            units.add(a.unit);
          }
        },
      ),
      runs,
    );
    // Not vacuous: the runs met lines in days and in finer units.
    expect(units.has('day')).toBe(true);
    expect(units.size).toBeGreaterThan(2);
  });
});
