// One describe per row of design.md's billing-impact table, with the arithmetic in comments.
// Period: Nov 1 → Dec 1 2026 = 30 days = 2,592,000 s. MID leaves 1,296,000 s; LATE leaves 835,200 s.
import { money, requestDeadlines } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import {
  agency,
  bimonthly,
  jpyLite,
  jpyMax,
  kwdLite,
  kwdMax,
  LATE,
  MID,
  offlineBasic,
  offlinePlus,
  onPlan,
  PERIOD_END,
  plan,
  pro,
  proTwin,
  proYearly,
  starter,
  subAccount,
  subscription,
} from './fixtures';
import { keys, quote } from './helpers';

const usd = (amount: number) => money(amount, 'USD');

describe('given a free sub-account (no subscription)', () => {
  describe('when moving to a Stripe plan (stripe_new)', () => {
    const p = quote({ subAccount: subAccount(), target: pro, now: MID });

    it('starts a new period now and charges the full first period now, with no trial', () => {
      expect(p).toEqual({
        ok: true,
        kind: 'stripe_new',
        timing: 'now',
        targetPlanId: 'pro',
        quotedAt: MID,
        quotedVersion: null,
        effectiveAt: MID,
        amountDueNow: usd(4000),
        creditAmount: usd(0),
        minutesGrantedNow: 1000,
        // Nov 16 + 1 month = Dec 16
        newPeriod: { start: MID, end: new Date('2026-12-16T00:00:00Z') },
        prorationLines: [
          {
            description: {
              key: 'change_plan.line.new_period',
              values: { plan: 'Pro', start: MID, end: new Date('2026-12-16T00:00:00Z') },
            },
            amount: usd(4000),
          },
        ],
        overLimit: [],
        blockers: [],
        summary: [
          {
            key: 'change_plan.summary.new_subscription',
            values: { plan: 'Pro', start: MID, end: new Date('2026-12-16T00:00:00Z') },
          },
          { key: 'change_plan.summary.charge_now', values: { amount: usd(4000) } },
          { key: 'change_plan.summary.minutes_granted', values: { minutes: 1000 } },
        ],
      });
    });

    it('requires a payment method even when the plan has no recurring fee', () => {
      const usageOnly = plan({ ...pro, id: 'usage', name: 'Usage', price: null });
      const q = quote({ subAccount: subAccount({ hasPaymentMethod: false }), target: usageOnly, now: MID });
      expect(q.amountDueNow).toEqual(usd(0));
      expect(q.prorationLines).toEqual([]);
      expect(q.blockers).toEqual([{ ok: false, reason: 'payment_method_required' }]);
    });
  });

  describe('whose last subscription was canceled', () => {
    it('quotes a new subscription against the old subscription version', () => {
      const sa = onPlan(starter, { status: 'canceled', version: 7 });
      const q = quote({ subAccount: sa, target: pro, now: MID });
      expect([q.kind, q.quotedVersion, q.amountDueNow]).toEqual(['stripe_new', 7, usd(4000)]);
    });
  });

  describe('when moving to an offline plan (offline_new)', () => {
    const p = quote({ subAccount: subAccount({ hasPaymentMethod: false }), target: offlinePlus, now: MID });

    it('starts a new period now, grants the included minutes and charges nothing', () => {
      expect(p).toMatchObject({
        kind: 'offline_new',
        timing: 'now',
        effectiveAt: MID,
        amountDueNow: usd(0),
        creditAmount: usd(0),
        minutesGrantedNow: 900,
        newPeriod: { start: MID, end: new Date('2026-12-16T00:00:00Z') },
        prorationLines: [],
        blockers: [],
      });
      expect(keys(p)).toEqual([
        'change_plan.summary.new_subscription',
        'change_plan.summary.nothing_due',
        'change_plan.summary.payment_request',
        'change_plan.summary.minutes_granted',
      ]);
    });

    it('announces the first period’s payment request, as Start subscription creates it', () => {
      // due = Nov 16 + 7 × 24 h = Nov 23
      expect(requestDeadlines({ periodStart: MID, terms: offlinePlus }).dueAt).toEqual(
        new Date('2026-11-23T00:00:00Z'),
      );
      expect(p.summary).toContainEqual({
        key: 'change_plan.summary.payment_request',
        values: { amount: usd(7500), start: MID, date: new Date('2026-11-23T00:00:00Z') },
      });
    });
  });
});

describe('given a paid Stripe sub-account', () => {
  describe('when upgrading on the same interval (stripe_upgrade)', () => {
    // Starter USD 20.00 → Pro USD 40.00 with 835,200 of 2,592,000 s left:
    // credit = −round(2000 × 835200 / 2592000) = −round(644.44) = −644
    // charge = +round(4000 × 835200 / 2592000) = +round(1288.89) = +1289; due = 645.
    const p = quote({ subAccount: onPlan(starter), target: pro, now: LATE });

    it('charges the prorated difference now', () => {
      expect(p.kind).toBe('stripe_upgrade');
      expect(p.timing).toBe('now');
      expect(p.effectiveAt).toEqual(LATE);
      expect(p.amountDueNow).toEqual(usd(645));
      expect(p.creditAmount).toEqual(usd(0));
      expect(p.newPeriod).toBeNull();
    });

    it('lists the unused and remaining time lines that add up to the amount due', () => {
      // In days (10 of 30) the figures would give 667, so the words count hours: 232 of 720.
      const hours = { units: 232, totalUnits: 720 };
      expect(p.prorationLines).toEqual([
        {
          description: {
            key: 'change_plan.line.unused_hours',
            values: { plan: 'Starter', ...hours, price: usd(2000) },
          },
          amount: usd(-644),
          arithmetic: {
            kind: 'unused_time',
            plan: 'Starter',
            ...hours,
            unit: 'hour',
            price: usd(2000),
            amount: usd(-644),
          },
        },
        {
          description: { key: 'change_plan.line.remaining_hours', values: { plan: 'Pro', ...hours, price: usd(4000) } },
          amount: usd(1289),
          arithmetic: {
            kind: 'remaining_time',
            plan: 'Pro',
            ...hours,
            unit: 'hour',
            price: usd(4000),
            amount: usd(1289),
          },
        },
      ]);
    });

    it('grants the extra included minutes now, not prorated (1000 − 500)', () => {
      expect(p.minutesGrantedNow).toBe(500);
    });

    it('says what happens as message keys', () => {
      expect(p.summary).toEqual([
        { key: 'change_plan.summary.applies_now', values: { plan: 'Pro' } },
        { key: 'change_plan.summary.charge_now', values: { amount: usd(645) } },
        { key: 'change_plan.summary.minutes_granted', values: { minutes: 500 } },
      ]);
    });

    it('quotes against the subscription version', () => {
      expect([p.quotedAt, p.quotedVersion]).toEqual([LATE, 3]);
    });

    it('charges exactly half the difference at mid-period (USD 20 → 40: −1000 + 2000 = 1000)', () => {
      expect(quote({ subAccount: onPlan(starter), target: pro, now: MID }).amountDueNow).toEqual(usd(1000));
    });

    it('needs a payment method when something is due', () => {
      const q = quote({ subAccount: onPlan(starter, {}, { hasPaymentMethod: false }), target: pro, now: MID });
      expect(q.blockers).toEqual([{ ok: false, reason: 'payment_method_required' }]);
    });
  });

  describe('when upgrading on a 2-month interval', () => {
    // Nov 1 → Jan 1 = 61 days = 5,270,400 s; LATE leaves 40 d 16 h = 3,513,600 s = exactly 2/3.
    // credit = −round(7000 × 2/3) = −round(4666.67) = −4667; charge = +round(10000 × 2/3) = +6667; due 2000.
    const bimonthlyMax = plan({ ...bimonthly, id: 'bimonthly_max', name: 'Bimonthly Max', price: usd(10_000) });
    const sa = onPlan(bimonthly, { periodEnd: new Date('2027-01-01T00:00:00Z') });
    const p = quote({ subAccount: sa, target: bimonthlyMax, now: LATE });

    it('prorates over the whole two months', () => {
      expect(p.kind).toBe('stripe_upgrade');
      expect(p.prorationLines.map((l) => l.amount)).toEqual([usd(-4667), usd(6667)]);
      expect(p.amountDueNow).toEqual(usd(2000));
    });
  });

  describe('when downgrading on the same interval (stripe_downgrade)', () => {
    const p = quote({ subAccount: onPlan(pro), target: starter, now: MID });

    it('schedules the change at period end with nothing due and nothing refunded', () => {
      expect(p).toMatchObject({
        kind: 'stripe_downgrade',
        timing: 'period_end',
        effectiveAt: PERIOD_END,
        amountDueNow: usd(0),
        creditAmount: usd(0),
        minutesGrantedNow: 0,
        newPeriod: null,
        prorationLines: [],
      });
    });

    it('keeps the current plan, access and minutes until period end', () => {
      expect(p.summary).toEqual([
        { key: 'change_plan.summary.scheduled', values: { plan: 'Starter', date: PERIOD_END } },
        { key: 'change_plan.summary.keeps_current', values: { plan: 'Pro', date: PERIOD_END } },
        { key: 'change_plan.summary.nothing_due' },
      ]);
    });

    it('needs no payment method', () => {
      const q = quote({ subAccount: onPlan(pro, {}, { hasPaymentMethod: false }), target: starter, now: MID });
      expect(q.blockers).toEqual([]);
    });
  });

  describe("when downgrading with the policy's downgrade timing 'now'", () => {
    // Pro 40.00 → Starter 20.00 at mid-period: credit −2000, charge +1000, due −1000:
    // nothing due; the 1000 difference becomes credit balance.
    const p = quote({
      subAccount: onPlan(pro),
      target: starter,
      now: MID,
      policy: { stripeDowngradeTiming: 'now' },
    });

    it('applies now: nothing due, the unused credit above the charge becomes credit balance', () => {
      expect(p).toMatchObject({
        kind: 'stripe_downgrade',
        timing: 'now',
        effectiveAt: MID,
        amountDueNow: usd(0),
        creditAmount: usd(1000),
        minutesGrantedNow: 0,
        newPeriod: null,
      });
      expect(p.prorationLines.map((l) => l.amount)).toEqual([usd(-2000), usd(1000)]);
      expect(keys(p)).toEqual([
        'change_plan.summary.applies_now',
        'change_plan.summary.nothing_due',
        'change_plan.summary.credit_balance',
      ]);
    });
  });

  describe('when moving to a longer interval (stripe_interval_change, now)', () => {
    // Starter monthly 20.00 → Pro Yearly 400.00 at mid-period: unused = −round(2000 × 1/2) = −1000;
    // due = 40000 − 1000 = 39000. New period Nov 16 2026 → Nov 16 2027.
    const p = quote({ subAccount: onPlan(starter), target: proYearly, now: MID });
    const newEnd = new Date('2027-11-16T00:00:00Z');

    it('starts a new period now and charges the full new price less the unused old time', () => {
      expect(p).toMatchObject({
        kind: 'stripe_interval_change',
        timing: 'now',
        effectiveAt: MID,
        amountDueNow: usd(39_000),
        creditAmount: usd(0),
        minutesGrantedNow: 12_000,
        newPeriod: { start: MID, end: newEnd },
      });
      expect(p.prorationLines).toEqual([
        {
          // 15 of 30 days × $20.00 = $10.00
          description: {
            key: 'change_plan.line.unused_days',
            values: { plan: 'Starter', units: 15, totalUnits: 30, price: usd(2000) },
          },
          amount: usd(-1000),
          arithmetic: {
            kind: 'unused_time',
            plan: 'Starter',
            units: 15,
            totalUnits: 30,
            unit: 'day',
            price: usd(2000),
            amount: usd(-1000),
          },
        },
        {
          description: { key: 'change_plan.line.new_period', values: { plan: 'Pro Yearly', start: MID, end: newEnd } },
          amount: usd(40_000),
        },
      ]);
    });

    it('says the renewal date moves', () => {
      expect(p.summary).toContainEqual({ key: 'change_plan.summary.renewal_moves', values: { date: newEnd } });
    });

    it('turns an unused credit larger than the new price into credit balance, never a refund', () => {
      // Pro monthly 40.00 → a yearly plan at 10.00, at mid-period: 1000 − 2000 = −1000 → credit 1000.
      const cheapYearly = plan({ ...proYearly, id: 'cheap_yearly', name: 'Cheap Yearly', price: usd(1000) });
      const q = quote({ subAccount: onPlan(pro), target: cheapYearly, now: MID });
      expect([q.kind, q.timing, q.amountDueNow, q.creditAmount]).toEqual([
        'stripe_interval_change',
        'now',
        usd(0),
        usd(1000),
      ]);
    });

    it('moves from monthly to every two months the same way', () => {
      // 7000 − round(2000 × 1/2) = 6000; new period Nov 16 → Jan 16.
      const q = quote({ subAccount: onPlan(starter), target: bimonthly, now: MID });
      expect([q.kind, q.amountDueNow, q.newPeriod]).toEqual([
        'stripe_interval_change',
        usd(6000),
        { start: MID, end: new Date('2027-01-16T00:00:00Z') },
      ]);
    });
  });

  describe('when moving to a shorter interval (stripe_interval_change, period_end)', () => {
    const yearEnd = new Date('2027-01-01T00:00:00Z');
    const sa = onPlan(proYearly, {
      anchor: new Date('2026-01-01T00:00:00Z'),
      periodStart: new Date('2026-01-01T00:00:00Z'),
      periodEnd: yearEnd,
    });
    const p = quote({ subAccount: sa, target: pro, now: MID });

    it('schedules the change at period end like a downgrade', () => {
      expect(p).toMatchObject({
        kind: 'stripe_interval_change',
        timing: 'period_end',
        effectiveAt: yearEnd,
        amountDueNow: usd(0),
        creditAmount: usd(0),
        newPeriod: null,
        prorationLines: [],
      });
    });
  });

  describe('when the plan has the same price per day and minutes (lateral)', () => {
    const p = quote({ subAccount: onPlan(pro), target: proTwin, now: MID });

    it('applies now with nothing due and no credit', () => {
      expect(p).toMatchObject({
        kind: 'lateral',
        timing: 'now',
        effectiveAt: MID,
        amountDueNow: usd(0),
        creditAmount: usd(0),
        minutesGrantedNow: 0,
        prorationLines: [],
      });
    });
  });

  describe('on a trial', () => {
    const trialEnd = new Date('2026-11-20T00:00:00Z');
    const sa = onPlan(starter, { status: 'trialing', trialEnd });

    it('changes now with nothing due and keeps the trial end', () => {
      const p = quote({ subAccount: sa, target: pro, now: MID });
      expect(p).toMatchObject({
        kind: 'stripe_upgrade',
        timing: 'now',
        amountDueNow: usd(0),
        minutesGrantedNow: 500,
        prorationLines: [],
        newPeriod: null,
        blockers: [],
      });
      expect(p.summary).toContainEqual({ key: 'change_plan.summary.trial_kept', values: { date: trialEnd } });
    });

    it('applies a downgrade now as well', () => {
      const p = quote({ subAccount: onPlan(pro, { status: 'trialing', trialEnd }), target: starter, now: MID });
      expect([p.kind, p.timing, p.amountDueNow]).toEqual(['stripe_downgrade', 'now', usd(0)]);
    });
  });

  describe('with a pending scheduled change', () => {
    const sa = onPlan(pro, {
      scheduledChange: {
        targetPlanId: 'starter',
        targetTerms: starter,
        kind: 'stripe_downgrade',
        effectiveAt: PERIOD_END,
        createdAt: MID,
      },
    });

    it('replaces it and measures higher or lower against the current plan', () => {
      // Pro → Pro Yearly is longer: now, measured against Pro (not the scheduled Starter).
      // 40000 − round(4000 × 1/2) = 38000
      const p = quote({ subAccount: sa, target: proYearly, now: MID });
      expect(p.amountDueNow).toEqual(usd(38_000));
      expect(p.summary[0]).toEqual({
        key: 'change_plan.summary.replaces_scheduled',
        values: { plan: 'Starter', date: PERIOD_END },
      });
    });
  });

  describe('when the user may pick the timing', () => {
    const policy = { userPicksTiming: true };

    it('applies a downgrade now when asked for now', () => {
      const p = quote({ subAccount: onPlan(pro), target: starter, now: MID, policy, timing: 'now' });
      expect([p.kind, p.timing, p.creditAmount]).toEqual(['stripe_downgrade', 'now', usd(1000)]);
    });

    it('schedules an upgrade for the next cycle when asked', () => {
      const p = quote({ subAccount: onPlan(starter), target: pro, now: MID, policy, timing: 'period_end' });
      expect([p.kind, p.timing, p.effectiveAt, p.amountDueNow]).toEqual([
        'stripe_upgrade',
        'period_end',
        PERIOD_END,
        usd(0),
      ]);
    });

    it('ignores the requested timing when the policy does not allow picking', () => {
      const p = quote({ subAccount: onPlan(pro), target: starter, now: MID, timing: 'now' });
      expect(p.timing).toBe('period_end');
    });
  });
});

describe('given a paid offline sub-account', () => {
  describe('when upgrading (offline_upgrade)', () => {
    // 75.00 − 30.00 = 45.00, not prorated; the period is topped up to Plus's 900 minutes (900 − 300).
    it('moves the price difference from the agency pool to the sub-account credit balance, now', () => {
      const p = quote({ subAccount: onPlan(offlineBasic), target: offlinePlus, now: LATE });
      expect(p).toMatchObject({
        kind: 'offline_upgrade',
        timing: 'now',
        effectiveAt: LATE,
        amountDueNow: usd(0),
        creditAmount: usd(4500),
        minutesGrantedNow: 600,
        newPeriod: null,
        prorationLines: [],
        blockers: [],
      });
      expect(p.summary).toContainEqual({ key: 'change_plan.summary.credit_from_pool', values: { amount: usd(4500) } });
    });

    it('is blocked when a tracked agency pool holds less than the credit', () => {
      const poor = { ...agency, creditPool: usd(4499) };
      const p = quote({ agency: poor, subAccount: onPlan(offlineBasic), target: offlinePlus, now: LATE });
      expect(p.blockers).toEqual([
        { ok: false, reason: 'insufficient_agency_credit', params: { required: usd(4500), available: usd(4499) } },
      ]);
    });

    it('is allowed when the pool holds exactly the credit', () => {
      const exact = { ...agency, creditPool: usd(4500) };
      expect(
        quote({ agency: exact, subAccount: onPlan(offlineBasic), target: offlinePlus, now: LATE }).blockers,
      ).toEqual([]);
    });
  });

  describe('when downgrading (offline_downgrade)', () => {
    it('applies now with no credit', () => {
      const p = quote({ subAccount: onPlan(offlinePlus), target: offlineBasic, now: LATE });
      expect(p).toMatchObject({
        kind: 'offline_downgrade',
        timing: 'now',
        effectiveAt: LATE,
        amountDueNow: usd(0),
        creditAmount: usd(0),
        minutesGrantedNow: 0,
      });
      expect(keys(p)).toEqual([
        'change_plan.summary.applies_now',
        'change_plan.summary.nothing_due',
        'change_plan.summary.no_credit',
      ]);
    });
  });

  describe('when the plan has another interval', () => {
    it('starts a new period now and grants the new plan’s minutes', () => {
      const offlineYearly = plan({
        ...offlinePlus,
        id: 'off_yearly',
        name: 'Offline Yearly',
        interval: { unit: 'year', count: 1 },
        price: usd(90_000),
      });
      // Per day: 90000 × 30,436,875 = 2,739,318,750,000 = 7500 × 365,242,500, and both include
      // 900 minutes: lateral. The yearly interval re-anchors: Nov 16 2026 → Nov 16 2027.
      const p = quote({ subAccount: onPlan(offlinePlus), target: offlineYearly, now: MID });
      expect([p.kind, p.timing, p.minutesGrantedNow, p.newPeriod]).toEqual([
        'lateral',
        'now',
        900,
        { start: MID, end: new Date('2027-11-16T00:00:00Z') },
      ]);
    });
  });
});

describe('in currencies with other exponents', () => {
  it('prorates a JPY upgrade in whole yen', () => {
    // 1000 → 3000 JPY, 835,200 / 2,592,000 s left: −round(322.22) = −322, +round(966.67) = +967; due 645.
    const p = quote({ subAccount: onPlan(jpyLite), target: jpyMax, now: LATE });
    expect(p.prorationLines.map((l) => l.amount)).toEqual([money(-322, 'JPY'), money(967, 'JPY')]);
    expect(p.amountDueNow).toEqual(money(645, 'JPY'));
    expect(p.minutesGrantedNow).toBe(300);
  });

  it('prorates a KWD upgrade in fils', () => {
    // 5.000 → 12.345 KWD: −round(5000 × 835200 / 2592000 = 1611.11) = −1611;
    // +round(12345 × 835200 / 2592000 = 3977.83) = +3978; due 2367.
    const p = quote({ subAccount: onPlan(kwdLite), target: kwdMax, now: LATE });
    expect(p.prorationLines.map((l) => l.amount)).toEqual([money(-1611, 'KWD'), money(3978, 'KWD')]);
    expect(p.amountDueNow).toEqual(money(2367, 'KWD'));
  });

  it('gives zero amounts in the plan currency', () => {
    const p = quote({ subAccount: onPlan(kwdMax), target: kwdLite, now: LATE });
    expect([p.amountDueNow, p.creditAmount]).toEqual([money(0, 'KWD'), money(0, 'KWD')]);
  });
});

describe('when the subscription renewal is not recorded yet', () => {
  it('prorates within the period the anchor puts now in', () => {
    // Period on record ended Dec 1; at Dec 16 00:00 the anchor gives Dec 1 → Jan 1 (31 d = 2,678,400 s),
    // 16 d = 1,382,400 s left: −round(2000 × 1382400 / 2678400 = 1032.26) = −1032, +round(2064.52) = +2065.
    const sa = onPlan(starter);
    const p = quote({
      subAccount: { ...sa, subscription: subscription(starter) },
      target: pro,
      now: new Date('2026-12-16T00:00:00Z'),
    });
    expect(p.prorationLines.map((l) => l.amount)).toEqual([usd(-1032), usd(2065)]);
  });
});

describe('with carry-over on upgrade', () => {
  // 200 of Starter's 500 included minutes used (12,000 s): 300 unused when the period closes early.
  const sa = onPlan(starter, {}, { usage: { ...onPlan(starter).usage, voiceSeconds: 12_000 } });

  it('lets the unused included minutes lapse by default (the new period brings 12,000)', () => {
    expect(quote({ subAccount: sa, target: proYearly, now: MID }).minutesGrantedNow).toBe(12_000);
  });

  it('carries them into the new period when the policy says so (12,000 + 300)', () => {
    const p = quote({ subAccount: sa, target: proYearly, now: MID, policy: { carryOverOnUpgrade: true } });
    expect(p.minutesGrantedNow).toBe(12_300);
    expect(p.summary).toContainEqual({ key: 'change_plan.summary.minutes_carried', values: { minutes: 300 } });
  });

  it('carries nothing on an upgrade that keeps the period (its minutes are kept anyway)', () => {
    const p = quote({ subAccount: sa, target: pro, now: MID, policy: { carryOverOnUpgrade: true } });
    expect(p.minutesGrantedNow).toBe(500);
  });

  it('carries nothing on a move to a shorter interval applied now', () => {
    const yearly = onPlan(proYearly, { periodEnd: new Date('2027-11-01T00:00:00Z') });
    const policy = { carryOverOnUpgrade: true, userPicksTiming: true };
    const p = quote({ subAccount: yearly, target: starter, now: MID, policy, timing: 'now' });
    expect([p.kind, p.minutesGrantedNow]).toEqual(['stripe_interval_change', 500]);
  });
});
