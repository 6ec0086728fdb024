import {
  addIntervals,
  isChangeableStatus,
  isFree,
  money,
  type Plan,
  rate,
  renewSubscription,
  type ScheduledChange,
  type Subscription,
  type SubscriptionStatus,
  startSubscription,
} from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from './change-plan/fixtures';

const basic = plan({
  id: 'basic',
  name: 'Basic',
  paymentType: 'offline',
  price: money(4900, 'USD'),
  usageRate: rate(15, 'USD', 1),
  addOnPacks: true,
  chatsPerMinute: 4,
  caps: { agents: 3, teamMembers: 5, concurrentCalls: 2, knowledgeBaseMb: 100, phoneNumbers: null },
});
const usageOnly: Plan = { ...basic, id: 'usage', name: 'Usage only', price: null, includedMinutes: 0 };
const yearly: Plan = {
  ...basic,
  id: 'pro-yearly',
  name: 'Pro yearly',
  interval: { unit: 'year', count: 1 },
  price: money(49_000, 'USD'),
  includedMinutes: 6000,
};

const jan31 = new Date('2024-01-31T10:00:00Z');

describe('startSubscription', () => {
  describe('given a plan with a recurring fee', () => {
    const started = startSubscription({ id: 'sub1', plan: basic, now: jan31 });

    it('begins the period now, anchored now, ending one interval later (month-end clamped)', () => {
      expect(started.subscription.anchor).toEqual(jan31);
      expect(started.subscription.periodStart).toEqual(jan31);
      expect(started.subscription.periodEnd).toEqual(new Date('2024-02-29T10:00:00Z'));
    });

    it('is active at version 1 with no trial and no scheduled change', () => {
      expect(started.subscription).toMatchObject({
        id: 'sub1',
        version: 1,
        status: 'active',
        trialEnd: null,
        scheduledChange: null,
      });
    });

    it('has its terms in effect from the start', () => {
      expect(started.subscription.termsSince).toEqual(jan31);
    });

    it('creates a payment request for the fee, open until paid', () => {
      expect(started.paymentRequest).toEqual(money(4900, 'USD'));
      expect(started.subscription.hasOpenInvoice).toBe(true);
      expect(started.subscription.periodPaid).toBe(false);
    });

    it("grants the plan's included minutes", () => {
      expect(started.includedMinutesGranted).toBe(500);
    });

    it('snapshots the terms so later catalog edits do not reach the subscription', () => {
      const plan = structuredClone(basic) as { -readonly [K in keyof Plan]: Plan[K] };
      const { subscription } = startSubscription({ id: 'sub1', plan, now: jan31 });
      plan.includedMinutes = 9999;
      (plan.caps as Record<string, number | null>).agents = 99;
      expect(subscription.terms).toEqual(basic);
    });
  });

  describe('given a plan with the recurring fee off', () => {
    const started = startSubscription({ id: 'sub2', plan: usageOnly, now: jan31 });

    it('creates no payment request and counts the period as paid', () => {
      expect(started.paymentRequest).toBeNull();
      expect(started.subscription.hasOpenInvoice).toBe(false);
      expect(started.subscription.periodPaid).toBe(true);
    });
  });
});

function paid(subscription: Subscription): Subscription {
  return { ...subscription, periodPaid: true, hasOpenInvoice: false };
}

describe('renewSubscription', () => {
  const { subscription: started } = startSubscription({ id: 'sub1', plan: basic, now: jan31 });
  const sub = paid(started);

  it('does nothing before the period ends (one ms before)', () => {
    const result = renewSubscription({ subscription: sub, now: new Date('2024-02-29T09:59:59.999Z') });
    expect(result.renewals).toEqual([]);
    expect(result.subscription).toBe(sub);
  });

  it('starts the next period exactly at the boundary, granting minutes and opening a payment request', () => {
    const result = renewSubscription({ subscription: sub, now: new Date('2024-02-29T10:00:00Z') });
    expect(result.renewals).toEqual([
      {
        periodStart: new Date('2024-02-29T10:00:00Z'),
        periodEnd: new Date('2024-03-31T10:00:00Z'),
        terms: basic,
        charge: money(4900, 'USD'),
        includedMinutes: 500,
        appliedChange: null,
      },
    ]);
    expect(result.subscription).toMatchObject({
      version: 1,
      // A renewal on the same terms does not move when they took effect.
      termsSince: jan31,
      anchor: jan31,
      periodStart: new Date('2024-02-29T10:00:00Z'),
      periodEnd: new Date('2024-03-31T10:00:00Z'),
      periodPaid: false,
      hasOpenInvoice: true,
    });
  });

  it('catches up through every boundary with the month-end rule (Jan 31 → Feb 29 → Mar 31 → Apr 30 → May 31)', () => {
    const result = renewSubscription({ subscription: sub, now: new Date('2024-04-30T09:59:59.999Z') });
    expect(result.renewals.map((r) => [r.periodStart.toISOString(), r.periodEnd.toISOString()])).toEqual([
      ['2024-02-29T10:00:00.000Z', '2024-03-31T10:00:00.000Z'],
      ['2024-03-31T10:00:00.000Z', '2024-04-30T10:00:00.000Z'],
    ]);
    const later = renewSubscription({ subscription: result.subscription, now: new Date('2024-04-30T10:00:00Z') });
    expect(later.renewals.map((r) => r.periodEnd.toISOString())).toEqual(['2024-05-31T10:00:00.000Z']);
  });

  it('renews a fee-less plan as paid, with no charge, keeping an earlier open request open', () => {
    const { subscription } = startSubscription({ id: 's', plan: usageOnly, now: jan31 });
    const result = renewSubscription({ subscription, now: new Date('2024-02-29T10:00:00Z') });
    expect(result.renewals[0]?.charge).toBeNull();
    expect(result.subscription).toMatchObject({ periodPaid: true, hasOpenInvoice: false });
    const withOpen = renewSubscription({
      subscription: { ...subscription, hasOpenInvoice: true },
      now: new Date('2024-02-29T10:00:00Z'),
    });
    expect(withOpen.subscription.hasOpenInvoice).toBe(true);
  });

  describe('given a scheduled downgrade to a usage-only plan at period end', () => {
    const change: ScheduledChange = {
      targetPlanId: 'usage',
      targetTerms: usageOnly,
      kind: 'stripe_downgrade',
      effectiveAt: new Date('2024-02-29T10:00:00Z'),
      createdAt: new Date('2024-02-10T00:00:00Z'),
    };
    const scheduled = { ...sub, scheduledChange: change };

    it('replaces the terms at the boundary, bumps the version, keeps the anchor (same interval)', () => {
      const result = renewSubscription({ subscription: scheduled, now: new Date('2024-03-05T00:00:00Z') });
      expect(result.renewals).toEqual([
        {
          periodStart: new Date('2024-02-29T10:00:00Z'),
          periodEnd: new Date('2024-03-31T10:00:00Z'),
          terms: usageOnly,
          charge: null,
          includedMinutes: 0,
          appliedChange: change,
        },
      ]);
      expect(result.subscription).toMatchObject({
        version: 2,
        terms: usageOnly,
        termsSince: new Date('2024-02-29T10:00:00Z'),
        anchor: jan31,
        scheduledChange: null,
        periodPaid: true,
        hasOpenInvoice: false,
      });
    });

    it('keeps the change pending while its effective instant is after the boundary', () => {
      const later = { ...scheduled, scheduledChange: { ...change, effectiveAt: new Date('2024-03-31T10:00:00Z') } };
      const result = renewSubscription({ subscription: later, now: new Date('2024-03-05T00:00:00Z') });
      expect(result.renewals[0]?.appliedChange).toBeNull();
      expect(result.subscription.terms).toEqual(basic);
      expect(result.subscription.scheduledChange?.effectiveAt).toEqual(new Date('2024-03-31T10:00:00Z'));
    });
  });

  describe('given a scheduled change from monthly to yearly', () => {
    const change: ScheduledChange = {
      targetPlanId: 'pro-yearly',
      targetTerms: yearly,
      kind: 'stripe_interval_change',
      effectiveAt: new Date('2024-02-29T10:00:00Z'),
      createdAt: new Date('2024-02-10T00:00:00Z'),
    };

    it('re-anchors the cycle at the boundary: Feb 29 2024 → Feb 28 2025 → Feb 28 2026', () => {
      const result = renewSubscription({
        subscription: { ...sub, scheduledChange: change },
        now: new Date('2025-03-01T00:00:00Z'),
      });
      expect(
        result.renewals.map((r) => [r.periodStart.toISOString(), r.periodEnd.toISOString(), r.includedMinutes]),
      ).toEqual([
        ['2024-02-29T10:00:00.000Z', '2025-02-28T10:00:00.000Z', 6000],
        ['2025-02-28T10:00:00.000Z', '2026-02-28T10:00:00.000Z', 6000],
      ]);
      expect(result.renewals.map((r) => r.charge)).toEqual([money(49_000, 'USD'), money(49_000, 'USD')]);
      expect(result.subscription).toMatchObject({
        version: 2,
        anchor: new Date('2024-02-29T10:00:00Z'),
        periodStart: new Date('2025-02-28T10:00:00Z'),
        periodEnd: new Date('2026-02-28T10:00:00Z'),
      });
    });
  });

  it('renews a 2-month interval from its anchor', () => {
    const plan: Plan = { ...basic, interval: { unit: 'month', count: 2 } };
    const { subscription } = startSubscription({ id: 's', plan, now: new Date('2023-12-31T00:00:00Z') });
    const result = renewSubscription({ subscription, now: new Date('2024-06-01T00:00:00Z') });
    expect(result.renewals.map((r) => r.periodStart.toISOString())).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2024-04-30T00:00:00.000Z',
    ]);
    expect(result.subscription.periodEnd).toEqual(new Date('2024-06-30T00:00:00Z'));
  });

  it.each<SubscriptionStatus>(['canceled', 'incomplete_expired'])('does not renew a %s subscription', (status) => {
    const ended = { ...sub, status };
    expect(renewSubscription({ subscription: ended, now: new Date('2030-01-01T00:00:00Z') })).toEqual({
      subscription: ended,
      renewals: [],
    });
  });

  it('refuses to loop without bound on a corrupt far-past period', () => {
    const daily: Plan = { ...basic, interval: { unit: 'day', count: 1 } };
    const { subscription } = startSubscription({ id: 's', plan: daily, now: new Date('1990-01-01T00:00:00Z') });
    expect(() => renewSubscription({ subscription, now: new Date('2030-01-01T00:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('isFree and isChangeableStatus', () => {
  const { subscription } = startSubscription({ id: 's', plan: basic, now: jan31 });
  const table: [SubscriptionStatus, boolean, boolean][] = [
    ['active', false, true],
    ['trialing', false, true],
    ['past_due', false, true],
    ['unpaid', false, true],
    ['incomplete', false, false],
    ['incomplete_expired', true, false],
    ['paused', false, false],
    ['canceled', true, false],
  ];
  it.each(table)('%s: free %s, changeable %s', (status, free, changeable) => {
    expect(isFree({ ...subscription, status })).toBe(free);
    expect(isFree({ subscription: { ...subscription, status } })).toBe(free);
    expect(isChangeableStatus(status)).toBe(changeable);
  });

  it('treats a sub-account without a subscription as free', () => {
    expect(isFree({ subscription: null })).toBe(true);
    expect(isFree(null)).toBe(true);
  });
});

describe('property: renewal walks contiguous periods up to now (1,000 runs)', () => {
  it('each period starts where the last ended, the final one contains now, and the count matches', () => {
    const intervalArb = fc.record({
      unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
      count: fc.integer({ min: 1, max: 3 }),
    });
    const startArb = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2030-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(intervalArb, startArb, fc.integer({ min: 0, max: 400 * 86_400_000 }), (interval, start, later) => {
        const plan: Plan = { ...basic, interval };
        const { subscription } = startSubscription({ id: 's', plan, now: start });
        const now = new Date(start.getTime() + later);
        const { subscription: renewed, renewals } = renewSubscription({ subscription, now });
        let end = subscription.periodEnd;
        for (const renewal of renewals) {
          expect(renewal.periodStart).toEqual(end);
          expect(renewal.periodEnd.getTime()).toBeGreaterThan(renewal.periodStart.getTime());
          end = renewal.periodEnd;
        }
        expect(renewed.periodEnd).toEqual(end);
        expect(renewed.periodStart.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(renewed.periodEnd.getTime()).toBeGreaterThan(now.getTime());
        expect(renewed.periodEnd).toEqual(addIntervals(start, interval, renewals.length + 1));
      }),
      { numRuns: 1000 },
    );
  });
});
