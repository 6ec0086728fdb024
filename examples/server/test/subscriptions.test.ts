// Assigning a plan, starting a subscription, and the Billing tab's data.
import { StartSubscriptionResult, SubAccountDetail, SubAccountPage } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, ledgerCount, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();

describe('Manage Users', () => {
  it('lists every sub-account with its plan and billing badge', async () => {
    const page = wireOf(SubAccountPage, (await api.get('/v1/sub-accounts')).body);
    expect([page.total, page.nextCursor]).toEqual([16, null]);
    const rows = page.items;
    const summary = Object.fromEntries(
      rows.map((r) => [r.subAccount.name, [r.currentPlan?.name ?? null, r.billingBadge]]),
    );
    expect(summary).toEqual({
      'Bluebird Bakery': ['Starter', 'inactive'],
      'Cedar Dental': [null, 'inactive'],
      'Harbor Fitness': ['Growth', 'active'],
      'Juniper Law': ['Starter', 'active'],
      'Maple Realty': ['Growth', 'past_due'],
      'Oakridge Plumbing': ['Starter', 'blocked'],
      'Pinecrest Spa': ['Starter', 'inactive'],
      'Quartz Studio': ['Growth', 'inactive'],
      'Redwood Cafe': ['Starter', 'inactive'],
      'Summit Logistics': ['Basic (invoiced)', 'active'],
      'Tidewater Marine': ['Starter', 'active'],
      'Umber Design': ['Starter', 'active'],
      'Vantage Holdings': ['Pro', 'active'],
      'Willow Clinics': ['Growth', 'active'],
      'Yarrow Books': ['Growth', 'active'],
      'Zephyr Travel': ['Starter', 'active'],
    });
    expect(rows.find((r) => r.subAccount.id === 'sa_harbor')?.users.map((u) => u.status)).toEqual([
      'pending',
      'blocked',
      'approved',
    ]);
  });
});

describe("a sub-account's Billing tab", () => {
  it('splits usage: 420 voice minutes + 80 chats ÷ 4 = 440 of 1,000 included', async () => {
    const detail = wireOf(SubAccountDetail, (await api.get('/v1/sub-accounts/sa_harbor')).body);
    expect(detail.usage).toEqual({
      usedMinutes: 440,
      fromIncluded: 440,
      fromWallet: 0,
      excessMinutes: 0,
      billedExcessMinutes: 0,
      excessCharge: { amount: 0, currency: 'USD' },
      includedRemaining: 560,
      walletRemaining: 0,
    });
    expect(detail.billingBadge).toBe('active');
    expect(detail.openInvoice).toBeNull();
  });

  it('shows the open invoice of a past-due sub-account', async () => {
    const detail = wireOf(SubAccountDetail, (await api.get('/v1/sub-accounts/sa_maple')).body);
    expect(detail.billingBadge).toBe('past_due');
    expect(detail.openInvoice).toMatchObject({
      id: expect.stringMatching(/^inv_[0-9a-f]{20}$/),
      amount: { amount: 4900, currency: 'USD' },
    });
  });
});

describe('assigning a plan and starting the subscription', () => {
  it('assigns a plan without starting it', async () => {
    const detail = wireOf(
      SubAccountDetail,
      (await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_growth' })).body,
    );
    expect(detail.assignedPlan?.name).toBe('Growth');
    expect(detail.subAccount.subscription).toBeNull();
  });

  it('starts a Stripe plan now: the first period is charged to the card and its minutes granted', async () => {
    const before = await ledgerCount(server());
    const result = wireOf(
      StartSubscriptionResult,
      (await api.post('/v1/sub-accounts/sa_bluebird/subscription', {})).body,
    );
    expect(result.paymentRequest?.amount).toEqual({ amount: 2900, currency: 'USD' });
    expect(result.includedMinutesGranted).toBe(300);
    expect(result.subAccount.subscription).toMatchObject({
      status: 'active',
      periodStart: '2026-11-22T10:00:00.000Z',
      periodEnd: '2026-12-22T10:00:00.000Z',
      periodPaid: true,
      terms: { id: 'plan_starter' },
    });
    expect((await ledgerCount(server())) - before).toBe(1);
  });

  it('starts a usage-only plan with no payment request', async () => {
    await api.post('/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_usage' });
    const result = wireOf(
      StartSubscriptionResult,
      (await api.post('/v1/sub-accounts/sa_bluebird/subscription', {})).body,
    );
    expect(result.paymentRequest).toBeNull();
  });

  it('starts an offline plan with an open payment request', async () => {
    await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_offline_basic' });
    const result = wireOf(StartSubscriptionResult, (await api.post('/v1/sub-accounts/sa_cedar/subscription', {})).body);
    expect(result.paymentRequest?.amount).toEqual({ amount: 2000, currency: 'USD' });
    expect(result.subAccount.subscription).toMatchObject({ periodPaid: false, hasOpenInvoice: true });
  });

  it('refuses a Stripe plan without a card (payment_method_required), changing nothing', async () => {
    await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_starter' });
    const response = await api.post('/v1/sub-accounts/sa_cedar/subscription', {});
    expect([response.status, errorCode(response.body)]).toEqual([422, 'payment_method_required']);
    const detail = wireOf(SubAccountDetail, (await api.get('/v1/sub-accounts/sa_cedar')).body);
    expect(detail.subAccount.subscription).toBeNull();
  });

  it('refuses a Stripe plan whose card declines (card_declined, not a missing card), changing nothing', async () => {
    await server().db.query(`UPDATE sub_accounts SET payment_method = 'card_declines' WHERE id = 'sa_cedar'`);
    await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_starter' });
    const response = await api.post('/v1/sub-accounts/sa_cedar/subscription', {});
    expect([response.status, errorCode(response.body)]).toEqual([402, 'card_declined']);
    const detail = wireOf(SubAccountDetail, (await api.get('/v1/sub-accounts/sa_cedar')).body);
    expect(detail.subAccount.subscription).toBeNull();
  });

  it('refuses to start without an assigned plan, or twice', async () => {
    const none = await api.post('/v1/sub-accounts/sa_cedar/subscription', {});
    expect([none.status, errorCode(none.body)]).toEqual([400, 'invalid_request']);
    const twice = await api.post('/v1/sub-accounts/sa_harbor/subscription', {});
    expect([twice.status, errorCode(twice.body)]).toEqual([400, 'invalid_request']);
  });

  it('lets a client start its own subscription only where the policy allows self-serve', async () => {
    const refused = await api.post('/v1/sub-accounts/sa_bluebird/subscription', {}, { token: 'tok_bluebird' });
    expect([refused.status, errorCode(refused.body)]).toEqual([403, 'not_agency_member']);
    await server().db.query(`UPDATE agencies SET policy = '{"selfServe":true}' WHERE id = 'agency_northwind'`);
    const started = await api.post('/v1/sub-accounts/sa_bluebird/subscription', {}, { token: 'tok_bluebird' });
    expect(started.status).toBe(200);
  });

  it('refuses a plan of another agency as not_found', async () => {
    const response = await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_globex_basic' });
    expect([response.status, errorCode(response.body)]).toEqual([404, 'not_found']);
  });
});
