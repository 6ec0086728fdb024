// A host receiving deliveries: what passes, and the reason for each refusal.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWebhookVerificationError, verifyWebhook, type WebhookVerificationError } from '../../src/webhooks';

const SECRET = 'whsec_plankit_receiver_test';
const NOW = new Date('2026-11-22T10:00:00.000Z');
const T = Math.floor(NOW.getTime() / 1000);

const event = {
  id: 'evt_0123456789abcdef0123456789abcdef',
  type: 'subscription.plan_changed',
  createdAt: '2026-11-22T09:59:58.000Z',
  agencyId: 'ag_northwind',
  data: {
    subAccountId: 'sa_harbor',
    subscriptionId: 'sub_1',
    fromPlanId: 'plan_starter',
    toPlanId: 'plan_pro',
    effectiveAt: '2026-11-22T09:59:58.000Z',
  },
};
const body = JSON.stringify(event);

// Signed as the server signs (node:crypto), independently of the WebCrypto verifier under test.
function sign(payload: string, secret = SECRET, t = T): string {
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex')}`;
}

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isWebhookVerificationError(error)) throw new Error(`expected a WebhookVerificationError, got ${String(error)}`);
  return error;
}

describe('verifyWebhook', () => {
  it('returns the parsed event of a body signed with the endpoint secret', async () => {
    const headers = new Headers({ 'Plankit-Signature': sign(body), 'Plankit-Event-Id': event.id });
    expect(await verifyWebhook(body, headers, SECRET, { now: NOW })).toEqual(event);
  });

  it('reads Node-style header objects and a byte body', async () => {
    const headers = { 'plankit-signature': sign(body), 'plankit-event-id': [event.id] };
    expect(await verifyWebhook(new TextEncoder().encode(body), headers, SECRET, { now: NOW })).toEqual(event);
  });

  it('accepts any one of several v1 signatures (a secret being rotated)', async () => {
    const other = sign(body, 'whsec_old').split(',')[1];
    const headers = { 'plankit-signature': `${sign(body)},${other}` };
    expect((await verifyWebhook(body, headers, 'whsec_old', { now: NOW })).id).toBe(event.id);
  });

  it('refuses a tampered body', async () => {
    const tampered = body.replace('plan_pro', 'plan_max');
    const error = await refusal(verifyWebhook(tampered, { 'plankit-signature': sign(body) }, SECRET, { now: NOW }));
    expect(error.reason).toBe('signature_mismatch');
    expect(error.message).toBe(
      'The signature does not match this body and secret. Check the endpoint secret and pass the raw body.',
    );
  });

  it('refuses a body signed with another secret', async () => {
    const headers = { 'plankit-signature': sign(body, 'whsec_someone_else') };
    expect((await refusal(verifyWebhook(body, headers, SECRET, { now: NOW }))).reason).toBe('signature_mismatch');
  });

  it('refuses a timestamp older than the tolerance, and accepts it within', async () => {
    const headers = { 'plankit-signature': sign(body, SECRET, T - 301) };
    const error = await refusal(verifyWebhook(body, headers, SECRET, { now: NOW }));
    expect(error.reason).toBe('timestamp_out_of_tolerance');
    expect(error.message).toBe(
      "The signature's timestamp is 301 s from now (at most 300 s): a delayed or replayed request.",
    );
    const fresh = { 'plankit-signature': sign(body, SECRET, T - 300) };
    expect((await verifyWebhook(body, fresh, SECRET, { now: NOW })).id).toBe(event.id);
    expect((await verifyWebhook(body, headers, SECRET, { now: NOW, toleranceSeconds: 600 })).id).toBe(event.id);
  });

  it('refuses a timestamp from the future beyond the tolerance', async () => {
    const headers = { 'plankit-signature': sign(body, SECRET, T + 3600) };
    expect((await refusal(verifyWebhook(body, headers, SECRET, { now: NOW }))).reason).toBe(
      'timestamp_out_of_tolerance',
    );
  });

  it('names a missing or malformed header', async () => {
    expect((await refusal(verifyWebhook(body, {}, SECRET, { now: NOW }))).reason).toBe('missing_signature');
    const malformed = { 'plankit-signature': 'v1=abc' };
    expect((await refusal(verifyWebhook(body, malformed, SECRET, { now: NOW }))).reason).toBe('malformed_signature');
  });

  it('refuses a correctly signed body that is not an event of the contract', async () => {
    const other = JSON.stringify({ ...event, type: 'subscription.exploded' });
    const error = await refusal(verifyWebhook(other, { 'plankit-signature': sign(other) }, SECRET, { now: NOW }));
    expect(error.reason).toBe('invalid_payload');
    const text = 'not json';
    expect((await refusal(verifyWebhook(text, { 'plankit-signature': sign(text) }, SECRET, { now: NOW }))).reason).toBe(
      'invalid_json',
    );
  });

  it('refuses an event id header that names another event', async () => {
    const headers = { 'plankit-signature': sign(body), 'plankit-event-id': 'evt_ffffffffffffffffffffffffffffffff' };
    expect((await refusal(verifyWebhook(body, headers, SECRET, { now: NOW }))).reason).toBe('event_id_mismatch');
  });
});
