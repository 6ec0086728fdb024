import { cancelSubscription, money, previewCancel, renewSubscription, resumeSubscription } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { MID, offlineBasic, onPlan, PERIOD_END, resources, starter, subAccount } from './change-plan/fixtures';

// Starter (card, 500 minutes) with 2 numbers and 3 agents, mid-period (Nov 16; the period ends Dec 1).
const onStarter = onPlan(
  starter,
  {},
  { usage: { ...onPlan(starter).usage, resources: resources({ phoneNumbers: 2, agents: 3 }) } },
);

describe('previewCancel', () => {
  it('at period end: nothing due, nothing refunded, effective Dec 1, and lists what stops working', () => {
    expect(previewCancel({ subAccount: onStarter, at: 'period_end', now: MID })).toEqual({
      ok: true,
      at: 'period_end',
      effectiveAt: PERIOD_END,
      dueNow: money(0, 'USD'),
      refunded: money(0, 'USD'),
      paymentType: 'stripe',
      stops: { phoneNumbers: 2, agents: 3, includedMinutes: 500 },
      alreadyScheduled: false,
    });
  });

  it('now: refused for a card subscription by default (it ends at the period it paid for)', () => {
    expect(previewCancel({ subAccount: onStarter, at: 'now', now: MID })).toEqual({
      ok: false,
      reason: 'cancel_now_not_allowed',
    });
  });

  it('now: allowed for an offline subscription, effective at once, with no credit', () => {
    const preview = previewCancel({ subAccount: onPlan(offlineBasic), at: 'now', now: MID });
    expect(preview).toMatchObject({ ok: true, effectiveAt: MID, refunded: money(0, 'USD'), dueNow: money(0, 'USD') });
  });

  it("now: allowed for a card subscription where the host's policy says always", () => {
    const preview = previewCancel({ subAccount: onStarter, at: 'now', now: MID, policy: { cancelNow: 'always' } });
    expect(preview).toMatchObject({ ok: true, effectiveAt: MID });
  });

  it('is refused without a subscription (not_found) and for an ended one', () => {
    expect(previewCancel({ subAccount: subAccount(), at: 'period_end', now: MID })).toMatchObject({
      reason: 'not_found',
    });
    expect(previewCancel({ subAccount: onPlan(starter, { status: 'canceled' }), at: 'period_end', now: MID })).toEqual({
      ok: false,
      reason: 'subscription_not_changeable',
      params: { status: 'canceled' },
    });
  });
});

describe('cancelSubscription', () => {
  it('at period end: keeps the subscription active until Dec 1, then renewal ends it and starts no period', () => {
    const outcome = cancelSubscription({ subAccount: onStarter, at: 'period_end', now: MID });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.subscription).toMatchObject({ status: 'active', cancelAt: PERIOD_END, version: 4 });

    const before = renewSubscription({ subscription: outcome.subscription, now: new Date(PERIOD_END.getTime() - 1) });
    expect(before.subscription.status).toBe('active');
    const after = renewSubscription({ subscription: outcome.subscription, now: new Date('2026-12-20T00:00:00Z') });
    expect([after.subscription.status, after.renewals]).toEqual(['canceled', []]);
  });

  it('at period end again: returns the subscription unchanged (same version)', () => {
    const once = cancelSubscription({ subAccount: onStarter, at: 'period_end', now: MID });
    if (!once.ok) throw new Error(once.reason);
    const twice = cancelSubscription({
      subAccount: { ...onStarter, subscription: once.subscription },
      at: 'period_end',
      now: MID,
    });
    expect(twice.ok && twice.subscription).toBe(once.subscription);
  });

  it('now (offline): canceled at once, so the sub-account is free again', () => {
    const outcome = cancelSubscription({ subAccount: onPlan(offlineBasic), at: 'now', now: MID });
    expect(outcome.ok && outcome.subscription.status).toBe('canceled');
  });
});

describe('resumeSubscription', () => {
  it('drops a scheduled cancellation, and the subscription renews as before', () => {
    const canceled = cancelSubscription({ subAccount: onStarter, at: 'period_end', now: MID });
    if (!canceled.ok) throw new Error(canceled.reason);
    const resumed = resumeSubscription({ subAccount: { ...onStarter, subscription: canceled.subscription } });
    if (!resumed.ok) throw new Error(resumed.reason);
    expect([resumed.subscription.cancelAt, resumed.subscription.version]).toEqual([null, 5]);
    const renewed = renewSubscription({ subscription: resumed.subscription, now: PERIOD_END });
    expect([renewed.subscription.status, renewed.renewals.length]).toEqual(['active', 1]);
  });

  it('is not_found when nothing is scheduled', () => {
    expect(resumeSubscription({ subAccount: onStarter })).toEqual({ ok: false, reason: 'not_found' });
  });
});
