import { applyPlanChange, cancelScheduledChange, isRulesError, money, renewSubscription } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import {
  agency,
  LATE,
  MID,
  offlineBasic,
  offlinePlus,
  onPlan,
  PERIOD_END,
  PERIOD_START,
  pro,
  proYearly,
  resources,
  starter,
  subAccount,
} from './fixtures';
import { quote } from './helpers';

const usd = (amount: number) => money(amount, 'USD');
const CONFIRMED = new Date(LATE.getTime() + 30_000);

describe('applyPlanChange', () => {
  describe('given a Stripe upgrade', () => {
    // Starter → Pro at LATE: due 645 (see the impact table), 500 extra minutes.
    const sa = onPlan(
      starter,
      {},
      { usage: { voiceSeconds: 6000, chats: 0, includedMinutes: 500, walletMinutes: 0, resources: resources({}) } },
    );
    const preview = quote({ subAccount: sa, target: pro, now: LATE });
    const outcome = applyPlanChange({
      subAccount: sa,
      agency,
      target: pro,
      preview,
      now: CONFIRMED,
      subscriptionId: 'unused',
    });

    it('invoices the amount due with the proration lines', () => {
      expect(outcome.invoice).toEqual({ amount: usd(645), lines: preview.prorationLines });
    });

    it('switches the terms now, keeps the period and bumps the version', () => {
      const s = outcome.subAccount.subscription;
      expect([s?.terms.id, s?.version, s?.periodStart, s?.periodEnd, s?.scheduledChange]).toEqual([
        'pro',
        4,
        new Date('2026-11-01T00:00:00Z'),
        PERIOD_END,
        null,
      ]);
    });

    it('says the new terms took effect at the change, not when the subscription started', () => {
      expect(sa.subscription?.termsSince).toEqual(PERIOD_START);
      expect(outcome.subAccount.subscription?.termsSince).toEqual(preview.effectiveAt);
      expect(preview.effectiveAt).toEqual(LATE);
    });

    it('adds the extra minutes to this period and keeps the usage (500 + 500)', () => {
      expect(outcome.subAccount.usage).toMatchObject({ includedMinutes: 1000, voiceSeconds: 6000 });
      expect(outcome.minutesGranted).toBe(500);
    });

    it('grants no credit and debits no pool', () => {
      expect([outcome.creditGranted, outcome.poolDebit, outcome.scheduledChange, outcome.agency]).toEqual([
        null,
        null,
        null,
        agency,
      ]);
    });
  });

  describe('given a Stripe downgrade at period end', () => {
    const sa = onPlan(pro);
    const preview = quote({ subAccount: sa, target: starter, now: MID });
    const outcome = applyPlanChange({
      subAccount: sa,
      agency,
      target: starter,
      preview,
      now: MID,
      subscriptionId: 'x',
    });

    it('schedules the change and keeps the current terms and minutes', () => {
      expect(outcome.scheduledChange).toEqual({
        targetPlanId: 'starter',
        targetTerms: starter,
        kind: 'stripe_downgrade',
        effectiveAt: PERIOD_END,
        createdAt: MID,
      });
      expect(outcome.subAccount.subscription?.terms.id).toBe('pro');
      expect(outcome.subAccount.subscription?.version).toBe(4);
      expect(outcome.subAccount.usage).toEqual(sa.usage);
      expect(outcome.invoice).toBeNull();
    });

    it('takes effect when the subscription renews at period end', () => {
      const subscription = outcome.subAccount.subscription;
      if (subscription === null) throw new Error('no subscription');
      const renewed = renewSubscription({ subscription, now: PERIOD_END });
      expect([renewed.subscription.terms.id, renewed.subscription.scheduledChange]).toEqual(['starter', null]);
      expect(renewed.subscription.termsSince).toEqual(PERIOD_END);
    });

    it('is replaced by a later change applied now', () => {
      const again = quote({ subAccount: outcome.subAccount, target: proYearly, now: LATE });
      const next = applyPlanChange({
        subAccount: outcome.subAccount,
        agency,
        target: proYearly,
        preview: again,
        now: LATE,
        subscriptionId: 'x',
      });
      expect([next.subAccount.subscription?.terms.id, next.subAccount.subscription?.scheduledChange]).toEqual([
        'pro_yearly',
        null,
      ]);
    });

    it('can be cancelled, which bumps the version', () => {
      const cancelled = cancelScheduledChange({ subAccount: outcome.subAccount, now: LATE });
      if (!cancelled.ok) expect.fail(cancelled.reason);
      expect(cancelled.subAccount.subscription?.scheduledChange).toBeNull();
      expect(cancelled.subAccount.subscription?.version).toBe(5);
      expect(cancelled.canceled.targetPlanId).toBe('starter');
    });
  });

  describe('given a Stripe downgrade applied now under the policy', () => {
    it('adds the unused credit to the existing credit balance (300 + 1000)', () => {
      const sa = onPlan(pro, {}, { creditBalance: usd(300) });
      const preview = quote({ subAccount: sa, target: starter, now: MID, policy: { stripeDowngradeTiming: 'now' } });
      const outcome = applyPlanChange({
        subAccount: sa,
        agency,
        target: starter,
        preview,
        now: MID,
        subscriptionId: 'x',
      });
      expect([outcome.invoice, outcome.creditGranted, outcome.subAccount.creditBalance, outcome.poolDebit]).toEqual([
        null,
        usd(1000),
        usd(1300),
        null,
      ]);
    });
  });

  describe('given a Stripe move to a longer interval', () => {
    // Used 550 minutes (33,000 s) of 500 included + 80 wallet: 50 drawn from the wallet, 30 left.
    const sa = onPlan(
      starter,
      {},
      {
        usage: { voiceSeconds: 33_000, chats: 0, includedMinutes: 500, walletMinutes: 80, resources: resources({}) },
      },
    );
    const preview = quote({ subAccount: sa, target: proYearly, now: MID });
    const outcome = applyPlanChange({
      subAccount: sa,
      agency,
      target: proYearly,
      preview,
      now: MID,
      subscriptionId: 'x',
    });

    it('re-anchors the cycle at the change', () => {
      expect(outcome.subAccount.subscription).toMatchObject({
        anchor: MID,
        periodStart: MID,
        periodEnd: new Date('2027-11-16T00:00:00Z'),
        periodPaid: true,
      });
    });

    it('starts the new period’s usage with the new plan’s minutes and the wallet left over', () => {
      expect(outcome.subAccount.usage).toMatchObject({
        voiceSeconds: 0,
        chats: 0,
        includedMinutes: 12_000,
        walletMinutes: 30,
      });
      expect(outcome.invoice?.amount).toEqual(usd(39_000));
    });
  });

  describe('given an offline upgrade', () => {
    const sa = onPlan(offlineBasic);

    it('moves the credit from a tracked agency pool to the sub-account (10000 − 4500 = 5500)', () => {
      const rich = { ...agency, creditPool: usd(10_000) };
      const preview = quote({ agency: rich, subAccount: sa, target: offlinePlus, now: LATE });
      const outcome = applyPlanChange({
        subAccount: sa,
        agency: rich,
        target: offlinePlus,
        preview,
        now: LATE,
        subscriptionId: 'x',
      });
      expect([
        outcome.creditGranted,
        outcome.poolDebit,
        outcome.agency.creditPool,
        outcome.subAccount.creditBalance,
      ]).toEqual([usd(4500), usd(4500), usd(5500), usd(4500)]);
      expect(outcome.invoice).toBeNull();
    });

    it('records the pool debit even when the pool is not tracked', () => {
      const preview = quote({ subAccount: sa, target: offlinePlus, now: LATE });
      const outcome = applyPlanChange({
        subAccount: sa,
        agency,
        target: offlinePlus,
        preview,
        now: LATE,
        subscriptionId: 'x',
      });
      expect([outcome.poolDebit, outcome.agency]).toEqual([usd(4500), agency]);
    });
  });

  describe('given a free sub-account', () => {
    it('starts a paid Stripe subscription with the first period invoiced', () => {
      const sa = subAccount();
      const preview = quote({ subAccount: sa, target: pro, now: MID });
      const outcome = applyPlanChange({
        subAccount: sa,
        agency,
        target: pro,
        preview,
        now: MID,
        subscriptionId: 'sub_new',
      });
      expect(outcome.subAccount.subscription).toMatchObject({
        id: 'sub_new',
        version: 1,
        status: 'active',
        anchor: MID,
        periodStart: MID,
        periodEnd: new Date('2026-12-16T00:00:00Z'),
        trialEnd: null,
        periodPaid: true,
        hasOpenInvoice: false,
        scheduledChange: null,
      });
      expect(outcome.invoice?.amount).toEqual(usd(4000));
      expect(outcome.subAccount.usage.includedMinutes).toBe(1000);
    });

    it('starts an offline subscription with its minutes and the period billed offline', () => {
      const sa = onPlan(starter, { status: 'canceled', version: 7 });
      const preview = quote({ subAccount: sa, target: offlinePlus, now: MID });
      const outcome = applyPlanChange({
        subAccount: sa,
        agency,
        target: offlinePlus,
        preview,
        now: MID,
        subscriptionId: 'sub_new',
      });
      expect(outcome.subAccount.subscription).toMatchObject({
        id: 'sub_new',
        version: 8,
        periodPaid: false,
        hasOpenInvoice: true,
      });
      expect([outcome.invoice, outcome.minutesGranted, outcome.subAccount.usage.includedMinutes]).toEqual([
        null,
        900,
        900,
      ]);
    });
  });

  describe('given a preview it cannot apply', () => {
    it('refuses a blocked preview', () => {
      const sa = onPlan(starter, {}, { hasPaymentMethod: false });
      const preview = quote({ subAccount: sa, target: pro, now: MID });
      const attempt = () =>
        applyPlanChange({ subAccount: sa, agency, target: pro, preview, now: MID, subscriptionId: 'x' });
      expect(attempt).toThrowError(/payment_method_required/);
    });

    it('refuses a preview for another plan', () => {
      const sa = onPlan(starter);
      const preview = quote({ subAccount: sa, target: pro, now: MID });
      try {
        applyPlanChange({ subAccount: sa, agency, target: proYearly, preview, now: MID, subscriptionId: 'x' });
        expect.fail('expected an error');
      } catch (error) {
        expect(isRulesError(error) && error.code).toBe('invalid_argument');
      }
    });
  });
});

describe('cancelScheduledChange', () => {
  it('answers not_found when nothing is scheduled', () => {
    expect(cancelScheduledChange({ subAccount: onPlan(pro), now: MID })).toEqual({ ok: false, reason: 'not_found' });
    expect(cancelScheduledChange({ subAccount: subAccount(), now: MID })).toEqual({ ok: false, reason: 'not_found' });
  });
});
