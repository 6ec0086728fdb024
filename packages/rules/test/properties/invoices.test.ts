// Properties of invoice lines, credit application and the badge against the banner.
import {
  applyCredit,
  billingBadge,
  type InvoiceStatus,
  linesTotal,
  money,
  paymentState,
  type RequestStanding,
  rate,
  renewalLines,
  requestDeadlines,
  requestStage,
  startSubscription,
} from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../change-plan/fixtures';

const runs = { numRuns: 1000 };
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

const termsArb = fc
  .record({
    price: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
    rate: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    scale: fc.integer({ min: 0, max: 3 }),
    paymentDueDays: fc.integer({ min: 0, max: 60 }),
    graceDays: fc.integer({ min: 0, max: 30 }),
  })
  .map((t) =>
    plan({
      id: 'p',
      name: 'P',
      paymentType: 'offline',
      price: t.price === null ? null : money(t.price, 'USD'),
      usageRate: t.rate === null ? null : rate(t.rate, 'USD', t.scale),
      paymentDueDays: t.paymentDueDays,
      graceDays: t.graceDays,
    }),
  );

describe('invoice lines and credit', () => {
  it('the sum of the lines is the total, before and after credit', () => {
    fc.assert(
      fc.property(
        termsArb,
        fc.integer({ min: 0, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }),
        (terms, minutes, balance) => {
          const start = new Date(T0);
          const lines = renewalLines({
            terms,
            periodStart: start,
            periodEnd: new Date(T0 + 30 * DAY),
            billedExcessMinutes: minutes,
          });
          const before = linesTotal(lines, 'USD');
          const applied = applyCredit({
            lines,
            currency: 'USD',
            balance: balance === null ? null : money(balance, 'USD'),
          });
          expect(linesTotal(applied.lines, 'USD')).toEqual(applied.total);
          expect(applied.total.amount).toBe(before.amount - applied.creditUsed.amount);
        },
      ),
      runs,
    );
  });

  it('credit used is at most the balance and at most the request, and what is left stays on the balance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 20_000_000 }), (fee, balance) => {
        const lines = [{ description: { key: 'x' }, amount: money(fee, 'USD') }];
        const applied = applyCredit({ lines, currency: 'USD', balance: money(balance, 'USD') });
        expect(applied.creditUsed.amount).toBeLessThanOrEqual(balance);
        expect(applied.creditUsed.amount).toBeLessThanOrEqual(fee);
        expect(applied.total.amount).toBeGreaterThanOrEqual(0);
        expect((applied.balanceAfter?.amount ?? 0) + applied.creditUsed.amount).toBe(balance);
        // Down to zero: either the request is paid in full by credit or the balance is used up.
        expect(applied.total.amount === 0 || applied.balanceAfter?.amount === 0).toBe(true);
      }),
      runs,
    );
  });
});

const statusArb = fc.constantFrom<InvoiceStatus>('open', 'open', 'paid', 'void', 'draft', 'uncollectible');

describe('badge and banner', () => {
  it('never contradict each other: the badge is the stage of the banner’s request, and no owed request is further along', () => {
    fc.assert(
      fc.property(
        termsArb,
        fc.array(fc.record({ startDay: fc.integer({ min: 0, max: 400 }), status: statusArb }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 500 * 24 }),
        (terms, specs, hour) => {
          const { subscription } = startSubscription({ id: 's', plan: terms, now: new Date(T0) });
          const requests: RequestStanding[] = specs.map((spec, i) => {
            const periodStart = new Date(T0 + spec.startDay * DAY);
            return {
              id: `r${i}`,
              status: spec.status,
              deadlines: requestDeadlines({ periodStart, terms }),
              createdAt: periodStart,
            };
          });
          const at = new Date(T0 + hour * 3_600_000);
          const { badge, request } = paymentState({ subscription, requests, at });
          expect(badge).toBe(billingBadge({ subscription, requests, at }));
          if (request === null) {
            expect(badge).toBe('active');
            expect(requests.every((r) => r.status !== 'open')).toBe(true);
            return;
          }
          expect(request.status).toBe('open');
          if (request.deadlines === null) throw new Error('offline requests have deadlines');
          expect(badge).toBe(requestStage(request.deadlines, at));
          const rank = { active: 0, past_due: 1, blocked: 2 } as const;
          for (const other of requests) {
            if (other.status !== 'open' || other.deadlines === null) continue;
            expect(rank[requestStage(other.deadlines, at)]).toBeLessThanOrEqual(rank[badge as keyof typeof rank]);
          }
        },
      ),
      runs,
    );
  });
});
