import {
  type ItemChangePreview,
  money,
  type Plan,
  previewPackPurchase,
  previewSeatChange,
  type Refusal,
} from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_END, PERIOD_START, plan, subscription } from '../change-plan/fixtures';

const runs = { numRuns: 500 };
const instant = fc.integer({ min: PERIOD_START.getTime(), max: PERIOD_END.getTime() }).map((t) => new Date(t));
// Inside the period: at its end the next period has begun.
const within = fc.integer({ min: PERIOD_START.getTime(), max: PERIOD_END.getTime() - 1 }).map((t) => new Date(t));
const terms = fc
  .record({ price: fc.integer({ min: 0, max: 10 ** 9 }), addOnPacks: fc.boolean(), offline: fc.boolean() })
  .map(
    ({ price, addOnPacks, offline }): Plan =>
      plan({ id: 'p', price: money(price, 'USD'), addOnPacks, paymentType: offline ? 'offline' : 'stripe' }),
  );
const seatPricing = fc
  .record({ includedSeats: fc.integer({ min: 0, max: 20 }), price: fc.integer({ min: 0, max: 10 ** 7 }) })
  .map(({ includedSeats, price }) => ({ includedSeats, price: money(price, 'USD') }));
const policy = fc.constantFrom('period_end' as const, 'now_as_credit' as const);

const previewed = (result: ItemChangePreview | Refusal) => (result.ok ? result : null);
const lineSum = (preview: ItemChangePreview) => preview.lines.reduce((sum, line) => sum + line.amount.amount, 0);

describe('seat changes', () => {
  it('the lines sum to what is due now less what goes to the credit balance, never both', () => {
    fc.assert(
      fc.property(
        terms,
        seatPricing,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        instant,
        policy,
        (plan, pricing, from, to, now, decreases) => {
          const preview = previewed(
            previewSeatChange({
              subscription: subscription(plan),
              seatPricing: pricing,
              seatQuantity: from,
              addOns: [],
              quantity: to,
              seatsInUse: 0,
              now,
              policy: { decreases },
            }),
          );
          if (preview === null) return;
          const stripeNow = plan.paymentType === 'stripe' && preview.timing === 'now';
          if (stripeNow) expect(lineSum(preview)).toBe(preview.amountDueNow.amount - preview.creditAmount.amount);
          expect(preview.amountDueNow.amount === 0 || preview.creditAmount.amount === 0).toBe(true);
          expect(preview.amountDueNow.amount).toBeGreaterThanOrEqual(0);
        },
      ),
      runs,
    );
  });

  it('an increase then a decrease back within one period never pays anything back to the card', () => {
    fc.assert(
      fc.property(
        seatPricing,
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        within,
        within,
        policy,
        (pricing, base, extra, a, b, decreases) => {
          const [first, second] = a <= b ? [a, b] : [b, a];
          const from = Math.max(base, pricing.includedSeats);
          const common = {
            subscription: subscription(plan({ id: 'p' })),
            seatPricing: pricing,
            addOns: [],
            seatsInUse: 0,
          };
          const up = previewed(
            previewSeatChange({ ...common, seatQuantity: from, quantity: from + extra, now: first }),
          );
          const down = previewed(
            previewSeatChange({
              ...common,
              seatQuantity: from + extra,
              quantity: from,
              now: second,
              policy: { decreases },
            }),
          );
          if (up === null || down === null) throw new Error('both changes are allowed');
          // The decrease is never collected and never refunded: at most a credit balance.
          expect(down.amountDueNow.amount).toBe(0);
          expect(down.collection).toBe('none');
          if (decreases === 'period_end') expect(down.creditAmount.amount).toBe(0);
          // What comes back as credit is at most what the increase charged, give or take each line's rounding.
          expect(down.creditAmount.amount).toBeLessThanOrEqual(up.amountDueNow.amount + 1);
        },
      ),
      runs,
    );
  });
});

describe('packs', () => {
  it('are never prorated: the full price is due at any instant, in one line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), instant, fc.boolean(), (price, now, offline) => {
        const preview = previewed(
          previewPackPurchase({
            subscription: subscription(
              plan({ id: 'p', addOnPacks: true, paymentType: offline ? 'offline' : 'stripe' }),
            ),
            seatPricing: null,
            seatQuantity: 0,
            addOns: [],
            pack: { id: 'k', name: 'Pack', kind: 'minutes', price: money(price, 'USD'), minutes: 100 },
            walletMinutes: 0,
            creditBalance: null,
            now,
          }),
        );
        expect(preview?.amountDueNow.amount).toBe(price);
        expect(preview?.lines.map((line) => line.amount.amount)).toEqual([price]);
        expect(preview?.creditAmount.amount).toBe(0);
      }),
      runs,
    );
  });
});
