// Notifications: each outbox row is delivered by a job, shown in the recipient's list in English or
// German, and emailed over SMTP when the server has a transport (from 2026-11-22T10:00:00Z).
import { FailedDeliveryList, NotificationList } from '@plankit/sdk/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/testing';
import { advanceClock, client, TOKENS } from './helpers';
import { type SmtpServer, startSmtpServer } from './smtp-server';
import { wireOf } from './wire';

const harbor = { token: 'tok_harbor_approved' };
let smtp: SmtpServer;
let server: TestServer;
const logged: string[] = [];
const api = client(() => server);

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    databaseUrl: process.env.DATABASE_URL,
    mailTransport: smtp.url,
    logError: (message) => logged.push(message),
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

async function notifications(locale?: 'en' | 'de') {
  const response = await api.get(`/v1/me/notifications${locale ? `?locale=${locale}` : ''}`, harbor);
  return wireOf(NotificationList, response.body);
}

describe('given a number assigned to a user', () => {
  it('shows nothing until the delivery job has run, then the notification in English and German', async () => {
    await server.reset();
    smtp.refuse = null;
    await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' });
    expect(await notifications()).toEqual([]);
    await advanceClock(api, 1);
    const [en] = await notifications();
    expect(en).toMatchObject({
      kind: 'number_pending_activation',
      title: 'A phone number is pending activation: +14155550101',
      body: 'Your agency assigned +14155550101 to you at $4.15 a month. Open Phone Numbers and choose Pay Now to activate it.',
      createdAt: '2026-11-22T10:00:00.000Z',
      deliveredAt: '2026-11-22T10:00:01.000Z',
      emailed: true,
    });
    const [de] = await notifications('de');
    // Intl separates the amount and the symbol with a no-break space.
    expect([de?.title, de?.body?.replace(/[\u00a0\u202f]/g, ' ')]).toEqual([
      'Eine Telefonnummer wartet auf Aktivierung: +14155550101',
      'Ihre Agentur hat Ihnen +14155550101 für 4,15 $ im Monat zugewiesen. Öffnen Sie Telefonnummern und wählen Sie Jetzt bezahlen, um sie zu aktivieren.',
    ]);
  });

  it('emails it once over SMTP, in both languages', async () => {
    await server.reset();
    smtp.received.length = 0;
    smtp.refuse = null;
    await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' });
    await advanceClock(api, 1);
    await advanceClock(api, 1);
    expect(smtp.received.map((mail) => mail.to)).toEqual([['<sofia@harborfitness.example>']]);
    const text = smtp.received[0]?.data.replace(/=\n/g, '') ?? '';
    expect(text).toContain('Subject: A phone number is pending activation: +14155550101');
    expect(text).toContain('Eine Telefonnummer wartet auf Aktivierung');
  });
});

describe('given a number taken back by the agency', () => {
  it('tells the user it was unassigned and which agent no longer answers', async () => {
    await server.reset();
    smtp.refuse = null;
    await api.post('/v1/numbers/num_ny_0105/unassign', {});
    await advanceClock(api, 1);
    const [note] = await notifications();
    expect([note?.kind, note?.title]).toEqual(['number_unassigned', 'Your number +12125550105 was unassigned']);
    expect(note?.body).toMatch(/^Your agency took \+12125550105 back\. It no longer answers for .+\. Ask your agency/);
  });
});

describe('given an SMTP server that refuses the recipient', () => {
  it('retries with backoff, lists the delivery with its last error, and delivers once SMTP accepts', async () => {
    await server.reset();
    smtp.refuse = '550 5.1.1 mailbox unavailable';
    await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' });
    await advanceClock(api, 1);
    expect(await notifications()).toEqual([]);
    const failed = wireOf(
      FailedDeliveryList,
      (await api.get('/v1/notifications/failed-deliveries', { token: TOKENS.owner })).body,
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      kind: 'number_pending_activation',
      recipient: { userId: 'sau_harbor' },
      attempts: 1,
      status: 'retrying',
    });
    expect(failed[0]?.lastError).toContain('550 5.1.1 mailbox unavailable');
    expect(logged).toContain('job notification_delivery 1 at 2026-11-22T10:00:00.000Z failed (attempt 1)');
    // The first retry waits 2.5–5 s (5 s × 2⁰ with jitter).
    const wait = Date.parse(failed[0]?.nextAttemptAt ?? '') - Date.parse('2026-11-22T10:00:01.000Z');
    expect(wait).toBeGreaterThanOrEqual(2_500);
    expect(wait).toBeLessThanOrEqual(5_000);
    smtp.refuse = null;
    await advanceClock(api, 5);
    expect((await notifications()).map((n) => n.kind)).toEqual(['number_pending_activation']);
    expect((await api.get('/v1/notifications/failed-deliveries', { token: TOKENS.owner })).body).toEqual([]);
  });

  it('is not for sub-account users', async () => {
    const response = await api.get('/v1/notifications/failed-deliveries', harbor);
    expect(response.status).toBe(403);
  });
});
