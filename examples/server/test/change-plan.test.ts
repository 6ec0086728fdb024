// Changing a plan over HTTP against the seeds, with amounts computed by hand.
// The clock stands at 2026-11-22T10:00:00Z. Harbor Fitness is on Growth ($49/mo, 1,000 min) since
// 2026-11-12T10:00Z; its period ends 2026-12-12T10:00Z (30 days), so 20 of 30 days remain.
import { ChangePlanContext, ChangePlanResult, PlanChangePreview, SubAccountDetail } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, ledgerCount, quoteAndConfirm, TOKENS, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();

async function preview(subAccountId: string, targetPlanId: string, token: string = TOKENS.owner) {
  const response = await api.post(
    `/v1/sub-accounts/${subAccountId}/change-plan/preview`,
    { targetPlanId },
    { token, key: null },
  );
  return { response, preview: response.status === 200 ? wireOf(PlanChangePreview, response.body) : null };
}

function confirm(subAccountId: string, targetPlanId: string, token: string = TOKENS.owner) {
  return quoteAndConfirm(api, subAccountId, targetPlanId, token);
}

async function detail(subAccountId: string) {
  return wireOf(SubAccountDetail, (await api.get(`/v1/sub-accounts/${subAccountId}`)).body);
}

describe('the change-plan context', () => {
  it('lists the same-type, same-currency active plans with the current one disabled', async () => {
    const context = wireOf(ChangePlanContext, (await api.get('/v1/sub-accounts/sa_harbor/change-plan')).body);
    expect(context.permission).toEqual({ allowed: true });
    expect(context.currentTerms?.id).toBe('plan_growth');
    // By price per average day: $0, $29/30.44 d = 0.95, $490/365.24 d = 1.34, $95/60.87 d = 1.56, $49/30.44 d = 1.61, ...
    expect(context.options.map((o) => [o.plan.id, o.current, o.action])).toEqual([
      ['plan_usage', false, 'confirm'],
      ['plan_starter', false, 'confirm'],
      ['plan_growth_yearly', false, 'confirm'],
      ['plan_growth_2m', false, 'confirm'],
      ['plan_growth', true, 'confirm'],
      ['plan_pro', false, 'confirm'],
      ['plan_enterprise', false, 'contact_sales'],
    ]);
    expect(context.policy).toEqual({
      selfServe: false,
      stripeDowngradeTiming: 'period_end',
      userPicksTiming: false,
      overLimit: 'warn',
      quoteTtlSeconds: 600,
    });
  });

  it('says why a blocked sub-account cannot change plan', async () => {
    const context = wireOf(ChangePlanContext, (await api.get('/v1/sub-accounts/sa_tidewater/change-plan')).body);
    expect(context.permission).toEqual({ allowed: false, reason: 'sub_account_blocked' });
  });
});

describe('given a paid Stripe sub-account mid-period (Harbor Fitness, Growth)', () => {
  it('quotes an upgrade to Pro as the prorated difference now', async () => {
    const { preview: p } = await preview('sa_harbor', 'plan_pro');
    // credit −round(4900 × 20/30) = −3267; charge round(9900 × 20/30) = 6600; due 3333.
    expect(p).toMatchObject({
      kind: 'stripe_upgrade',
      timing: 'now',
      quotedAt: '2026-11-22T10:00:00.000Z',
      quotedVersion: 1,
      amountDueNow: { amount: 3333, currency: 'USD' },
      minutesGrantedNow: 2000,
      blockers: [],
    });
    expect(p?.prorationLines.map((line) => line.amount.amount)).toEqual([-3267, 6600]);
    // The words' figures travel with each line: 20 of 30 days × $49.00 and × $99.00.
    expect(p?.prorationLines.map((line) => line.arithmetic)).toEqual([
      expect.objectContaining({
        kind: 'unused_time',
        units: 20,
        totalUnits: 30,
        unit: 'day',
        price: { amount: 4900, currency: 'USD' },
      }),
      expect.objectContaining({
        kind: 'remaining_time',
        units: 20,
        totalUnits: 30,
        unit: 'day',
        price: { amount: 9900, currency: 'USD' },
      }),
    ]);
  });

  it('charges exactly the quoted amount on confirm, once, and grants the extra minutes', async () => {
    const before = await ledgerCount(server());
    const response = await confirm('sa_harbor', 'plan_pro');
    const result = wireOf(ChangePlanResult, response.body);
    expect(result).toMatchObject({
      kind: 'stripe_upgrade',
      timing: 'now',
      amountCharged: { amount: 3333, currency: 'USD' },
      invoice: { amount: { amount: 3333, currency: 'USD' } },
      minutesGranted: 2000,
      scheduledChange: null,
    });
    expect(result.subAccount.subscription?.terms.id).toBe('plan_pro');
    expect(result.subAccount.subscription?.version).toBe(2);
    // Pro's terms apply from the confirm, not from Growth's start ten days earlier.
    expect(result.subAccount.subscription?.termsSince).toBe('2026-11-22T10:00:00.000Z');
    expect(result.subAccount.subscription?.periodStart).toBe('2026-11-12T10:00:00.000Z');
    expect(result.subAccount.usage.includedMinutes).toBe(3000);
    expect((await ledgerCount(server())) - before).toBe(1);
    const [invoice] = await server().db.query<{ amount: number; status: string }>(
      'SELECT amount, status FROM invoices WHERE id = $1',
      [result.invoice?.id ?? ''],
    );
    expect(invoice).toEqual({ amount: 3333, status: 'paid' });
    const page = await fetch(result.invoice?.url ?? '');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('$33.33');
  });

  it('schedules a downgrade to Starter for period end, shows it, and cancels it', async () => {
    const result = wireOf(ChangePlanResult, (await confirm('sa_harbor', 'plan_starter')).body);
    expect(result).toMatchObject({
      kind: 'stripe_downgrade',
      timing: 'period_end',
      effectiveAt: '2026-12-12T10:00:00.000Z',
      amountCharged: { amount: 0, currency: 'USD' },
      invoice: null,
      scheduledChange: { targetPlanId: 'plan_starter', effectiveAt: '2026-12-12T10:00:00.000Z' },
    });
    expect(result.subAccount.subscription?.terms.id).toBe('plan_growth');
    // Scheduled, not applied: Growth's terms still date from the start.
    expect(result.subAccount.subscription?.termsSince).toBe('2026-11-12T10:00:00.000Z');
    const context = wireOf(ChangePlanContext, (await api.get('/v1/sub-accounts/sa_harbor/change-plan')).body);
    expect(context.scheduledChange?.targetPlanId).toBe('plan_starter');

    const canceled = await api.del('/v1/sub-accounts/sa_harbor/scheduled-change');
    expect(canceled.status).toBe(200);
    expect(wireOf(SubAccountDetail, canceled.body).subAccount.subscription?.scheduledChange).toBeNull();
  });

  it('refuses to cancel when nothing is scheduled', async () => {
    const response = await api.del('/v1/sub-accounts/sa_harbor/scheduled-change');
    expect([response.status, errorCode(response.body)]).toEqual([404, 'not_found']);
  });

  it('refuses an offline plan (payment_type_mismatch), a EUR plan, an archived, a draft and the same plan', async () => {
    const cases = [
      ['plan_offline_basic', 'payment_type_mismatch'],
      ['plan_growth_eur', 'currency_mismatch'],
      ['plan_legacy', 'plan_not_active'],
      ['plan_scale_draft', 'plan_not_active'],
      ['plan_growth', 'same_plan'],
    ] as const;
    for (const [plan, code] of cases) {
      const { response } = await preview('sa_harbor', plan);
      expect([plan, response.status, errorCode(response.body)]).toEqual([plan, 422, code]);
    }
  });

  it('refuses a quote older than ten minutes with quote_expired', async () => {
    const { preview: p } = await preview('sa_harbor', 'plan_pro');
    server().clock.advance(601);
    const response = await api.post('/v1/sub-accounts/sa_harbor/change-plan', {
      targetPlanId: 'plan_pro',
      quotedAt: p?.quotedAt,
      quotedVersion: p?.quotedVersion,
    });
    expect([response.status, errorCode(response.body)]).toEqual([409, 'quote_expired']);
  });

  it('refuses a quote made against another version with quote_expired', async () => {
    const response = await api.post('/v1/sub-accounts/sa_harbor/change-plan', {
      targetPlanId: 'plan_pro',
      quotedAt: '2026-11-22T10:00:00.000Z',
      quotedVersion: 7,
    });
    expect([response.status, errorCode(response.body)]).toEqual([409, 'quote_expired']);
  });
});

describe('given a free sub-account', () => {
  it('with a card, starts Stripe Starter with the full first period due now (stripe_new)', async () => {
    const { preview: p } = await preview('sa_bluebird', 'plan_starter');
    expect(p).toMatchObject({
      kind: 'stripe_new',
      amountDueNow: { amount: 2900, currency: 'USD' },
      newPeriod: { start: '2026-11-22T10:00:00.000Z', end: '2026-12-22T10:00:00.000Z' },
      minutesGrantedNow: 300,
    });
    const result = wireOf(ChangePlanResult, (await confirm('sa_bluebird', 'plan_starter')).body);
    expect(result.amountCharged).toEqual({ amount: 2900, currency: 'USD' });
    expect(result.subAccount.subscription).toMatchObject({ status: 'active', periodPaid: true });
  });

  it('without a card, is blocked by payment_method_required', async () => {
    const { preview: p } = await preview('sa_cedar', 'plan_starter');
    expect(p?.blockers).toEqual([{ reason: 'payment_method_required' }]);
    const response = await confirm('sa_cedar', 'plan_starter');
    expect([response.status, errorCode(response.body)]).toEqual([422, 'payment_method_required']);
  });

  it('moves to an offline plan with its minutes granted and nothing due (offline_new)', async () => {
    const result = wireOf(ChangePlanResult, (await confirm('sa_cedar', 'plan_offline_basic')).body);
    expect(result).toMatchObject({
      kind: 'offline_new',
      amountCharged: { amount: 0, currency: 'USD' },
      minutesGranted: 200,
    });
    expect((await detail('sa_cedar')).usage?.includedRemaining).toBe(200);
  });
});

describe('given an offline sub-account (Summit Logistics, Basic $20)', () => {
  it('moves the upgrade credit from the agency pool to the sub-account balance (offline_upgrade)', async () => {
    const before = await ledgerCount(server());
    const result = wireOf(ChangePlanResult, (await confirm('sa_summit', 'plan_offline_plus')).body);
    expect(result).toMatchObject({ kind: 'offline_upgrade', creditGranted: { amount: 2000, currency: 'USD' } });
    expect(result.subAccount.creditBalance).toEqual({ amount: 2000, currency: 'USD' });
    const me = (await api.get('/v1/me')).body as { agency: { creditPool: unknown } };
    expect(me.agency.creditPool).toEqual({ amount: 48000, currency: 'USD' });
    // One debit of the pool, one credit of the balance.
    expect((await ledgerCount(server())) - before).toBe(2);
  });

  it('downgrades back with no credit (offline_downgrade)', async () => {
    await confirm('sa_summit', 'plan_offline_plus');
    const result = wireOf(ChangePlanResult, (await confirm('sa_summit', 'plan_offline_basic')).body);
    expect(result).toMatchObject({ kind: 'offline_downgrade', creditGranted: { amount: 0, currency: 'USD' } });
  });

  it('is blocked by insufficient_agency_credit when the pool is short', async () => {
    await server().db.query(`UPDATE agencies SET credit_pool_amount = 1500 WHERE id = 'agency_northwind'`);
    const response = await confirm('sa_summit', 'plan_offline_plus');
    expect([response.status, errorCode(response.body)]).toEqual([422, 'insufficient_agency_credit']);
  });
});

describe('refusals of the sub-account itself', () => {
  it.each([
    ['sa_tidewater', 'sub_account_blocked'],
    ['sa_umber', 'not_created_by_agency'],
    ['sa_pinecrest', 'subscription_not_changeable'],
    ['sa_quartz', 'subscription_not_changeable'],
  ])('%s → %s', async (subAccountId, code) => {
    const { response } = await preview(subAccountId, 'plan_pro');
    expect([response.status, errorCode(response.body)]).toEqual([422, code]);
  });

  it('a custom-contract sub-account goes through sales (contact_sales)', async () => {
    const response = await confirm('sa_vantage', 'plan_growth');
    expect([response.status, errorCode(response.body)]).toEqual([422, 'contact_sales']);
  });

  it('a contract-only plan goes through sales (contact_sales)', async () => {
    const response = await confirm('sa_harbor', 'plan_enterprise');
    expect([response.status, errorCode(response.body)]).toEqual([422, 'contact_sales']);
  });

  it('an agency without the feature is refused (feature_disabled)', async () => {
    const response = await api.get('/v1/sub-accounts/sa_globex_acme/change-plan', { token: TOKENS.otherAgency });
    expect(wireOf(ChangePlanContext, response.body).permission).toEqual({ allowed: false, reason: 'feature_disabled' });
    const { response: refused } = await preview('sa_globex_acme', 'plan_globex_basic', TOKENS.otherAgency);
    expect([refused.status, errorCode(refused.body)]).toEqual([422, 'feature_disabled']);
  });

  it('an open invoice blocks only where the policy says so (open_invoice)', async () => {
    expect((await preview('sa_yarrow', 'plan_pro')).response.status).toBe(200);
    await server().db.query(`UPDATE agencies SET policy = '{"openInvoice":"block"}' WHERE id = 'agency_northwind'`);
    const { response } = await preview('sa_yarrow', 'plan_pro');
    expect([response.status, errorCode(response.body)]).toEqual([422, 'open_invoice']);
  });

  it('over a new cap warns by default and blocks where the policy says so (over_limit)', async () => {
    const { preview: warned } = await preview('sa_willow', 'plan_starter');
    expect(warned?.overLimit).toEqual([
      { resource: 'agents', usage: 8, cap: 3 },
      { resource: 'teamMembers', usage: 9, cap: 5 },
    ]);
    expect(warned?.blockers).toEqual([]);
    await server().db.query(`UPDATE agencies SET policy = '{"overLimit":"block"}' WHERE id = 'agency_northwind'`);
    const response = await confirm('sa_willow', 'plan_starter');
    expect([response.status, errorCode(response.body)]).toEqual([422, 'over_limit']);
  });

  it('a sub-account user without self-serve is refused (not_agency_member)', async () => {
    const { response } = await preview('sa_harbor', 'plan_pro', TOKENS.subUser);
    expect([response.status, errorCode(response.body)]).toEqual([403, 'not_agency_member']);
  });

  it('with self-serve on, a sub-account user upgrades their own plan', async () => {
    await server().db.query(`UPDATE agencies SET policy = '{"selfServe":true}' WHERE id = 'agency_northwind'`);
    const response = await confirm('sa_harbor', 'plan_pro', TOKENS.subUser);
    expect(response.status).toBe(200);
  });
});

describe('given a card that declines (Zephyr Travel, Starter)', () => {
  it('refuses the upgrade and changes nothing', async () => {
    const before = await ledgerCount(server());
    const response = await confirm('sa_zephyr', 'plan_growth');
    expect([response.status, errorCode(response.body)]).toEqual([402, 'card_declined']);
    // Not the missing-card message: the card is there, it declined.
    expect((response.body as { error: { message: string } }).error.message).toBe(
      "The sub-account's card was declined, so nothing changed. Ask them to update their card or use another one, then retry.",
    );
    expect((await ledgerCount(server())) - before).toBe(0);
    const after = await detail('sa_zephyr');
    expect(after.subAccount.subscription).toMatchObject({ version: 1, terms: { id: 'plan_starter' } });
  });
});
