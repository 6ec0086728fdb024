// Signed webhooks about a plan subscription: invoices paid or failed, status updates, deletion;
// redelivered and out-of-order events change nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { useStripeServer } from './setup';

const { server, fake, api, deliver, startStripeSubscription } = useStripeServer();
const SA = 'sa_bluebird';
let stripeSub: Record<string, unknown>;

beforeEach(async () => {
  stripeSub = await startStripeSubscription(SA);
});

async function subscription() {
  const res = await api.get(`/v1/sub-accounts/${SA}`);
  const body = res.body as {
    billingBadge: string;
    subAccount: { subscription: { status: string; hasOpenInvoice: boolean; periodPaid: boolean } };
  };
  const { status, hasOpenInvoice, periodPaid } = body.subAccount.subscription;
  return { status, hasOpenInvoice, periodPaid, badge: body.billingBadge };
}

async function charges() {
  const rows = await server().db.query<{ amount: number; invoice_id: string }>(
    `SELECT amount, invoice_id FROM ledger_entries WHERE sub_account_id = $1 AND kind = 'charge' ORDER BY id`,
    [SA],
  );
  return rows.map((r) => r.amount);
}

const withStatus = (status: string) => ({ ...stripeSub, status });

describe('given a Stripe subscription started through the server', () => {
  it('refuses a delivery signed with another secret and records nothing', async () => {
    const event = fake.event('customer.subscription.updated', withStatus('past_due'));
    const res = await deliver(event, 'whsec_someone_else');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'invalid_request',
        message: 'The Stripe-Signature header does not match this body. Check STRIPE_WEBHOOK_SECRET.',
      },
    });
    expect(await server().db.query('SELECT id FROM stripe_events')).toEqual([]);
    expect((await subscription()).status).toBe('active');
  });

  it('opens the renewal invoice on a failed payment, shows Past Due, and closes it when paid', async () => {
    const renewal = fake.renew(stripeSub.id as string, false);
    expect((await deliver(fake.event('invoice.payment_failed', renewal))).body.outcome).toBe('applied');
    expect(await deliver(fake.event('customer.subscription.updated', withStatus('past_due')))).toMatchObject({
      body: { outcome: 'applied' },
    });
    expect(await subscription()).toEqual({
      status: 'past_due',
      hasOpenInvoice: true,
      periodPaid: false,
      badge: 'past_due',
    });
    expect(await charges()).toEqual([2900]);

    const paid = { ...renewal, status: 'paid', amount_paid: 2900 };
    expect((await deliver(fake.event('invoice.paid', paid))).body.outcome).toBe('applied');
    expect(await deliver(fake.event('customer.subscription.updated', withStatus('active')))).toMatchObject({
      body: { outcome: 'applied' },
    });
    expect(await subscription()).toEqual({
      status: 'active',
      hasOpenInvoice: false,
      periodPaid: true,
      badge: 'active',
    });
    expect(await charges()).toEqual([2900, 2900]);
  });

  it('records a paid invoice once, whether Stripe redelivers the event or sends another about it', async () => {
    const renewal = fake.renew(stripeSub.id as string, true);
    const event = fake.event('invoice.paid', renewal);
    expect((await deliver(event)).body.outcome).toBe('applied');
    expect((await deliver(event)).body.outcome).toBe('duplicate');
    expect((await deliver(fake.event('invoice.paid', renewal))).body.outcome).toBe('applied');
    expect(await charges()).toEqual([2900, 2900]);
  });

  it('never reopens a paid invoice when its payment_failed arrives late', async () => {
    const renewal = fake.renew(stripeSub.id as string, true);
    const now = fake.now();
    await deliver(fake.event('invoice.paid', renewal, now + 60));
    await deliver(fake.event('invoice.payment_failed', { ...renewal, status: 'open', amount_paid: 0 }, now + 30));
    expect(await subscription()).toMatchObject({ hasOpenInvoice: false, periodPaid: true });
    expect(await charges()).toEqual([2900, 2900]);
  });

  it('ignores a subscription state older than the one already applied', async () => {
    const now = fake.now();
    const newer = fake.event('customer.subscription.updated', withStatus('past_due'), now + 100);
    const older = fake.event('customer.subscription.updated', withStatus('active'), now + 50);
    expect((await deliver(newer)).body.outcome).toBe('applied');
    expect((await deliver(older)).body.outcome).toBe('stale');
    expect((await subscription()).status).toBe('past_due');
  });

  it('cancels on customer.subscription.deleted, and no later update revives it', async () => {
    const now = fake.now();
    const deleted = fake.event('customer.subscription.deleted', withStatus('canceled'), now + 10);
    expect((await deliver(deleted)).body.outcome).toBe('applied');
    await deliver(fake.event('customer.subscription.updated', withStatus('active'), now + 20));
    const [row] = await server().db.query<{ status: string }>(
      'SELECT status FROM subscriptions WHERE sub_account_id = $1 AND is_current',
      [SA],
    );
    expect(row?.status).toBe('canceled');
  });

  it('ignores events it does not use, but remembers them', async () => {
    const res = await deliver(fake.event('customer.created', { id: 'cus_other', object: 'customer' }));
    expect(res.body).toEqual({ received: true, outcome: 'ignored' });
    expect(await server().db.query('SELECT type FROM stripe_events')).toEqual([{ type: 'customer.created' }]);
  });
});
