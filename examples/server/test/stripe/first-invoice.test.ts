// A new Stripe subscription's first invoice, checked against what the customer was told it would be.
import { describe, expect, it } from 'vitest';
import { useStripeServer } from './setup';

const { server, fake, api, warnings } = useStripeServer();
const SA = 'sa_bluebird';

async function mismatches() {
  return server().db.query<Record<string, unknown>>(
    `SELECT subscription_id, stripe_subscription_id, stripe_invoice_id, quoted_amount, quoted_currency,
            invoiced_amount, invoiced_currency FROM stripe_amount_mismatches ORDER BY id`,
  );
}

async function currentSubscription(): Promise<string | undefined> {
  const [row] = await server().db.query<{ id: string }>(
    'SELECT id FROM subscriptions WHERE sub_account_id = $1 AND is_current',
    [SA],
  );
  return row?.id;
}

function stripeSubscription() {
  const [sub] = [...fake.subscriptions.values()];
  if (!sub) throw new Error('no Stripe subscription');
  return { id: sub.id as string, invoice: sub.latest_invoice as string };
}

async function start() {
  expect((await api.post(`/v1/sub-accounts/${SA}/assigned-plan`, { planId: 'plan_starter' })).status).toBe(200);
  return api.post(`/v1/sub-accounts/${SA}/subscription`);
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

describe('given Bluebird Bakery started on Starter through Stripe', () => {
  it('records nothing when the first invoice is the payment request', async () => {
    const started = await start();
    expect((started.body as { paymentRequest: { amount: unknown } }).paymentRequest.amount).toEqual({
      amount: 2900,
      currency: 'USD',
    });
    expect(await mismatches()).toEqual([]);
  });

  it('records a mismatch with both figures when Stripe invoices 1 cent more than the payment request', async () => {
    fake.firstInvoiceSurcharge = 1;
    const started = await start();

    expect(started.status).toBe(200);
    expect((started.body as { paymentRequest: { amount: unknown } }).paymentRequest.amount).toEqual({
      amount: 2901,
      currency: 'USD',
    });
    const subscription = await currentSubscription();
    const stripe = stripeSubscription();
    expect(await mismatches()).toEqual([
      {
        subscription_id: subscription,
        stripe_subscription_id: stripe.id,
        stripe_invoice_id: stripe.invoice,
        quoted_amount: 2900,
        quoted_currency: 'USD',
        invoiced_amount: 2901,
        invoiced_currency: 'USD',
      },
    ]);
    expect(warnings.splice(0)).toEqual([
      `Stripe invoiced 29.01 USD (${stripe.invoice}) for subscription ${subscription} (Stripe ${stripe.id}) but the payment request was 29.00 USD.`,
    ]);
  });
});

describe('given Change plan moving free Bluebird Bakery onto Growth through Stripe', () => {
  it("records nothing when the first invoice is the quote's amountDueNow", async () => {
    const { quote, confirmed } = await quoteAndConfirm('plan_growth');
    expect(quote.amountDueNow.amount).toBe(4900);
    expect(confirmed.body).toMatchObject({ kind: 'stripe_new', amountCharged: { amount: 4900, currency: 'USD' } });
    expect(await mismatches()).toEqual([]);
  });

  it("records a mismatch and charges Stripe's figure when the first invoice is 1 cent more than the quote", async () => {
    fake.firstInvoiceSurcharge = 1;
    const { quote, confirmed } = await quoteAndConfirm('plan_growth');

    expect(quote.amountDueNow.amount).toBe(4900);
    expect(confirmed.body).toMatchObject({ kind: 'stripe_new', amountCharged: { amount: 4901, currency: 'USD' } });
    const subscription = await currentSubscription();
    const stripe = stripeSubscription();
    expect(await mismatches()).toEqual([
      {
        subscription_id: subscription,
        stripe_subscription_id: stripe.id,
        stripe_invoice_id: stripe.invoice,
        quoted_amount: 4900,
        quoted_currency: 'USD',
        invoiced_amount: 4901,
        invoiced_currency: 'USD',
      },
    ]);
    expect(warnings.splice(0)).toEqual([
      `Stripe invoiced 49.01 USD (${stripe.invoice}) for subscription ${subscription} (Stripe ${stripe.id}) but the quote's amountDueNow was 49.00 USD.`,
    ]);
  });
});
