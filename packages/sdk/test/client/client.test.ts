import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPlankitClient,
  isPlankitError,
  isPlankitHttpError,
  isPlankitNetworkError,
  isPlankitSchemaError,
  isPlankitTimeoutError,
  type PlankitClient,
  PlankitHttpError,
  PlankitSchemaError,
} from '../../src';
import { numberDto, planDto, subAccountDto } from '../fixtures';
import { drop, json, late, raw, type StubServer, stallBody, startStub } from './http-stub';

let stub: StubServer;
let client: PlankitClient;
let headerCalls = 0;

beforeAll(async () => {
  stub = await startStub();
});
afterAll(() => stub.close());
beforeEach(() => {
  headerCalls = 0;
  client = createPlankitClient({
    baseUrl: `${stub.url}/`,
    getHeaders: () => {
      headerCalls += 1;
      return { Authorization: 'Bearer token-owner' };
    },
    timeoutMs: 250,
    retry: { limit: 2, delayMs: () => 5 },
  });
});

/** The rejection of `promise`, failing the test if it resolves. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const keys = () => stub.received.map((r) => r.headers['idempotency-key']);
const quoted = {
  targetPlanId: 'plan_pro',
  quotedAt: new Date('2026-11-22T10:00:00.000Z'),
  quotedVersion: 3,
};
const changeResultDto = {
  kind: 'stripe_upgrade',
  timing: 'now',
  effectiveAt: '2026-11-22T10:00:00.000Z',
  amountCharged: { amount: 1450, currency: 'USD' },
  invoice: { id: 'inv_1', url: 'http://127.0.0.1/invoices/inv_1', amount: { amount: 1450, currency: 'USD' } },
  paymentRequest: null,
  creditGranted: { amount: 0, currency: 'USD' },
  minutesGranted: 500,
  scheduledChange: null,
  subAccount: subAccountDto,
};

describe('given a server that answers as the contract says', () => {
  it('sends the bearer token and maps the answer to rules types with Dates', async () => {
    stub.answer(json(200, { now: '2026-11-22T10:00:00.000Z' }));
    const clock = await client.getClock();
    expect(clock.now).toEqual(new Date('2026-11-22T10:00:00.000Z'));
    expect(stub.received[0]?.headers.authorization).toBe('Bearer token-owner');
    expect(headerCalls).toBe(1);
  });

  it('fills path parameters, encodes them, and sends the search as a query string', async () => {
    stub.answer(json(200, { items: [], nextCursor: null, total: 0 }));
    const page = await client.listEligibleUsers('num 1/x', { q: 'dana r', cursor: 'c2', limit: 10 });
    expect(page).toEqual({ items: [], nextCursor: null, total: 0 });
    expect(stub.received[0]?.url).toBe('/v1/numbers/num%201%2Fx/eligible-users?q=dana+r&cursor=c2&limit=10');
  });

  it('sends a quote as ISO instants and reads the result back with Money and Dates', async () => {
    stub.answer(json(200, changeResultDto));
    const result = await client.changePlan('sub_1', quoted);
    expect(JSON.parse(stub.received[0]?.body ?? '')).toEqual({
      targetPlanId: 'plan_pro',
      quotedAt: '2026-11-22T10:00:00.000Z',
      quotedVersion: 3,
    });
    expect(result.amountCharged).toEqual({ amount: 1450, currency: 'USD' });
    expect(result.subAccount.subscription?.periodEnd).toEqual(new Date('2026-12-01T00:00:00.000Z'));
  });

  it('maps every plan of the catalog', async () => {
    stub.answer(json(200, [planDto, { ...planDto, id: 'plan_2', description: 'Two' }]));
    const plans = await client.listPlans();
    expect(plans.map((p) => [p.id, p.description])).toEqual([
      ['plan_pro', undefined],
      ['plan_2', 'Two'],
    ]);
  });
});

describe('given a refusal with a reason code', () => {
  it('throws a PlankitHttpError with the code, message and typed params, and does not retry', async () => {
    stub.answer(
      json(422, {
        error: {
          code: 'currency_mismatch',
          message: 'Pick a plan in USD.',
          params: {
            expected: { type: 'string', value: 'USD' },
            price: { type: 'money', amount: 900, currency: 'EUR' },
          },
        },
      }),
    );
    const error = await failure(client.assignNumber('num_1', { userId: 'user_1' }));
    expect(error).toBeInstanceOf(PlankitHttpError);
    expect(error).toMatchObject({
      name: 'PlankitHttpError',
      kind: 'http',
      status: 422,
      code: 'currency_mismatch',
      message: 'Pick a plan in USD.',
      endpoint: 'assignNumber',
      params: { expected: 'USD', price: { amount: 900, currency: 'EUR' } },
    });
    expect(stub.received).toHaveLength(1);
  });

  it('keeps the code and message when the params are not tagged values', async () => {
    stub.answer(json(422, { error: { code: 'over_limit', message: 'Remove 3 agents.', params: { agents: 3 } } }));
    const error = await failure(client.getChangePlanContext('sub_1'));
    expect(error).toMatchObject({ status: 422, code: 'over_limit', message: 'Remove 3 agents.', params: {} });
  });

  it('does not retry a 4xx read either', async () => {
    stub.answer(json(404, { error: { code: 'not_found', message: 'No such sub-account.' } }));
    const error = await failure(client.getSubAccount('sub_x'));
    expect(isPlankitHttpError(error) && error.code).toBe('not_found');
    expect(stub.received).toHaveLength(1);
  });
});

describe('given a server that misbehaves', () => {
  it('turns a 200 with malformed JSON into a PlankitSchemaError, not retried', async () => {
    stub.answer(raw(200, 'application/json', '{"now": "2026-11-2'));
    const error = await failure(client.getClock());
    expect(error).toBeInstanceOf(PlankitSchemaError);
    expect(error).toMatchObject({
      kind: 'schema',
      status: 200,
      issues: [{ path: [], message: 'The body is not JSON' }],
    });
    expect(stub.received).toHaveLength(1);
  });

  it('turns a wrong shape into a PlankitSchemaError that names the field', async () => {
    stub.answer(json(200, { ...numberDto, telcoCost: { amount: 1.15, currency: 'USD' } }));
    const error = await failure(client.buyNumber({ country: 'US', areaCode: '415', capabilities: ['voice'] }));
    expect(isPlankitSchemaError(error)).toBe(true);
    if (!isPlankitSchemaError(error)) return;
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['telcoCost.amount']);
    expect(error.message).toBe('The buyNumber response does not match the contract at telcoCost.amount: expected int');
  });

  it('turns an instant with an offset into a PlankitSchemaError (instants are UTC)', async () => {
    stub.answer(json(200, { now: '2026-11-22T10:00:00+01:00' }));
    expect(await failure(client.getClock())).toMatchObject({
      issues: [{ path: ['now'], message: 'expected datetime' }],
    });
  });

  it('turns an HTML 502 page into a PlankitHttpError internal_error after retrying the read', async () => {
    stub.answer(raw(502, 'text/html', '<html><body>Bad gateway</body></html>'));
    const error = await failure(client.listNumbers());
    expect(error).toMatchObject({ name: 'PlankitHttpError', status: 502, code: 'internal_error' });
    expect(stub.received).toHaveLength(3);
  });

  it('turns an HTML 404 page into a PlankitHttpError invalid_response', async () => {
    stub.answer(raw(404, 'text/html', '<h1>Not Found</h1>'));
    const error = await failure(client.listNumbers());
    expect(error).toMatchObject({
      status: 404,
      code: 'invalid_response',
      message: 'The server answered 404 without a Plankit error body.',
    });
  });

  it('turns an error body of the wrong shape into invalid_response', async () => {
    stub.answer(json(400, { message: 'bad' }));
    expect(await failure(client.getMe())).toMatchObject({ status: 400, code: 'invalid_response' });
  });

  it('retries a read after a 500 and returns the later answer', async () => {
    stub.answer(json(500, { error: { code: 'internal_error', message: 'boom' } }), json(200, [numberDto]));
    const numbers = await client.listNumbers();
    expect(numbers.map((n) => n.e164)).toEqual(['+14155550100']);
    expect(stub.received).toHaveLength(2);
  });

  it('times out when the headers are late, retrying the read, then throws PlankitTimeoutError', async () => {
    stub.answer(late(2_000, json(200, { now: '2026-11-22T10:00:00.000Z' })));
    const error = await failure(client.getClock());
    expect(isPlankitTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 250, message: 'No answer from getClock within 250 ms.' });
    expect(stub.received).toHaveLength(3);
  });

  it('times out when the body stalls after the headers', async () => {
    stub.answer(stallBody);
    expect(isPlankitTimeoutError(await failure(client.getClock()))).toBe(true);
  });

  it('turns a dropped connection into a PlankitNetworkError once retries are spent', async () => {
    stub.answer(drop);
    const error = await failure(client.getMe());
    expect(isPlankitNetworkError(error)).toBe(true);
    expect(stub.received).toHaveLength(3);
  });

  it('turns a refused connection into a PlankitNetworkError', async () => {
    const offline = createPlankitClient({ baseUrl: 'http://127.0.0.1:1', retry: false });
    expect(await failure(offline.getMe())).toMatchObject({ name: 'PlankitNetworkError', endpoint: 'getMe' });
  });
});

describe('given a mutation', () => {
  it('sends a fresh Idempotency-Key per call', async () => {
    stub.answer(json(200, numberDto));
    await client.releaseNumber('num_1');
    await client.releaseNumber('num_1');
    const [first, second] = keys();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });

  it('sends the caller’s key when given one', async () => {
    stub.answer(json(200, numberDto));
    await client.unassignNumber('num_1', { idempotencyKey: 'intent-42' });
    expect(keys()).toEqual(['intent-42']);
    expect(stub.received[0]?.body).toBe('{}');
  });

  it('retries after a 503 with the same key', async () => {
    stub.answer(json(503, { error: { code: 'internal_error', message: 'busy' } }), json(200, changeResultDto));
    await client.changePlan('sub_1', quoted);
    expect(stub.received).toHaveLength(2);
    const [first, second] = keys();
    expect(second).toBe(first);
  });

  it('retries after the connection drops with the same key', async () => {
    stub.answer(drop, json(200, numberDto));
    await client.assignNumber('num_1', { userId: 'user_1' }, { idempotencyKey: 'assign-1' });
    expect(keys()).toEqual(['assign-1', 'assign-1']);
  });

  it('never retries a 4xx', async () => {
    stub.answer(json(409, { error: { code: 'quote_expired', message: 'Review the new quote.' } }));
    expect(await failure(client.changePlan('sub_1', quoted))).toMatchObject({ status: 409, code: 'quote_expired' });
    expect(stub.received).toHaveLength(1);
  });

  it('does not retry a timed-out mutation (it may still be running)', async () => {
    stub.answer(late(2_000, json(200, numberDto)));
    expect(isPlankitTimeoutError(await failure(client.releaseNumber('num_1')))).toBe(true);
    expect(stub.received).toHaveLength(1);
  });

  it('never retries the clock control, which has no key', async () => {
    stub.answer(json(500, { error: { code: 'internal_error', message: 'boom' } }));
    await failure(client.advanceClock(3600));
    expect(stub.received).toHaveLength(1);
    expect(stub.received[0]?.headers['idempotency-key']).toBeUndefined();
  });

  it('sends no key with the preview, a read', async () => {
    stub.answer(json(500, { error: { code: 'internal_error', message: 'boom' } }));
    await failure(client.previewPlanChange('sub_1', { targetPlanId: 'plan_pro' }));
    expect(keys()).toEqual([undefined, undefined, undefined]);
  });
});

describe('given the caller cancels', () => {
  it('rejects with the caller’s abort reason, not a PlankitError', async () => {
    stub.answer(late(2_000, json(200, { now: '2026-11-22T10:00:00.000Z' })));
    const controller = new AbortController();
    const pending = client.getClock({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await failure(pending);
    expect(isPlankitError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('the error guards', () => {
  it('match an error from another realm by name', () => {
    const foreign = runInNewContext('const e = new Error("offline"); e.name = "PlankitNetworkError"; e');
    expect(foreign instanceof Error).toBe(false);
    expect(isPlankitError(foreign)).toBe(true);
    expect(isPlankitNetworkError(foreign)).toBe(true);
    expect(isPlankitHttpError(foreign)).toBe(false);
  });

  it('reject values that are not Plankit errors', () => {
    expect([null, undefined, 'PlankitHttpError', new Error('x'), { name: 'HTTPError' }].map(isPlankitError)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('seats, add-ons and packs', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const itemsDto = {
    subAccountId: 'sub_1',
    version: 4,
    seatPricing: { includedSeats: 3, price: usd(1000) },
    seatQuantity: 5,
    seatsInUse: 4,
    addOns: [],
    catalog: {
      addOns: [],
      packs: [{ id: 'pack_500', name: '500 minutes', kind: 'minutes', price: usd(2500), minutes: 500 }],
    },
    packsAllowed: true,
    walletMinutes: 120,
    creditBalance: usd(0),
    renewalAmount: usd(4900),
  };
  const seatLine = {
    description: { key: 'line.seats', values: {} },
    amount: usd(1450),
    item: { kind: 'seats', id: 'seats' },
    unitPrice: usd(1000),
    quantity: 2,
  };
  const resultDto = {
    kind: 'seats_increase',
    timing: 'now',
    effectiveAt: '2026-11-22T10:00:00.000Z',
    amountCharged: usd(1450),
    invoice: { id: 'inv_2', url: 'http://127.0.0.1/invoices/inv_2', amount: usd(1450) },
    paymentRequest: null,
    creditGranted: usd(0),
    items: itemsDto,
  };
  const quote = { quotedAt: new Date('2026-11-22T10:00:00.000Z'), quotedVersion: 4 };

  it('previews a seat quantity without a key and reads the lines back as Money', async () => {
    stub.answer(
      json(200, {
        quotedAt: '2026-11-22T10:00:00.000Z',
        quotedVersion: 4,
        kind: 'seats_increase',
        timing: 'now',
        effectiveAt: '2026-11-22T10:00:00.000Z',
        lines: [seatLine],
        amountDueNow: usd(1450),
        creditAmount: usd(0),
        creditSource: null,
        collection: 'card',
        renewalAmount: usd(6900),
        overLimit: null,
        walletMinutesAfter: null,
        creditBalanceAfter: null,
      }),
    );
    const preview = await client.previewSeatChange('sub_1', { quantity: 7 });
    expect(stub.received[0]?.method).toBe('POST');
    expect(stub.received[0]?.url).toBe('/v1/sub-accounts/sub_1/seats/preview');
    expect(JSON.parse(stub.received[0]?.body ?? '')).toEqual({ quantity: 7 });
    expect(keys()).toEqual([undefined]);
    expect(preview.quotedAt).toEqual(new Date('2026-11-22T10:00:00.000Z'));
    expect(preview.lines.map((l) => [l.item.kind, l.quantity, l.amount.amount])).toEqual([['seats', 2, 1450]]);
    expect(preview.renewalAmount).toEqual(usd(6900));
  });

  it('confirms seats with the quote and the caller’s idempotency key, and decodes the items after', async () => {
    stub.answer(json(200, resultDto));
    const result = await client.changeSeats('sub_1', { quantity: 7, ...quote }, { idempotencyKey: 'seats-7' });
    expect(stub.received[0]?.url).toBe('/v1/sub-accounts/sub_1/seats');
    expect(JSON.parse(stub.received[0]?.body ?? '')).toEqual({
      quantity: 7,
      quotedAt: '2026-11-22T10:00:00.000Z',
      quotedVersion: 4,
    });
    expect(keys()).toEqual(['seats-7']);
    expect(result.amountCharged).toEqual(usd(1450));
    expect(result.effectiveAt).toEqual(new Date('2026-11-22T10:00:00.000Z'));
    expect([result.items.seatQuantity, result.items.seatsInUse]).toEqual([5, 4]);
  });

  it('sends an add-on removal as addOnId null, and a pack by its id, each with a key', async () => {
    stub.answer(json(200, resultDto), json(200, resultDto));
    await client.changeAddOn('sub_1', { group: 'storage', addOnId: null, ...quote });
    await client.buyPack('sub_1', { packId: 'pack_500', ...quote });
    expect(stub.received.map((r) => r.url)).toEqual(['/v1/sub-accounts/sub_1/add-ons', '/v1/sub-accounts/sub_1/packs']);
    expect(JSON.parse(stub.received[0]?.body ?? '')).toMatchObject({ group: 'storage', addOnId: null });
    expect(JSON.parse(stub.received[1]?.body ?? '')).toMatchObject({ packId: 'pack_500', quotedVersion: 4 });
    expect(keys().every((k) => typeof k === 'string' && k.length > 0)).toBe(true);
  });

  it('reads the items with the catalog', async () => {
    stub.answer(json(200, itemsDto));
    const items = await client.getSubscriptionItems('sub_1');
    expect(stub.received[0]?.url).toBe('/v1/sub-accounts/sub_1/items');
    expect(items.catalog.packs[0]).toMatchObject({ kind: 'minutes', minutes: 500, price: usd(2500) });
  });
});
