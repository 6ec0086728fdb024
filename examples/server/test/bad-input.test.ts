// Bad input gets a 4xx with a reason code and a message, never a 500.
import http from 'node:http';
import { ErrorBody } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { type ApiResponse, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer({ resetEachTest: false });

function refusal(response: ApiResponse) {
  return { status: response.status, code: wireOf(ErrorBody, response.body).error.code };
}

const quote = { targetPlanId: 'plan_pro', quotedAt: '2026-11-22T10:00:00.000Z', quotedVersion: 1 };

describe('malformed requests', () => {
  it.each([
    [
      'malformed JSON',
      () => api.post('/v1/sub-accounts/sa_cedar/assigned-plan', undefined, { rawBody: '{"planId": ' }),
    ],
    ['a JSON array body', () => api.post('/v1/sub-accounts/sa_cedar/assigned-plan', undefined, { rawBody: '[]' })],
    ['a number where an id goes', () => api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 5 })],
    ['an empty id', () => api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: '' })],
    ['a missing field', () => api.post('/v1/numbers/num_sf_0101/assign', {})],
    ['an unknown capability', () => api.post('/v1/numbers', { country: 'US', areaCode: '415', capabilities: ['fax'] })],
    ['no capability', () => api.post('/v1/numbers', { country: 'US', areaCode: '415', capabilities: [] })],
    [
      'an unsupported country',
      () => api.post('/v1/numbers', { country: 'ZZ', areaCode: '415', capabilities: ['voice'] }),
    ],
    [
      'a quote instant that is not ISO-8601',
      () => api.post('/v1/sub-accounts/sa_harbor/change-plan', { ...quote, quotedAt: 'yesterday' }),
    ],
    ['a negative version', () => api.post('/v1/sub-accounts/sa_harbor/change-plan', { ...quote, quotedVersion: -1 })],
    [
      'a fractional version',
      () => api.post('/v1/sub-accounts/sa_harbor/change-plan', { ...quote, quotedVersion: 1.5 }),
    ],
    [
      'an unknown timing',
      () => api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_pro', timing: 'later' }),
    ],
    ['a negative clock move', () => api.post('/v1/dev/clock', { advanceSeconds: -60 }, { token: null })],
    ['a fractional clock move', () => api.post('/v1/dev/clock', { advanceSeconds: 1.5 }, { token: null })],
    ['a page size of 0', () => api.get('/v1/numbers/num_sf_0101/eligible-users?limit=0')],
    ['a page size that is not a number', () => api.get('/v1/numbers/num_sf_0101/eligible-users?limit=ten')],
    ['a forged cursor', () => api.get('/v1/numbers/num_sf_0101/eligible-users?cursor=bm9wZQ')],
    [
      'a return URL that is not http(s)',
      () =>
        api.post(
          '/v1/numbers/num_ny_0104/checkout',
          { returnUrl: 'javascript:alert(1)' },
          { token: 'tok_harbor_approved' },
        ),
    ],
  ])('%s → 400 invalid_request', async (_name, send) => {
    expect(refusal(await send())).toEqual({ status: 400, code: 'invalid_request' });
  });

  it('names the field that is wrong', async () => {
    const response = await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 5 });
    expect(wireOf(ErrorBody, response.body).error.message).toMatch(/^planId: /);
  });
});

// PostgreSQL stores no NUL in text or jsonb and refuses a lone surrogate in jsonb; both used to be 500s.
describe('input PostgreSQL cannot store', () => {
  it.each([
    ['a NUL sub-account id', () => api.get('/v1/sub-accounts/%00'), 'path parameter id'],
    [
      'a NUL inside a checkout id',
      () => api.get('/v1/checkouts/a%00b', { token: 'tok_harbor_approved' }),
      'path parameter id',
    ],
    ['a NUL search', () => api.get('/v1/numbers/num_sf_0101/eligible-users?q=%00'), 'query parameter q'],
    ['a NUL query name', () => api.get('/v1/numbers/num_sf_0101/eligible-users?%00=1'), 'query parameter "\\u0000"'],
    [
      'a NUL plan id in a body',
      () => api.post('/v1/sub-accounts/sa_cedar/assigned-plan', undefined, { rawBody: '{"planId":"\\u0000"}' }),
      'planId',
    ],
    [
      'a lone surrogate in a body',
      () => api.post('/v1/numbers/num_sf_0101/assign', undefined, { rawBody: '{"userId":"sau_\\ud800"}' }),
      'userId',
    ],
    [
      'a NUL in an unknown nested key',
      () =>
        api.post('/v1/numbers/num_sf_0101/assign', undefined, {
          rawBody: '{"userId":"sau_harbor","x":[{"\\u0000":1}]}',
        }),
      'a key in x.0',
    ],
    [
      'a NUL on the development clock',
      () => api.post('/v1/dev/clock', undefined, { token: null, rawBody: '{"advanceSeconds":"\\u0000"}' }),
      'advanceSeconds',
    ],
  ])('%s → 400 invalid_request naming the field', async (_name, send, field) => {
    const response = await send();
    expect(refusal(response)).toEqual({ status: 400, code: 'invalid_request' });
    expect(wireOf(ErrorBody, response.body).error.message).toBe(
      `${field}: ${field === 'userId' ? 'contains an unpaired UTF-16 surrogate (not valid Unicode)' : 'contains a NUL character (U+0000)'}, which cannot be stored. Remove it, then retry.`,
    );
  });

  it('refuses a NUL in a page path too (development checkout page)', async () => {
    expect(refusal(await api.get('/checkout/chk%00', { token: null }))).toEqual({
      status: 400,
      code: 'invalid_request',
    });
  });
});

describe('unknown and foreign ids', () => {
  it.each([
    ['an unknown sub-account', () => api.get('/v1/sub-accounts/sa_nope')],
    ["another agency's sub-account", () => api.get('/v1/sub-accounts/sa_globex_acme')],
    ['an unknown plan', () => api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_nope' })],
    [
      "another agency's plan in a preview",
      () => api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_globex_basic' }),
    ],
    ['an unknown number', () => api.post('/v1/numbers/num_nope/assign', { userId: 'sau_juniper' })],
    ["another agency's number", () => api.get('/v1/numbers/num_globex_0201/eligible-users')],
    ['an unknown user', () => api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_nope' })],
    ['an unknown checkout', () => api.get('/v1/checkouts/chk_nope', { token: 'tok_harbor_approved' })],
    ['an unknown route', () => api.get('/v1/nothing-here')],
    ['an id with odd characters', () => api.get(`/v1/sub-accounts/${encodeURIComponent("'; DROP TABLE plans; --")}`)],
  ])('%s → 404 not_found', async (_name, send) => {
    expect(refusal(await send())).toEqual({ status: 404, code: 'not_found' });
  });
});

// The server answers before reading the whole body and closes that connection, so this request
// gets its own connection (node:http, no agent) instead of one from fetch's shared pool.
describe('an oversized body', () => {
  it('over 256 KB → 400 invalid_request', async () => {
    const body = `{"x":"${'a'.repeat(300_000)}"}`;
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        `${server().url}/v1/numbers`,
        {
          method: 'POST',
          agent: false,
          headers: {
            authorization: 'Bearer tok_owner_northwind',
            'idempotency-key': 'oversized',
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            connection: 'close',
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      // The server may close the socket before the whole body is written; the answer still arrives.
      request.on('error', reject);
      request.end(body);
    });
    expect({ status, code: wireOf(ErrorBody, JSON.parse(text)).error.code }).toEqual({
      status: 400,
      code: 'invalid_request',
    });
  });
});
