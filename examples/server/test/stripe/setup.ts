// The reference server on the Stripe provider, its client pointed at FakeStripe, reset per test.
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createStripeProvider } from '../../src/billing/stripe/provider';
import { startTestServer, type TestServer } from '../../src/testing';
import { client } from '../helpers';
import { FakeStripe } from './fake-stripe';

export const WEBHOOK_SECRET = 'whsec_test_plankit';

export const seconds = (iso: string | Date): number => Math.floor(new Date(iso).getTime() / 1000);

export function useStripeServer() {
  let server: TestServer | undefined;
  const errors: unknown[] = [];
  /** What the provider reported (amount mismatches); a test that expects one empties it. */
  const warnings: string[] = [];
  const current = (): TestServer => {
    if (!server) throw new Error('server not started');
    return server;
  };
  const fake = new FakeStripe(() => current().clock.now());
  // Only the webhook helpers; requests go through the provider's own client.
  const signer = new Stripe('sk_test_signer');

  beforeAll(async () => {
    await fake.start();
    server = await startTestServer({
      databaseUrl: process.env.DATABASE_URL,
      logError: (message, error) => errors.push({ message, error }),
      billingProvider: ({ links }) =>
        createStripeProvider({
          stripe: fake.client(),
          webhookSecret: WEBHOOK_SECRET,
          links,
          warn: (message) => warnings.push(message),
        }),
    });
  });
  beforeEach(async () => {
    await server?.reset();
    fake.reset();
    errors.length = 0;
    warnings.length = 0;
  });
  afterEach(() => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
  afterAll(async () => {
    await server?.close();
    await fake.close();
  });

  /** POST an event signed as Stripe signs it; the route's own answer (`queued` or `duplicate`). */
  async function post(event: object, secret = WEBHOOK_SECRET) {
    const payload = JSON.stringify(event);
    const header = signer.webhooks.generateTestHeaderString({ payload, secret });
    const response = await fetch(`${current().url}/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: payload,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Run the queued `stripe_event` jobs, as the server's poller does. */
  async function processQueued() {
    await current().deps.jobs.kick();
  }

  /**
   * Deliver an event and let its job apply it: the outcome is what the job did (`applied`, `stale`,
   * `ignored`), or `duplicate` when the route had this event id already.
   */
  async function deliver(event: object, secret = WEBHOOK_SECRET) {
    const response = await post(event, secret);
    if (response.body.outcome !== 'queued') return response;
    await processQueued();
    const id = (event as { id: string }).id;
    const [row] = await current().db.query<{ outcome: string | null }>(
      'SELECT outcome FROM stripe_events WHERE id = $1',
      [id],
    );
    return { status: response.status, body: { ...response.body, outcome: row?.outcome ?? 'unprocessed' } };
  }

  const api = client(current);

  /** Assign Starter and start it through the server; the Stripe subscription it made. */
  async function startStripeSubscription(subAccountId: string): Promise<Record<string, unknown>> {
    await api.post(`/v1/sub-accounts/${subAccountId}/assigned-plan`, { planId: 'plan_starter' });
    expect((await api.post(`/v1/sub-accounts/${subAccountId}/subscription`)).status).toBe(200);
    const [sub] = [...fake.subscriptions.values()];
    if (!sub) throw new Error('no Stripe subscription');
    return sub;
  }

  return { server: current, fake, api, deliver, post, processQueued, startStripeSubscription, warnings };
}
