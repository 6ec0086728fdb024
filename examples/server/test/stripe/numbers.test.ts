// Phone numbers on Stripe: Checkout Sessions, the signed checkout.session.completed webhook,
// release at period end and unassign without proration.
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../helpers';
import { useStripeServer } from './setup';

const { server, fake, api, deliver } = useStripeServer();
const PENDING = 'num_ny_0104'; // assigned to Sofia at Harbor Fitness (Growth), waiting for payment
const RETURN_URL = 'http://localhost:5173/numbers';

async function startCheckout() {
  const res = await api.post(`/v1/numbers/${PENDING}/checkout`, { returnUrl: RETURN_URL }, { token: TOKENS.subUser });
  expect(res.status).toBe(200);
  return res.body as { id: string; url: string };
}

async function pay() {
  const checkout = await startCheckout();
  const [session] = [...fake.sessions.values()];
  if (!session) throw new Error('no session');
  const event = fake.event('checkout.session.completed', fake.completeCheckout(session.id as string));
  return { checkout, session, event, delivered: await deliver(event) };
}

async function number() {
  const [row] = await server().db.query<{ state: string; assigned_user_id: string | null }>(
    'SELECT state, assigned_user_id FROM phone_numbers WHERE id = $1',
    [PENDING],
  );
  return row;
}

async function numberCharges() {
  return server().db.query<{ amount: number; currency: string }>(
    `SELECT amount, currency FROM ledger_entries WHERE kind = 'number_charge' AND phone_number_id = $1`,
    [PENDING],
  );
}

describe('given a number waiting for payment, billed through Stripe', () => {
  it('opens a Checkout Session in subscription mode for telco cost plus the plan markup', async () => {
    const checkout = await startCheckout();
    const [create] = fake.calls('POST', '/v1/checkout/sessions');
    // $1.15 telco cost + Growth's $3.00 phone number price = $4.15 a month.
    expect(create?.params).toEqual({
      mode: 'subscription',
      customer: 'cus_fake0001',
      client_reference_id: checkout.id,
      line_items: [
        {
          quantity: '1',
          price_data: {
            currency: 'usd',
            unit_amount: '415',
            recurring: { interval: 'month', interval_count: '1' },
            product_data: { name: 'Phone number +12125550104' },
          },
        },
      ],
      success_url: `${RETURN_URL}?checkout=${checkout.id}&status=complete`,
      cancel_url: `${RETURN_URL}?checkout=${checkout.id}&status=open`,
      metadata: { plankit_checkout_id: checkout.id, plankit_phone_number_id: PENDING },
      subscription_data: { metadata: { plankit_checkout_id: checkout.id, plankit_phone_number_id: PENDING } },
    });
    expect(checkout.url).toBe('https://checkout.stripe.test/c/pay/cs_test_fake0002');
  });

  it('reuses the open session when Pay Now is pressed again', async () => {
    const first = await startCheckout();
    const second = await startCheckout();
    expect(second).toMatchObject({ id: first.id, url: first.url });
    expect(fake.calls('POST', '/v1/checkout/sessions')).toHaveLength(1);
  });

  it('activates the number when the signed checkout.session.completed arrives, once', async () => {
    const { checkout, event, delivered } = await pay();
    expect(delivered).toEqual({ status: 200, body: { received: true, outcome: 'applied' } });
    expect(await number()).toEqual({ state: 'active', assigned_user_id: 'sau_harbor' });
    expect(await numberCharges()).toEqual([{ amount: 415, currency: 'USD' }]);
    const status = await api.get(`/v1/checkouts/${checkout.id}`, { token: TOKENS.subUser });
    expect(status.body).toMatchObject({ status: 'complete', number: { state: 'active' } });

    // Stripe retries deliveries: the same event id changes nothing.
    expect(await deliver(event)).toEqual({ status: 200, body: { received: true, outcome: 'duplicate' } });
    expect(await numberCharges()).toEqual([{ amount: 415, currency: 'USD' }]);
  });

  it("records each later month when Stripe's renewal invoice is paid, and not the first one twice", async () => {
    await pay();
    const numberSub = [...fake.subscriptions.values()][0];
    const first = fake.invoices.get(numberSub?.latest_invoice as string);
    expect((await deliver(fake.event('invoice.paid', first ?? {}))).body.outcome).toBe('ignored');
    server().clock.advance(31 * 86_400);
    const renewal = fake.renew(numberSub?.id as string, true);
    expect((await deliver(fake.event('invoice.paid', renewal))).body.outcome).toBe('applied');
    expect(await numberCharges()).toEqual([
      { amount: 415, currency: 'USD' },
      { amount: 415, currency: 'USD' },
    ]);
  });

  it('releases at period end by setting cancel_at_period_end, with no refund', async () => {
    await pay();
    const stripeSub = [...fake.subscriptions.values()][0];
    const released = await api.post(`/v1/numbers/${PENDING}/release`, {}, { token: TOKENS.subUser });
    expect(released.status).toBe(200);
    expect(fake.calls('POST', `/v1/subscriptions/${stripeSub?.id}`).map((r) => r.params)).toEqual([
      { cancel_at_period_end: 'true' },
    ]);
    expect(fake.calls('DELETE', '/v1/subscriptions')).toEqual([]);
    expect((await number())?.state).toBe('releasing');
  });

  it('cancels now without proration or a final invoice when the agency unassigns', async () => {
    await pay();
    const stripeSub = [...fake.subscriptions.values()][0];
    const unassigned = await api.post(`/v1/numbers/${PENDING}/unassign`);
    expect(unassigned.status).toBe(200);
    expect(fake.calls('DELETE', `/v1/subscriptions/${stripeSub?.id}`).map((r) => r.params)).toEqual([
      { prorate: 'false', invoice_now: 'false' },
    ]);
    expect(stripeSub?.status).toBe('canceled');
    expect(await number()).toEqual({ state: 'unassigned', assigned_user_id: null });
  });

  it('expires the open Checkout Session when the agency takes a pending number back', async () => {
    await startCheckout();
    const [session] = [...fake.sessions.values()];
    await api.post(`/v1/numbers/${PENDING}/unassign`);
    expect(fake.calls('POST', `/v1/checkout/sessions/${session?.id}/expire`)).toHaveLength(1);
    expect(session?.status).toBe('expired');
  });

  it('stops billing at once when the payment lands after the agency took the number back', async () => {
    await startCheckout();
    const [session] = [...fake.sessions.values()];
    await api.post(`/v1/numbers/${PENDING}/unassign`);
    // The customer had already paid on the hosted page before the session expired.
    const event = fake.event('checkout.session.completed', fake.completeCheckout(session?.id as string));
    expect((await deliver(event)).body).toEqual({ received: true, outcome: 'applied' });
    const stripeSub = [...fake.subscriptions.values()][0];
    expect(fake.calls('DELETE', `/v1/subscriptions/${stripeSub?.id}`).map((r) => r.params)).toEqual([
      { prorate: 'false', invoice_now: 'false' },
    ]);
    expect(await number()).toEqual({ state: 'unassigned', assigned_user_id: null });
    expect(await numberCharges()).toEqual([]);
  });
});

describe('given a number checkout paid through a Stripe Checkout Session', () => {
  const SESSION_URL = 'https://checkout.stripe.test/c/pay/cs_test_fake0002';

  it("answers the checkout's status with the Stripe session's url, not the local page", async () => {
    const checkout = await startCheckout();
    expect(checkout.url).toBe(SESSION_URL);
    const status = await api.get(`/v1/checkouts/${checkout.id}`, { token: TOKENS.subUser });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ id: checkout.id, url: SESSION_URL, status: 'open' });
  });

  it('keeps answering the session url after the payment completes', async () => {
    const { checkout } = await pay();
    const status = await api.get(`/v1/checkouts/${checkout.id}`, { token: TOKENS.subUser });
    expect(status.body).toMatchObject({ url: SESSION_URL, status: 'complete' });
  });

  it('opens a new session under a new idempotency key when the first one expired at Stripe', async () => {
    const first = await startCheckout();
    const [expired] = [...fake.sessions.values()];
    Object.assign(expired ?? {}, { status: 'expired', url: null });
    const second = await startCheckout();

    const creates = fake.calls('POST', '/v1/checkout/sessions');
    expect(creates.map((r) => r.idempotencyKey)).toEqual([
      `plankit-checkout-${first.id}`,
      `plankit-checkout-${first.id}-after-${expired?.id}`,
    ]);
    expect(second).toMatchObject({ id: first.id, url: 'https://checkout.stripe.test/c/pay/cs_test_fake0003' });
    const status = await api.get(`/v1/checkouts/${first.id}`, { token: TOKENS.subUser });
    expect(status.body).toMatchObject({ url: 'https://checkout.stripe.test/c/pay/cs_test_fake0003', status: 'open' });
  });

  it('does not show it on the local checkout page (404)', async () => {
    const checkout = await startCheckout();
    const page = await fetch(server().deps.links.url('checkout', checkout.id));
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Checkout not found');
  });

  it.each(['pay', 'decline'])("refuses the local page's %s (404) and changes nothing", async (action) => {
    const checkout = await startCheckout();
    const res = await fetch(`${server().deps.links.url('checkout', checkout.id)}/${action}`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(res.status).toBe(404);
    const [row] = await server().db.query<{ status: string; provider: string }>(
      'SELECT status, provider FROM checkouts WHERE id = $1',
      [checkout.id],
    );
    expect(row).toEqual({ status: 'open', provider: 'stripe' });
    expect(await number()).toEqual({ state: 'pending_payment', assigned_user_id: 'sau_harbor' });
    expect(await numberCharges()).toEqual([]);
  });
});
