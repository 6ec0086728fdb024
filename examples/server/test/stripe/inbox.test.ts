// Inbound Stripe events: stored once per event id and answered at once, then applied by a job in
// the order Stripe created them; duplicates and reversed deliveries change nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { useStripeServer } from './setup';

const { server, fake, post, processQueued, startStripeSubscription } = useStripeServer();
const SA = 'sa_bluebird';
let stripeSub: Record<string, unknown>;

beforeEach(async () => {
  stripeSub = await startStripeSubscription(SA);
});

const withStatus = (status: string) => ({ ...stripeSub, status });

async function status() {
  const [row] = await server().db.query<{ status: string }>(
    'SELECT status FROM subscriptions WHERE sub_account_id = $1 AND is_current',
    [SA],
  );
  return row?.status;
}

async function stored() {
  return server().db.query<{ id: string; outcome: string | null }>(
    'SELECT id, outcome FROM stripe_events ORDER BY created_at, id',
  );
}

async function charges() {
  const rows = await server().db.query<{ amount: number }>(
    `SELECT amount FROM ledger_entries WHERE sub_account_id = $1 AND kind = 'charge' ORDER BY id`,
    [SA],
  );
  return rows.map((r) => r.amount);
}

describe('given a Stripe subscription and events arriving at the webhook', () => {
  it('answers 200 before applying anything, and the job applies it', async () => {
    const event = fake.event('customer.subscription.updated', withStatus('past_due'));
    expect(await post(event)).toEqual({ status: 200, body: { received: true, outcome: 'queued' } });
    expect(await status()).toBe('active');
    await processQueued();
    expect(await status()).toBe('past_due');
    expect(await stored()).toEqual([{ id: event.id, outcome: 'applied' }]);
  });

  it('stores and applies the same event delivered twice only once', async () => {
    const renewal = fake.renew(stripeSub.id as string, true);
    const event = fake.event('invoice.paid', renewal);
    expect((await post(event)).body.outcome).toBe('queued');
    expect((await post(event)).body.outcome).toBe('duplicate');
    await processQueued();
    expect((await post(event)).body.outcome).toBe('duplicate');
    await processQueued();
    expect(await stored()).toEqual([{ id: event.id, outcome: 'applied' }]);
    // The first period at the start, and this renewal once.
    expect(await charges()).toEqual([2900, 2900]);
  });

  it('applies two events received in reverse order in the order Stripe created them', async () => {
    const now = fake.now();
    const older = fake.event('customer.subscription.updated', withStatus('past_due'), now - 20);
    const newer = fake.event('customer.subscription.updated', withStatus('active'), now - 10);
    expect((await post(newer)).body.outcome).toBe('queued');
    expect((await post(older)).body.outcome).toBe('queued');
    await processQueued();
    expect(await status()).toBe('active');
    expect(await stored()).toEqual([
      { id: older.id, outcome: 'applied' },
      { id: newer.id, outcome: 'applied' },
    ]);
  });

  it('leaves the newer state when the older event arrives after the newer one was applied', async () => {
    const now = fake.now();
    const newer = fake.event('customer.subscription.updated', withStatus('past_due'), now - 10);
    const older = fake.event('customer.subscription.updated', withStatus('active'), now - 20);
    await post(newer);
    await processQueued();
    await post(older);
    await processQueued();
    expect(await status()).toBe('past_due');
    expect(await stored()).toEqual([
      { id: older.id, outcome: 'stale' },
      { id: newer.id, outcome: 'applied' },
    ]);
  });

  it('refuses a signed body that is not a Stripe event, storing nothing', async () => {
    const response = await post({ id: 'evt_x', type: 'customer.updated' });
    expect(response).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: 'The event is not a Stripe event.' } },
    });
    expect(await stored()).toEqual([]);
  });
});
