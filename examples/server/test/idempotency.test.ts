// Money moves once: a retried mutation with the same Idempotency-Key replays and writes nothing.
import { ChangePlanResult, PhoneNumberView } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, ledgerCount, newKey, TOKENS, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();

async function upgradeQuote() {
  const response = await api.post(
    '/v1/sub-accounts/sa_harbor/change-plan/preview',
    { targetPlanId: 'plan_pro' },
    { key: null },
  );
  const { quotedAt, quotedVersion } = response.body as { quotedAt: string; quotedVersion: number };
  return { targetPlanId: 'plan_pro', quotedAt, quotedVersion };
}

describe('given a confirmed upgrade retried with the same key and body', () => {
  it('replays the stored response and charges once', async () => {
    const body = await upgradeQuote();
    const key = newKey();
    const before = await ledgerCount(server());
    const first = await api.post('/v1/sub-accounts/sa_harbor/change-plan', body, { key });
    const retry = await api.post('/v1/sub-accounts/sa_harbor/change-plan', body, { key });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(wireOf(ChangePlanResult, retry.body).amountCharged.amount).toBe(3333);
    expect((await ledgerCount(server())) - before).toBe(1);
  });

  it('treats the same JSON in another key order as the same body', async () => {
    const body = await upgradeQuote();
    const key = newKey();
    await api.post('/v1/sub-accounts/sa_harbor/change-plan', body, { key });
    const reordered = JSON.stringify({
      quotedVersion: body.quotedVersion,
      quotedAt: body.quotedAt,
      targetPlanId: body.targetPlanId,
    });
    const retry = await api.post('/v1/sub-accounts/sa_harbor/change-plan', undefined, { key, rawBody: reordered });
    expect(retry.status).toBe(200);
  });
});

describe('given the same key with another body', () => {
  it('refuses with idempotency_key_reused and writes nothing', async () => {
    const key = newKey();
    await api.post('/v1/numbers', { country: 'US', areaCode: '415', capabilities: ['voice'] }, { key });
    const before = await ledgerCount(server());
    const other = await api.post('/v1/numbers', { country: 'US', areaCode: '212', capabilities: ['voice'] }, { key });
    expect([other.status, errorCode(other.body)]).toEqual([422, 'idempotency_key_reused']);
    expect((await ledgerCount(server())) - before).toBe(0);
  });

  it('refuses the key on another endpoint too', async () => {
    const key = newKey();
    await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_growth' }, { key });
    const other = await api.post('/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_growth' }, { key });
    expect(errorCode(other.body)).toBe('idempotency_key_reused');
  });
});

describe('keys', () => {
  it('are required on every mutation', async () => {
    const response = await api.post(
      '/v1/numbers',
      { country: 'US', areaCode: '415', capabilities: ['voice'] },
      { key: null },
    );
    expect([response.status, errorCode(response.body)]).toEqual([400, 'invalid_request']);
  });

  it('are 1–255 visible ASCII characters', async () => {
    const response = await api.post(
      '/v1/numbers',
      { country: 'US', areaCode: '415', capabilities: ['voice'] },
      { key: 'x'.repeat(256) },
    );
    expect([response.status, errorCode(response.body)]).toEqual([400, 'invalid_request']);
  });

  it('belong to the caller: two users may use the same key', async () => {
    const key = newKey();
    const a = await api.post('/v1/numbers', { country: 'US', areaCode: '415', capabilities: ['voice'] }, { key });
    const b = await api.post(
      '/v1/numbers',
      { country: 'US', areaCode: '415', capabilities: ['voice'] },
      { key, token: TOKENS.member },
    );
    expect(wireOf(PhoneNumberView, a.body).id).not.toBe(wireOf(PhoneNumberView, b.body).id);
  });

  it('are not kept for a refused request, so the same key works once the cause is fixed', async () => {
    const key = newKey();
    await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_starter' });
    const refused = await api.post('/v1/sub-accounts/sa_cedar/subscription', {}, { key });
    expect(errorCode(refused.body)).toBe('payment_method_required');
    await server().db.query(`UPDATE sub_accounts SET payment_method = 'card' WHERE id = 'sa_cedar'`);
    const retried = await api.post('/v1/sub-accounts/sa_cedar/subscription', {}, { key });
    expect(retried.status).toBe(200);
  });
});
