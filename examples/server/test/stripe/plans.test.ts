// Stripe plans through the server's HTTP API: what the provider sends Stripe, and what it records.
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../src/testing';
import { seconds, useStripeServer } from './setup';

const { server, fake, api, warnings } = useStripeServer();
const DAY = 86_400;
const SA = 'sa_bluebird';

async function start(planId = 'plan_starter') {
  expect((await api.post(`/v1/sub-accounts/${SA}/assigned-plan`, { planId })).status).toBe(200);
  const started = await api.post(`/v1/sub-accounts/${SA}/subscription`);
  expect(started.status).toBe(200);
  const [sub] = [...fake.subscriptions.values()];
  if (!sub) throw new Error('no Stripe subscription');
  return { started: started.body as Record<string, unknown>, stripeSub: sub };
}

async function quoteAndConfirm(targetPlanId: string) {
  const preview = await api.post(`/v1/sub-accounts/${SA}/change-plan/preview`, { targetPlanId });
  expect(preview.status).toBe(200);
  const quote = preview.body as { quotedAt: string; quotedVersion: number; amountDueNow: { amount: number } };
  const confirmed = await api.post(`/v1/sub-accounts/${SA}/change-plan`, {
    targetPlanId,
    quotedAt: quote.quotedAt,
    quotedVersion: quote.quotedVersion,
  });
  return { quote, confirmed };
}

async function ledger() {
  return server().db.query<{ kind: string; amount: number; invoice_id: string | null }>(
    `SELECT kind, amount, invoice_id FROM ledger_entries WHERE sub_account_id = $1 ORDER BY id`,
    [SA],
  );
}

describe('given Bluebird Bakery, free with a card on file, billed through Stripe', () => {
  it('starts the subscription with no trial and charges the first period now', async () => {
    const { started } = await start();

    const [customer] = fake.calls('POST', '/v1/customers');
    expect(customer?.params).toEqual({
      name: 'Bluebird Bakery',
      metadata: { plankit_sub_account_id: SA },
      payment_method: 'pm_card_visa',
      invoice_settings: { default_payment_method: 'pm_card_visa' },
    });
    const [price] = fake.calls('POST', '/v1/prices');
    expect(price?.params).toMatchObject({
      currency: 'usd',
      unit_amount: '2900',
      recurring: { interval: 'month', interval_count: '1' },
      lookup_key: expect.stringMatching(/^plankit_plan_starter_[0-9a-f]{12}$/),
    });
    const [create] = fake.calls('POST', '/v1/subscriptions');
    expect(create?.params).toEqual({
      customer: [...fake.customers.keys()][0],
      items: [{ price: fake.priceOf('plan_starter'), quantity: '1' }],
      payment_behavior: 'error_if_incomplete',
      expand: ['latest_invoice'],
      metadata: { plankit_subscription_id: expect.any(String), plankit_sub_account_id: SA },
    });
    expect(create?.idempotencyKey).toMatch(/^plankit-subscription-sub_/);

    const invoice = [...fake.invoices.values()][0];
    expect(started.paymentRequest).toEqual({
      id: invoice?.id,
      url: `https://invoice.stripe.test/i/${invoice?.id}`,
      amount: { amount: 2900, currency: 'USD' },
    });
    expect(await ledger()).toEqual([{ kind: 'charge', amount: 2900, invoice_id: invoice?.id }]);
  });

  it('reuses the Stripe price of an identical plan snapshot', async () => {
    await start();
    await server().db.query(`UPDATE subscriptions SET status = 'canceled' WHERE sub_account_id = $1`, [SA]);
    await api.post(`/v1/sub-accounts/${SA}/subscription`);
    expect(fake.calls('POST', '/v1/prices')).toHaveLength(1);
    expect(fake.calls('POST', '/v1/subscriptions')).toHaveLength(2);
    expect(fake.calls('POST', '/v1/subscriptions')[1]?.params.items).toEqual([
      { price: fake.priceOf('plan_starter'), quantity: '1' },
    ]);
  });

  it('charges a mid-period upgrade exactly as previewed, prorated at the quote instant', async () => {
    const { stripeSub } = await start();
    server().clock.advance(10 * DAY);
    const { quote, confirmed } = await quoteAndConfirm('plan_growth');

    // Period Nov 22 → Dec 22 is 30 days; 20 remain: −round(2900 × 20/30) + round(4900 × 20/30)
    // = −1933 + 3267 = 1334.
    expect(quote.amountDueNow.amount).toBe(1334);
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as { amountCharged: unknown }).amountCharged).toEqual({ amount: 1334, currency: 'USD' });

    const [update] = fake.calls('POST', `/v1/subscriptions/${stripeSub.id}`);
    const item = (stripeSub.items as { data: { id: string }[] }).data[0];
    expect(update?.params).toEqual({
      items: [{ id: item?.id, price: fake.priceOf('plan_growth'), quantity: '1' }],
      payment_behavior: 'pending_if_incomplete',
      proration_behavior: 'always_invoice',
      proration_date: String(seconds(TEST_NOW) + 10 * DAY),
      expand: ['latest_invoice'],
    });
    expect(update?.params.proration_date).toBe(String(seconds(quote.quotedAt)));
    expect(update?.idempotencyKey).toMatch(new RegExp(`^plankit-change-sub_.+-v\\d+-${seconds(quote.quotedAt)}$`));
    expect((await ledger()).map((e) => e.amount)).toEqual([2900, 1334]);
  });

  it('refuses an upgrade the card declines, leaves the plan unchanged and voids the unpaid invoice', async () => {
    const { stripeSub } = await start();
    fake.declining.add(stripeSub.customer as string);
    server().clock.advance(10 * DAY);
    const { confirmed } = await quoteAndConfirm('plan_growth');

    expect(confirmed.status).toBe(402);
    expect(confirmed.body).toMatchObject({ error: { code: 'card_declined' } });
    const detail = await api.get(`/v1/sub-accounts/${SA}`);
    expect(detail.body).toMatchObject({ subAccount: { subscription: { terms: { id: 'plan_starter' } } } });
    const stripeItem = (stripeSub.items as { data: { price: { id: string } }[] }).data[0];
    expect(stripeItem?.price.id).toBe(fake.priceOf('plan_starter'));
    expect(stripeSub.pending_update).not.toBeNull();
    const voided = fake.calls('POST', '/v1/invoices/');
    expect(voided.map((r) => r.path)).toEqual([`/v1/invoices/${stripeSub.latest_invoice}/void`]);
    expect((await ledger()).map((e) => e.amount)).toEqual([2900]);
  });

  it('schedules a downgrade for the period end and releases the schedule when it is cancelled', async () => {
    const { stripeSub } = await start('plan_growth');
    server().clock.advance(5 * DAY);
    const { confirmed } = await quoteAndConfirm('plan_starter');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ timing: 'period_end', amountCharged: { amount: 0, currency: 'USD' } });

    const [create] = fake.calls('POST', '/v1/subscription_schedules');
    expect(create?.params).toEqual({ from_subscription: stripeSub.id });
    const schedule = [...fake.schedules.values()][0];
    const [update] = fake.calls('POST', `/v1/subscription_schedules/${schedule?.id}`);
    expect(update?.params).toEqual({
      end_behavior: 'release',
      phases: [
        {
          items: [{ price: fake.priceOf('plan_growth'), quantity: '1' }],
          start_date: String(seconds(TEST_NOW)),
          end_date: String(seconds('2026-12-22T10:00:00.000Z')),
        },
        {
          items: [{ price: fake.priceOf('plan_starter'), quantity: '1' }],
          duration: { interval: 'month', interval_count: '1' },
          proration_behavior: 'none',
        },
      ],
    });
    expect(fake.calls('POST', `/v1/subscriptions/${stripeSub.id}`)).toEqual([]);

    const cancelled = await api.del(`/v1/sub-accounts/${SA}/scheduled-change`);
    expect(cancelled.status).toBe(200);
    expect(fake.calls('POST', `/v1/subscription_schedules/${schedule?.id}/release`)).toHaveLength(1);
    expect(stripeSub.schedule).toBeNull();
  });

  it('releases a pending downgrade schedule before an upgrade applies now', async () => {
    const { stripeSub } = await start('plan_growth');
    server().clock.advance(5 * DAY);
    await quoteAndConfirm('plan_starter');
    const schedule = [...fake.schedules.values()][0];
    const { confirmed } = await quoteAndConfirm('plan_pro');
    expect(confirmed.status).toBe(200);
    const order = fake.requests
      .filter((r) => r.method === 'POST' && /^\/v1\/subscription(s|_schedules)\//.test(r.path))
      .map((r) => r.path)
      .slice(-2);
    expect(order).toEqual([`/v1/subscription_schedules/${schedule?.id}/release`, `/v1/subscriptions/${stripeSub.id}`]);
    expect(stripeSub.schedule).toBeNull();
  });

  it('makes a new schedule when the previous one has already ended', async () => {
    await start('plan_growth');
    server().clock.advance(5 * DAY);
    await quoteAndConfirm('plan_starter');
    const first = [...fake.schedules.values()][0];
    await api.del(`/v1/sub-accounts/${SA}/scheduled-change`);
    expect(first?.status).toBe('released');
    await quoteAndConfirm('plan_starter');
    expect(
      fake.calls('POST', '/v1/subscription_schedules').filter((r) => r.path === '/v1/subscription_schedules'),
    ).toHaveLength(2);
  });

  it('keeps a scheduled downgrade, here and at Stripe, when an upgrade is declined', async () => {
    const { stripeSub } = await start('plan_growth');
    server().clock.advance(5 * DAY);
    await quoteAndConfirm('plan_starter');
    const first = [...fake.schedules.values()][0];
    fake.declining.add(stripeSub.customer as string);
    const { confirmed } = await quoteAndConfirm('plan_pro');

    expect(confirmed.status).toBe(402);
    expect(first?.status).toBe('released');
    const again = fake.schedules.get(stripeSub.schedule as string);
    expect(again?.id).not.toBe(first?.id);
    expect(again?.phases).toEqual(first?.phases);
    const detail = await api.get(`/v1/sub-accounts/${SA}`);
    expect(detail.body).toMatchObject({
      subAccount: { subscription: { terms: { id: 'plan_growth' }, scheduledChange: { targetPlanId: 'plan_starter' } } },
    });
  });

  it('moves to a yearly plan with a new billing anchor, crediting the unused month', async () => {
    const { stripeSub } = await start('plan_growth');
    server().clock.advance(10 * DAY);
    const { quote, confirmed } = await quoteAndConfirm('plan_growth_yearly');

    // The full year, less the unused 20 of 30 days of Growth: 49000 − round(4900 × 20/30) = 45733.
    expect(quote.amountDueNow.amount).toBe(45733);
    expect((confirmed.body as { amountCharged: unknown }).amountCharged).toEqual({ amount: 45733, currency: 'USD' });
    const [update] = fake.calls('POST', `/v1/subscriptions/${stripeSub.id}`);
    expect(update?.params).toMatchObject({
      billing_cycle_anchor: { type: 'now' },
      proration_behavior: 'always_invoice',
      proration_date: String(seconds(quote.quotedAt)),
      payment_behavior: 'pending_if_incomplete',
    });
  });

  it('refuses to start when the card declines, and nothing is recorded', async () => {
    await server().db.query(`UPDATE sub_accounts SET payment_method = 'card_declines' WHERE id = $1`, [SA]);
    await api.post(`/v1/sub-accounts/${SA}/assigned-plan`, { planId: 'plan_starter' });
    const started = await api.post(`/v1/sub-accounts/${SA}/subscription`);
    expect(started.status).toBe(402);
    expect(started.body).toMatchObject({
      error: { code: 'card_declined', params: { detail: { type: 'string', value: 'generic_decline' } } },
    });
    expect(fake.calls('POST', '/v1/customers')[0]?.params.payment_method).toBe('pm_card_chargeCustomerFail');
    const detail = await api.get(`/v1/sub-accounts/${SA}`);
    expect(detail.body).toMatchObject({ subAccount: { subscription: null } });
    expect(await ledger()).toEqual([]);
  });
});

describe('given plans priced in currencies Stripe counts differently', () => {
  async function planIn(id: string, currency: string, price: number) {
    await server().db.query(
      `INSERT INTO plans (id, agency_id, position, name, description, currency, status, payment_type, interval_unit,
         interval_count, price_amount, included_minutes, usage_rate_amount, usage_rate_scale, add_on_packs,
         chats_per_minute, payment_due_days, grace_days, phone_number_price_amount, caps, contract_only)
       SELECT $1, agency_id, 99, name || ' ' || $2, description, $2, status, payment_type, interval_unit, interval_count,
         $3, included_minutes, NULL, NULL, add_on_packs, chats_per_minute, payment_due_days, grace_days, 0, caps,
         contract_only
       FROM plans WHERE id = 'plan_starter'`,
      [id, currency, price],
    );
  }

  it('sends an ISK price as two-decimal units, ×100', async () => {
    await planIn('plan_starter_isk', 'ISK', 4900);
    const { started } = await start('plan_starter_isk');
    expect(fake.calls('POST', '/v1/prices')[0]?.params).toMatchObject({ currency: 'isk', unit_amount: '490000' });
    expect(started.paymentRequest).toMatchObject({ amount: { amount: 4900, currency: 'ISK' } });
    expect(await ledger()).toEqual([{ kind: 'charge', amount: 4900, invoice_id: expect.any(String) }]);
  });

  it('refuses a KWD price that does not end in 0 before anything reaches Stripe', async () => {
    await planIn('plan_starter_kwd', 'KWD', 12345);
    await api.post(`/v1/sub-accounts/${SA}/assigned-plan`, { planId: 'plan_starter_kwd' });
    const started = await api.post(`/v1/sub-accounts/${SA}/subscription`);
    expect(started.status).toBe(400);
    expect(started.body).toMatchObject({
      error: {
        code: 'invalid_request',
        message:
          'KWD amounts billed through Stripe must end in 0 (got 12345 minor units). Change the price to a multiple of 10 minor units.',
      },
    });
    expect(fake.requests).toEqual([]);
  });
});

describe('given Change plan on a sub-account with no Stripe subscription yet', () => {
  it('starts a free sub-account on a Stripe plan with the full first period charged now', async () => {
    const { quote, confirmed } = await quoteAndConfirm('plan_growth');
    expect(quote.amountDueNow.amount).toBe(4900);
    expect(confirmed.body).toMatchObject({ kind: 'stripe_new', amountCharged: { amount: 4900, currency: 'USD' } });
    expect(fake.calls('POST', '/v1/subscriptions').map((r) => r.params.payment_behavior)).toEqual([
      'error_if_incomplete',
    ]);
    expect((await ledger()).map((e) => e.amount)).toEqual([4900]);
  });

  it('keeps an offline plan in the local ledger: nothing reaches Stripe', async () => {
    const { confirmed } = await quoteAndConfirm('plan_offline_basic');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ kind: 'offline_new' });
    expect(fake.requests).toEqual([]);
  });

  it('refuses to change a subscription that was started before Stripe billing, saying how to fix it', async () => {
    const preview = await api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_pro' });
    const quote = preview.body as { quotedAt: string; quotedVersion: number };
    const confirmed = await api.post('/v1/sub-accounts/sa_harbor/change-plan', {
      targetPlanId: 'plan_pro',
      quotedAt: quote.quotedAt,
      quotedVersion: quote.quotedVersion,
    });
    expect(confirmed.status).toBe(400);
    expect(confirmed.body).toMatchObject({
      error: {
        code: 'invalid_request',
        message:
          'This subscription is not billed through Stripe (it was started before Stripe billing was switched on). Start it again so Stripe bills it, then retry.',
      },
    });
    expect(fake.requests).toEqual([]);
  });
});

describe('given an agency that applies Stripe downgrades now', () => {
  it('charges nothing and keeps the unused difference as credit balance, at Stripe and here', async () => {
    await server().db.query(
      `UPDATE agencies SET policy = policy || '{"stripeDowngradeTiming":"now"}'::jsonb WHERE id = 'agency_northwind'`,
    );
    const { stripeSub } = await start('plan_growth');
    server().clock.advance(10 * DAY);
    const { quote, confirmed } = await quoteAndConfirm('plan_starter');

    // −round(4900 × 20/30) + round(2900 × 20/30) = −3267 + 1933 = −1334: nothing due, 1334 credited.
    expect(quote.amountDueNow.amount).toBe(0);
    expect(confirmed.body).toMatchObject({
      timing: 'now',
      amountCharged: { amount: 0, currency: 'USD' },
      invoice: null,
      creditGranted: { amount: 1334, currency: 'USD' },
    });
    expect(fake.calls('POST', `/v1/subscriptions/${stripeSub.id}`)[0]?.params).toMatchObject({
      proration_behavior: 'always_invoice',
      proration_date: String(seconds(quote.quotedAt)),
    });
    expect(fake.customers.get(stripeSub.customer as string)?.balance).toBe(-1334);
    expect(await ledger()).toEqual([
      { kind: 'charge', amount: 4900, invoice_id: expect.any(String) },
      { kind: 'credit', amount: 1334, invoice_id: null },
    ]);
    const [account] = await server().db.query<{ credit_balance_amount: number }>(
      'SELECT credit_balance_amount FROM sub_accounts WHERE id = $1',
      [SA],
    );
    expect(account?.credit_balance_amount).toBe(1334);
  });
});

describe('given a trialing Stripe subscription', () => {
  it('changes the price now with nothing prorated and nothing charged', async () => {
    const { stripeSub } = await start();
    await server().db.query(
      `UPDATE subscriptions SET status = 'trialing', trial_end = $2 WHERE sub_account_id = $1 AND is_current`,
      [SA, new Date(TEST_NOW.getTime() + 14 * DAY * 1000)],
    );
    server().clock.advance(3 * DAY);
    const { quote, confirmed } = await quoteAndConfirm('plan_growth');
    expect(quote.amountDueNow.amount).toBe(0);
    expect(confirmed.body).toMatchObject({ amountCharged: { amount: 0, currency: 'USD' }, invoice: null });
    const [update] = fake.calls('POST', `/v1/subscriptions/${stripeSub.id}`);
    expect(update?.params).toEqual({
      items: [{ id: expect.any(String), price: fake.priceOf('plan_growth'), quantity: '1' }],
      payment_behavior: 'pending_if_incomplete',
      proration_behavior: 'none',
      expand: ['latest_invoice'],
    });
    expect((await ledger()).map((e) => e.amount)).toEqual([2900]);
  });
});

describe("given an upgrade Stripe invoices, checked against the quote's amountDueNow", () => {
  async function mismatches() {
    return server().db.query<Record<string, unknown>>(
      `SELECT subscription_id, stripe_subscription_id, stripe_invoice_id, quoted_amount, quoted_currency,
              invoiced_amount, invoiced_currency FROM stripe_amount_mismatches ORDER BY id`,
    );
  }

  it('records nothing when Stripe invoices exactly the quote', async () => {
    await start();
    server().clock.advance(10 * DAY);
    const { quote, confirmed } = await quoteAndConfirm('plan_growth');
    expect(quote.amountDueNow.amount).toBe(1334);
    expect((confirmed.body as { amountCharged: unknown }).amountCharged).toEqual({ amount: 1334, currency: 'USD' });
    expect(await mismatches()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("records a mismatch with both figures and charges Stripe's real figure when it invoices 1 cent more", async () => {
    const { stripeSub } = await start();
    server().clock.advance(10 * DAY);
    fake.prorationSurcharge = 1;
    const { quote, confirmed } = await quoteAndConfirm('plan_growth');

    expect(quote.amountDueNow.amount).toBe(1334);
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as { amountCharged: unknown }).amountCharged).toEqual({ amount: 1335, currency: 'USD' });
    const invoice = stripeSub.latest_invoice as string;
    const [subscription] = await server().db.query<{ id: string }>(
      `SELECT id FROM subscriptions WHERE sub_account_id = $1 AND status = 'active'`,
      [SA],
    );
    expect(await mismatches()).toEqual([
      {
        subscription_id: subscription?.id,
        stripe_subscription_id: stripeSub.id,
        stripe_invoice_id: invoice,
        quoted_amount: 1334,
        quoted_currency: 'USD',
        invoiced_amount: 1335,
        invoiced_currency: 'USD',
      },
    ]);
    expect(warnings.splice(0)).toEqual([
      `Stripe invoiced 13.35 USD (${invoice}) for subscription ${subscription?.id} (Stripe ${stripeSub.id}) but the quote's amountDueNow was 13.34 USD.`,
    ]);
    expect((await ledger()).map((e) => e.amount)).toEqual([2900, 1335]);
  });
});
