// Signed webhooks to the host: a plan change through the API is delivered once, signed so the sdk's
// verifyWebhook accepts it; a failing receiver is retried with backoff and every attempt is logged.
// The clock stands at 2026-11-22T10:00:00Z; Harbor Fitness is on Growth.
import { WebhookDeliveryList } from '@plankit/sdk/contract';
import { verifyWebhook, type WebhookEvent } from '@plankit/sdk/webhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertEndpoint, listDeliveries } from '../src/store/webhooks';
import { errorCode, quoteAndConfirm, useServer } from './helpers';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';
import { wireOf } from './wire';

const { server, api } = useServer();
const SECRET = 'whsec_test_receiver_0123456789';
let receiver: WebhookReceiver;
let endpointId: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(async () => {
  receiver.requests.length = 0;
  receiver.status = 200;
  const endpoint = await insertEndpoint(
    server().db,
    { agencyId: 'agency_northwind', url: receiver.url, secret: SECRET },
    server().clock.now(),
  );
  endpointId = endpoint.id;
});

/** What the receiver got, each checked as a host checks it. */
async function verified(): Promise<WebhookEvent[]> {
  return Promise.all(receiver.requests.map((r) => verifyWebhook(r.body, r.headers, SECRET)));
}

async function runJobs() {
  await server().deps.jobs.kick();
}

describe('given an endpoint for Northwind and a plan change through the API', () => {
  it('delivers the plan change exactly once, signed for verifyWebhook, with its invoice events', async () => {
    expect((await quoteAndConfirm(api, 'sa_harbor', 'plan_pro')).status).toBe(200);
    expect(receiver.requests).toEqual([]); // nothing is sent inside the request
    await runJobs();
    await runJobs();
    const events = await verified();
    const changed = events.filter((e) => e.type === 'subscription.plan_changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      agencyId: 'agency_northwind',
      createdAt: '2026-11-22T10:00:00.000Z',
      data: {
        subAccountId: 'sa_harbor',
        fromPlanId: 'plan_growth',
        toPlanId: 'plan_pro',
        effectiveAt: '2026-11-22T10:00:00.000Z',
      },
    });
    // The prorated upgrade: 6600 − 3267 = 3333, paid by the card on file.
    const invoice = events.find((e) => e.type === 'invoice.paid');
    expect(invoice?.data).toMatchObject({ subAccountId: 'sa_harbor', amount: { amount: 3333, currency: 'USD' } });
    expect(events.map((e) => e.type).sort()).toEqual(['invoice.created', 'invoice.paid', 'subscription.plan_changed']);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    for (const request of receiver.requests) {
      expect(request.headers['plankit-event-id']).toBe(JSON.parse(request.body).id);
      expect(request.headers['plankit-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    }
  });

  it('writes no event when the change is refused', async () => {
    const before = await server().db.query('SELECT id FROM events');
    expect((await quoteAndConfirm(api, 'sa_tidewater', 'plan_pro')).status).toBe(422);
    expect(await server().db.query('SELECT id FROM events')).toEqual(before);
    await runJobs();
    expect(receiver.requests).toEqual([]);
  });

  it('retries a failing receiver with backoff, logging each attempt, until it answers 2xx', async () => {
    receiver.status = 500;
    expect((await quoteAndConfirm(api, 'sa_harbor', 'plan_pro')).status).toBe(200);
    await runJobs();
    expect(receiver.requests).toHaveLength(3);
    // Not yet due: the first retry waits 2.5–5 s (exponential backoff with jitter).
    await runJobs();
    expect(receiver.requests).toHaveLength(3);
    server().clock.advance(5);
    await runJobs();
    expect(receiver.requests).toHaveLength(6);
    receiver.status = 200;
    server().clock.advance(10);
    await runJobs();
    expect(receiver.requests).toHaveLength(9);
    server().clock.advance(3600);
    await runJobs();
    expect(receiver.requests).toHaveLength(9);

    const log = await listDeliveries(server().db, endpointId, 10);
    const change = log.find((d) => d.type === 'subscription.plan_changed');
    expect(change).toMatchObject({ status: 'delivered', attempts: 3, next_attempt_at: null });
    expect(change?.attempts_log.map(({ attempt, statusCode, error }) => ({ attempt, statusCode, error }))).toEqual([
      { attempt: 1, statusCode: 500, error: 'HTTP 500: receiver down' },
      { attempt: 2, statusCode: 500, error: 'HTTP 500: receiver down' },
      { attempt: 3, statusCode: 200, error: null },
    ]);
    const [first, second] = change?.attempts_log ?? [];
    const gap = new Date(second?.startedAt ?? 0).getTime() - new Date(first?.startedAt ?? 0).getTime();
    expect(gap).toBe(5000);
    // Every attempt of one event carries the same id: the receiver dedupes on it.
    const ids = (await verified()).filter((e) => e.type === 'subscription.plan_changed').map((e) => e.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids).toHaveLength(3);
  });
});

describe('the agency manages its endpoints through the API', () => {
  it('registers an endpoint with a secret shown once, and refuses a URL that is not http(s)', async () => {
    const created = await api.post('/v1/webhook-endpoints', { url: 'https://host.example/events' });
    expect(created.status).toBe(200);
    const { endpoint, secret } = created.body as { endpoint: { id: string; url: string }; secret: string };
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(endpoint.url).toBe('https://host.example/events');
    const listed = (await api.get('/v1/webhook-endpoints')).body as { id: string; secret?: string }[];
    expect(listed.map((e) => e.id).sort()).toEqual([endpointId, endpoint.id].sort());
    expect(listed.every((e) => e.secret === undefined)).toBe(true);
    for (const url of ['ftp://host.example/x', 'file:///etc/passwd', 'https://user:pw@host.example/', 'not a url']) {
      const refused = await api.post('/v1/webhook-endpoints', { url });
      expect([url, refused.status, errorCode(refused.body)]).toEqual([url, 400, 'invalid_request']);
    }
  });

  it('lists the attempts of a failing receiver and replays a given-up delivery with the same event id', async () => {
    receiver.status = 503;
    expect((await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' })).status).toBe(200);
    for (let n = 0; n < 8; n += 1) {
      await runJobs();
      server().clock.advance(3600);
    }
    const log = async () =>
      wireOf(WebhookDeliveryList, (await api.get(`/v1/webhook-endpoints/${endpointId}/deliveries`)).body);
    const [failed] = await log();
    expect(failed).toMatchObject({ eventType: 'number.assigned', status: 'failed', attempts: 8, nextAttemptAt: null });
    expect(failed?.log.map((a) => [a.attempt, a.statusCode, a.error])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, 503, 'HTTP 503: receiver down']),
    );
    expect(receiver.requests).toHaveLength(8);

    receiver.status = 200;
    const replay = await api.post(`/v1/webhook-endpoints/${endpointId}/deliveries/${failed?.id}/replay`);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ status: 'pending', nextAttemptAt: server().clock.now().toISOString() });
    await runJobs();
    const [delivered] = await log();
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 9 });
    expect(delivered?.log.at(-1)).toMatchObject({ attempt: 9, statusCode: 200, error: null });
    const ids = (await verified()).map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set([failed?.eventId]));
    expect(ids).toHaveLength(9);
  });

  it('stops sending to a deleted endpoint', async () => {
    expect((await api.del(`/v1/webhook-endpoints/${endpointId}`)).body).toEqual([]);
    expect((await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' })).status).toBe(200);
    await runJobs();
    expect(receiver.requests).toEqual([]);
    expect((await api.get(`/v1/webhook-endpoints/${endpointId}/deliveries`)).status).toBe(404);
  });
});
