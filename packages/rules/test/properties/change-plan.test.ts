// Properties of the change-plan engine over random plans, periods and instants.
import {
  type Agency,
  applyPlanChange,
  type ChangePlanPolicy,
  comparePlanOrder,
  type Interval,
  isRefusal,
  type MessageRef,
  type Money,
  money,
  type PaymentType,
  type Plan,
  type PlanChangePreview,
  planOptions,
  previewPlanChange,
  renewSubscription,
  type SubAccount,
  startSubscription,
} from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agency, owner, plan, subAccount } from '../change-plan/fixtures';

const runs = { numRuns: 1000 };
const DAY = 86_400_000;

const intervals: Interval[] = [
  { unit: 'day', count: 7 },
  { unit: 'week', count: 1 },
  { unit: 'month', count: 1 },
  { unit: 'month', count: 2 },
  { unit: 'month', count: 3 },
  { unit: 'year', count: 1 },
];

function planArb(id: string, paymentType: PaymentType, currency: string): fc.Arbitrary<Plan> {
  return fc
    .record({
      price: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null, freq: 6 }),
      interval: fc.constantFrom(...intervals),
      includedMinutes: fc.integer({ min: 0, max: 20_000 }),
    })
    .map(({ price, interval, includedMinutes }) =>
      plan({
        id,
        name: id,
        currency,
        paymentType,
        interval,
        includedMinutes,
        price: price === null ? null : money(price, currency),
      }),
    );
}

const policyArb: fc.Arbitrary<Partial<ChangePlanPolicy>> = fc.record({
  stripeDowngradeTiming: fc.constantFrom('now', 'period_end'),
  userPicksTiming: fc.boolean(),
});
const timingArb = fc.option(fc.constantFrom('now' as const, 'period_end' as const), { nil: undefined });
/** Subscription start between 2024 and 2027, to the second. */
const startArb = fc
  .integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2027, 0, 1) / 1000 })
  .map((s) => new Date(s * 1000));

function subscribed(terms: Plan, start: Date, overrides: Partial<SubAccount> = {}): SubAccount {
  const { subscription, includedMinutesGranted } = startSubscription({ id: 'sub', plan: terms, now: start });
  const sa = subAccount({ subscription: { ...subscription, hasOpenInvoice: false, periodPaid: true }, ...overrides });
  return { ...sa, usage: { ...sa.usage, includedMinutes: includedMinutesGranted } };
}

/** Bring the subscription up to `now` (renewals and due scheduled changes), as a host does before quoting. */
function renewed(sa: SubAccount, now: Date): SubAccount {
  if (sa.subscription === null) return sa;
  return { ...sa, subscription: renewSubscription({ subscription: sa.subscription, now }).subscription };
}

function moneyIn(preview: PlanChangePreview): Money[] {
  const values = (refs: readonly MessageRef[]) =>
    refs
      .flatMap((r) => Object.values(r.values ?? {}))
      .filter((v): v is Money => typeof v === 'object' && 'currency' in v && !('scale' in v));
  return [
    preview.amountDueNow,
    preview.creditAmount,
    ...preview.prorationLines.map((l) => l.amount),
    ...values(preview.prorationLines.map((l) => l.description)),
    ...values(preview.summary),
    ...preview.blockers
      .flatMap((b) => Object.values(b.params ?? {}))
      .filter((v): v is Money => typeof v === 'object' && 'currency' in v),
  ];
}

describe('on Stripe, A → B → A at random instants', () => {
  it('never returns money to the customer: nothing negative is due or invoiced, and lines add up', () => {
    fc.assert(
      fc.property(
        planArb('a', 'stripe', 'USD'),
        planArb('b', 'stripe', 'USD'),
        startArb,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.integer({ min: 0, max: 400 * DAY }),
        policyArb,
        timingArb,
        timingArb,
        (a, b, start, fraction, gap, policy, timing1, timing2) => {
          let sa = subscribed(a, start);
          const first = sa.subscription;
          if (first === null) throw new Error('unreachable');
          const length = first.periodEnd.getTime() - first.periodStart.getTime();
          const t1 = new Date(start.getTime() + Math.floor((fraction * length) / 1000) * 1000);
          const t2 = new Date(t1.getTime() + gap);
          let invoiced = 0;
          for (const [target, now, timing] of [
            [b, t1, timing1],
            [a, t2, timing2],
          ] as const) {
            sa = renewed(sa, now);
            const result = previewPlanChange({ actor: owner, agency, subAccount: sa, target, now, policy, timing });
            if (isRefusal(result)) continue;
            expect(result.amountDueNow.amount).toBeGreaterThanOrEqual(0);
            expect(result.creditAmount.amount).toBeGreaterThanOrEqual(0);
            // Lines sum to what is due less what becomes credit.
            const lines = result.prorationLines.reduce((s, l) => s + l.amount.amount, 0);
            if (result.prorationLines.length > 0) {
              expect(lines).toBe(result.amountDueNow.amount - result.creditAmount.amount);
            }
            const outcome = applyPlanChange({
              subAccount: sa,
              agency,
              target,
              preview: result,
              now,
              subscriptionId: 'n',
            });
            if (outcome.invoice !== null) expect(outcome.invoice.amount.amount).toBeGreaterThan(0);
            invoiced += outcome.invoice?.amount.amount ?? 0;
            sa = outcome.subAccount;
          }
          expect(invoiced).toBeGreaterThanOrEqual(0);
        },
      ),
      runs,
    );
  });
});

describe('on offline plans', () => {
  it('every credit granted is a debit of the agency pool, and the pool and balance move by the same amount', () => {
    fc.assert(
      fc.property(
        fc.array(planArb('p', 'offline', 'USD'), { minLength: 2, maxLength: 5 }),
        startArb,
        fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 0, max: 20 * DAY })), { minLength: 1, maxLength: 6 }),
        fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }),
        (drafts, start, steps, pool) => {
          const plans = drafts.map((p, i) => ({ ...p, id: `p${i}`, name: `P${i}` }));
          const first = plans[0];
          if (first === undefined) throw new Error('unreachable');
          let sa = subscribed(first, start);
          let ag: Agency = { ...agency, creditPool: pool === null ? null : money(pool, 'USD') };
          let now = start;
          let granted = 0;
          let debited = 0;
          for (const [index, gap] of steps) {
            const target = plans[index % plans.length];
            if (target === undefined) throw new Error('unreachable');
            now = new Date(now.getTime() + gap);
            sa = renewed(sa, now);
            const result = previewPlanChange({ actor: owner, agency: ag, subAccount: sa, target, now });
            if (isRefusal(result) || result.blockers.length > 0) continue;
            const outcome = applyPlanChange({
              subAccount: sa,
              agency: ag,
              target,
              preview: result,
              now,
              subscriptionId: 'n',
            });
            expect(outcome.creditGranted).toEqual(outcome.poolDebit);
            expect(outcome.invoice).toBeNull();
            granted += outcome.creditGranted?.amount ?? 0;
            debited += outcome.poolDebit?.amount ?? 0;
            sa = outcome.subAccount;
            ag = outcome.agency;
          }
          expect(granted).toBe(debited);
          expect(sa.creditBalance?.amount ?? 0).toBe(granted);
          if (pool !== null) {
            expect(ag.creditPool?.amount).toBe(pool - debited);
            expect(ag.creditPool?.amount).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      runs,
    );
  });
});

const currencyArb = fc.constantFrom('USD', 'JPY', 'KWD', 'EUR');
const paymentArb = fc.constantFrom<PaymentType>('stripe', 'offline');

describe('any preview', () => {
  it('never mixes currencies: every amount is in the target plan’s currency', () => {
    fc.assert(
      fc.property(
        currencyArb.chain((c) => paymentArb.chain((t) => fc.tuple(planArb('a', t, c), planArb('b', t, c)))),
        fc.boolean(),
        startArb,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        policyArb,
        ([a, b], free, start, fraction, policy) => {
          const sa = free ? subAccount() : subscribed(a, start);
          const period = sa.subscription;
          const length = period === null ? DAY : period.periodEnd.getTime() - period.periodStart.getTime();
          const now = new Date(start.getTime() + Math.floor((fraction * length) / 1000) * 1000);
          const pool = { ...agency, creditPool: money(1000, b.currency) };
          const result = previewPlanChange({ actor: owner, agency: pool, subAccount: sa, target: b, now, policy });
          if (isRefusal(result)) return;
          for (const value of moneyIn(result)) expect(value.currency).toBe(b.currency);
        },
      ),
      runs,
    );
  });

  it('is a function of its input: the same input gives the same output', () => {
    fc.assert(
      fc.property(
        paymentArb.chain((t) => fc.tuple(planArb('a', t, 'USD'), planArb('b', t, 'USD'))),
        fc.boolean(),
        startArb,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        policyArb,
        timingArb,
        ([a, b], free, start, fraction, policy, timing) => {
          const sa = free ? subAccount() : subscribed(a, start);
          const now = new Date(start.getTime() + Math.floor(fraction * 28 * DAY));
          const input = { actor: owner, agency, subAccount: sa, target: b, now, policy, timing };
          expect(previewPlanChange(input)).toEqual(previewPlanChange(structuredClone(input)));
        },
      ),
      runs,
    );
  });
});

describe('the plan picker', () => {
  // Prices that tie per day across intervals (10/month = 120/year) and prices one unit apart, so the
  // picker's cached sort key is checked against the exact comparison where they are closest.
  const nearPriceArb = fc.constantFrom(0, 1000, 1001, 12_000, 12_001, 3000, 999_999_999, 1_000_000_000);
  const catalogArb = fc.array(
    fc.record({ price: nearPriceArb, interval: fc.constantFrom(...intervals), name: fc.constantFrom('A', 'B') }),
    { minLength: 1, maxLength: 40 },
  );

  it.each([
    ['one currency', ['USD']],
    ['a mixed catalog', ['USD', 'EUR']],
  ])('lists plans in comparePlanOrder order (%s): currency, price per average day, name, id', (_, codes) => {
    fc.assert(
      fc.property(catalogArb, fc.array(fc.constantFrom(...codes), { minLength: 40, maxLength: 40 }), (rows, picks) => {
        const plans = rows.map((row, i) => {
          const currency = picks[i] ?? 'USD';
          return plan({
            id: `p${i}`,
            name: row.name,
            interval: row.interval,
            currency,
            price: money(row.price, currency),
          });
        });
        const listed = planOptions({ subAccount: subAccount({ subscription: null }), plans, agencyId: agency.id });
        const ids = listed.options.map((option) => option.plan.id);
        expect(ids).toEqual([...plans].sort(comparePlanOrder).map((p) => p.id));
      }),
      runs,
    );
  });
});
