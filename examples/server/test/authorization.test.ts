// Authorization as one table: every endpoint × every kind of caller → the expected status.
import { describe, expect, it } from 'vitest';
import { signTestToken, TEST_NOW } from '../src/testing';
import { type ApiResponse, TOKENS, useServer } from './helpers';
import { listedError } from './listed-errors';

// subUser: the approved user the row's number is assigned to. pending, blocked: Harbor Fitness's
// other users. forged: the owner's claims signed with another secret.
type Caller = 'owner' | 'member' | 'subUser' | 'pending' | 'blocked' | 'otherAgency' | 'none' | 'forged';
const CALLERS: readonly Caller[] = [
  'owner',
  'member',
  'subUser',
  'pending',
  'blocked',
  'otherAgency',
  'none',
  'forged',
];
/** Unless a row says otherwise: pending users are refused, the rest are signed out. */
const DEFAULTS = { pending: 422, blocked: 401, none: 401, forged: 401 } as const;
const FORGED = signTestToken(
  { kind: 'agency_member', agencyId: 'agency_northwind', userId: 'user_northwind_owner' },
  'not-the-server-secret-but-32-chars-long',
);

interface Row {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string | ((api: Api) => Promise<string>);
  readonly body?: unknown;
  /** The sub-account user of this row (a user of the row's sub-account). Default Harbor Fitness's. */
  readonly subUserToken?: string;
  /** Writes that must happen before the call (as the agency owner). */
  readonly setup?: (api: Api) => Promise<unknown>;
  readonly expected: Readonly<Record<Exclude<Caller, keyof typeof DEFAULTS>, number>> &
    Partial<Record<keyof typeof DEFAULTS, number>>;
}

const { server, api } = useServer({ resetEachTest: false });
type Api = typeof api;

const now = TEST_NOW.toISOString();
const agency = { owner: 200, member: 200, subUser: 403, otherAgency: 200 };
const ownAgencyOnly = { owner: 200, member: 200, subUser: 403, otherAgency: 404 };
const assignedSubAccount = { owner: 404, member: 404, subUser: 200, otherAgency: 404 };

/** A Northwind endpoint registered by the owner, with one delivery (the number.assigned event). */
async function webhookEndpointPath(a: Api): Promise<string> {
  const created = await a.post('/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/events' });
  const id = (created.body as { endpoint: { id: string } }).endpoint.id;
  await a.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' });
  return `/v1/webhook-endpoints/${id}`;
}

async function webhookDeliveryPath(a: Api): Promise<string> {
  const endpoint = await webhookEndpointPath(a);
  const [delivery] = (await a.get(`${endpoint}/deliveries`)).body as { id: string }[];
  return `${endpoint}/deliveries/${delivery?.id}/replay`;
}

async function checkoutPath(a: Api): Promise<string> {
  const started = await a.post(
    '/v1/numbers/num_ny_0104/checkout',
    { returnUrl: 'http://localhost:5173/numbers' },
    { token: 'tok_harbor_approved' },
  );
  return `/v1/checkouts/${(started.body as { id: string }).id}`;
}

/** Harbor Fitness's newest invoice (its first period's, paid by card in the seeds). */
async function harborInvoice(): Promise<string> {
  const [row] = await server().db.query<{ id: string }>(
    `SELECT id FROM invoices WHERE sub_account_id = 'sa_harbor' ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  return row?.id ?? 'none';
}

/** Make it an open payment request with due and Blocked instants, so every action may apply. */
async function reopenHarborInvoice(): Promise<void> {
  await server().db.query(
    `UPDATE invoices SET status = 'open', paid_at = NULL, settled_by = NULL, due_at = $2, blocked_at = $3 WHERE id = $1`,
    [await harborInvoice(), '2026-12-01T10:00:00.000Z', '2026-12-08T10:00:00.000Z'],
  );
}

const rows: Row[] = [
  {
    name: 'GET /v1/me',
    method: 'GET',
    path: '/v1/me',
    expected: { owner: 200, member: 200, subUser: 200, pending: 200, otherAgency: 200 },
  },
  {
    name: 'GET /v1/me/notifications',
    method: 'GET',
    path: '/v1/me/notifications',
    expected: { owner: 200, member: 200, subUser: 200, otherAgency: 200 },
  },
  {
    name: 'GET /v1/notifications/failed-deliveries',
    method: 'GET',
    path: '/v1/notifications/failed-deliveries',
    expected: agency,
  },
  { name: 'GET /v1/plans', method: 'GET', path: '/v1/plans', expected: agency },
  { name: 'GET /v1/sub-accounts', method: 'GET', path: '/v1/sub-accounts', expected: agency },
  {
    name: 'GET /v1/sub-accounts/:id',
    method: 'GET',
    path: '/v1/sub-accounts/sa_harbor',
    expected: { owner: 200, member: 200, subUser: 200, pending: 200, otherAgency: 404 },
  },
  {
    name: 'GET /v1/sub-accounts/:id/change-plan',
    method: 'GET',
    path: '/v1/sub-accounts/sa_harbor/change-plan',
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/change-plan/preview',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/change-plan/preview',
    body: { targetPlanId: 'plan_pro' },
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/change-plan',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/change-plan',
    body: { targetPlanId: 'plan_pro', quotedAt: now, quotedVersion: 1 },
    expected: ownAgencyOnly,
  },
  {
    name: 'GET /v1/sub-accounts/:id/items',
    method: 'GET',
    path: '/v1/sub-accounts/sa_harbor/items',
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/seats/preview',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/seats/preview',
    body: { quantity: 8 },
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/seats',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/seats',
    body: { quantity: 8, quotedAt: now, quotedVersion: 1 },
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/add-ons/preview',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/add-ons/preview',
    body: { group: 'storage', addOnId: 'addon_storage_200' },
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/add-ons',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/add-ons',
    body: { group: 'storage', addOnId: 'addon_storage_200', quotedAt: now, quotedVersion: 1 },
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/packs/preview',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/packs/preview',
    body: { packId: 'pack_minutes_500' },
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/packs',
    method: 'POST',
    path: '/v1/sub-accounts/sa_harbor/packs',
    body: { packId: 'pack_minutes_500', quotedAt: now, quotedVersion: 1 },
    expected: ownAgencyOnly,
  },
  {
    name: 'DELETE /v1/sub-accounts/:id/scheduled-change',
    method: 'DELETE',
    path: '/v1/sub-accounts/sa_harbor/scheduled-change',
    setup: (a) =>
      a.post('/v1/sub-accounts/sa_harbor/change-plan', {
        targetPlanId: 'plan_starter',
        quotedAt: now,
        quotedVersion: 1,
      }),
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/assigned-plan',
    method: 'POST',
    path: '/v1/sub-accounts/sa_bluebird/assigned-plan',
    body: { planId: 'plan_growth' },
    subUserToken: 'tok_bluebird',
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/sub-accounts/:id/subscription',
    method: 'POST',
    path: '/v1/sub-accounts/sa_bluebird/subscription',
    body: {},
    subUserToken: 'tok_bluebird',
    expected: ownAgencyOnly,
  },
  {
    name: 'GET /v1/sub-accounts/:id/invoices',
    method: 'GET',
    path: '/v1/sub-accounts/sa_harbor/invoices',
    expected: { owner: 200, member: 200, subUser: 200, otherAgency: 404 },
  },
  {
    name: 'GET /v1/invoices/:id',
    method: 'GET',
    path: async () => `/v1/invoices/${await harborInvoice()}`,
    expected: { owner: 200, member: 200, subUser: 200, otherAgency: 404 },
  },
  {
    name: 'POST /v1/invoices/:id/pay',
    method: 'POST',
    path: async () => `/v1/invoices/${await harborInvoice()}/pay`,
    setup: () => reopenHarborInvoice(),
    expected: { owner: 403, member: 403, subUser: 200, otherAgency: 404 },
  },
  {
    name: 'POST /v1/invoices/:id/mark-paid',
    method: 'POST',
    path: async () => `/v1/invoices/${await harborInvoice()}/mark-paid`,
    body: { reference: 'BT-0001' },
    setup: () => reopenHarborInvoice(),
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/invoices/:id/void',
    method: 'POST',
    path: async () => `/v1/invoices/${await harborInvoice()}/void`,
    setup: () => reopenHarborInvoice(),
    expected: ownAgencyOnly,
  },
  {
    name: 'GET /v1/sub-accounts/:id/credit',
    method: 'GET',
    path: '/v1/sub-accounts/sa_harbor/credit',
    expected: { owner: 200, member: 200, subUser: 200, otherAgency: 404 },
  },
  { name: 'GET /v1/agency/credit', method: 'GET', path: '/v1/agency/credit', expected: agency },
  { name: 'GET /v1/numbers', method: 'GET', path: '/v1/numbers', expected: agency },
  {
    name: 'POST /v1/numbers',
    method: 'POST',
    path: '/v1/numbers',
    body: { country: 'US', areaCode: '415', capabilities: ['voice'] },
    expected: agency,
  },
  {
    name: 'GET /v1/numbers/:id/eligible-users',
    method: 'GET',
    path: '/v1/numbers/num_sf_0101/eligible-users',
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/numbers/:id/assign',
    method: 'POST',
    path: '/v1/numbers/num_sf_0101/assign',
    body: { userId: 'sau_harbor' },
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/numbers/:id/unassign',
    method: 'POST',
    path: '/v1/numbers/num_ny_0104/unassign',
    body: {},
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/numbers/:id/release',
    method: 'POST',
    path: '/v1/numbers/num_ny_0105/release',
    body: {},
    expected: assignedSubAccount,
  },
  {
    name: 'POST /v1/numbers/:id/checkout',
    method: 'POST',
    path: '/v1/numbers/num_ny_0104/checkout',
    body: { returnUrl: 'http://localhost:5173/numbers' },
    expected: assignedSubAccount,
  },
  { name: 'GET /v1/checkouts/:id', method: 'GET', path: checkoutPath, expected: assignedSubAccount },
  {
    name: 'GET /v1/sub-accounts/:id/numbers',
    method: 'GET',
    path: '/v1/sub-accounts/sa_harbor/numbers',
    expected: { owner: 200, member: 200, subUser: 200, otherAgency: 404 },
  },
  {
    name: 'GET /openapi.json',
    method: 'GET',
    path: '/openapi.json',
    expected: {
      owner: 200,
      member: 200,
      subUser: 200,
      pending: 200,
      blocked: 200,
      otherAgency: 200,
      none: 200,
      forged: 200,
    },
  },
  {
    name: 'GET /v1/dev/users',
    method: 'GET',
    path: '/v1/dev/users',
    expected: {
      owner: 200,
      member: 200,
      subUser: 200,
      pending: 200,
      blocked: 200,
      otherAgency: 200,
      none: 200,
      forged: 200,
    },
  },
  {
    name: 'POST /v1/dev/clock',
    method: 'POST',
    path: '/v1/dev/clock',
    body: { advanceSeconds: 60 },
    expected: {
      owner: 200,
      member: 200,
      subUser: 200,
      pending: 200,
      blocked: 200,
      otherAgency: 200,
      none: 200,
      forged: 200,
    },
  },
  {
    name: 'GET /v1/dev/clock',
    method: 'GET',
    path: '/v1/dev/clock',
    expected: {
      owner: 200,
      member: 200,
      subUser: 200,
      pending: 200,
      blocked: 200,
      otherAgency: 200,
      none: 200,
      forged: 200,
    },
  },
  { name: 'GET /v1/webhook-endpoints', method: 'GET', path: '/v1/webhook-endpoints', expected: agency },
  {
    name: 'POST /v1/webhook-endpoints',
    method: 'POST',
    path: '/v1/webhook-endpoints',
    body: { url: 'https://host.example/plankit-events' },
    expected: agency,
  },
  {
    name: 'DELETE /v1/webhook-endpoints/:id',
    method: 'DELETE',
    path: webhookEndpointPath,
    expected: ownAgencyOnly,
  },
  {
    name: 'GET /v1/webhook-endpoints/:id/deliveries',
    method: 'GET',
    path: async (a) => `${await webhookEndpointPath(a)}/deliveries`,
    expected: ownAgencyOnly,
  },
  {
    name: 'POST /v1/webhook-endpoints/:id/deliveries/:deliveryId/replay',
    method: 'POST',
    path: webhookDeliveryPath,
    expected: ownAgencyOnly,
  },
];

function tokenFor(caller: Caller, row: Row): string | null {
  switch (caller) {
    case 'none':
      return null;
    case 'forged':
      return FORGED;
    case 'pending':
      return 'tok_harbor_pending';
    case 'blocked':
      return 'tok_harbor_blocked';
    case 'subUser':
      return row.subUserToken ?? TOKENS.subUser;
    default:
      return TOKENS[caller];
  }
}

const cells = rows.flatMap((row) =>
  CALLERS.map((caller) => ({ row, caller, status: row.expected[caller] ?? DEFAULTS[caller as keyof typeof DEFAULTS] })),
);

describe('authorization: every endpoint × every caller', () => {
  it('covers every endpoint of the contract', async () => {
    const { endpoints } = await import('@plankit/sdk/contract');
    const covered = new Set(rows.map((row) => row.name));
    const missing = Object.values(endpoints)
      .map((e) => `${e.method} ${e.path}`)
      .filter((name) => !covered.has(name));
    expect(missing).toEqual([]);
  });

  it.each(cells.map((cell) => [cell.row.name, cell.caller, cell.status, cell] as const))(
    '%s as %s → %i',
    async (_name, caller, status, { row }) => {
      // Only cells that may write start from fresh seeds; reads share them.
      if (row.method !== 'GET' || typeof row.path !== 'string') await server().reset();
      await row.setup?.(api);
      const path = typeof row.path === 'string' ? row.path : await row.path(api);
      const response: ApiResponse = await api.call(
        row.method,
        path,
        row.method === 'GET' ? undefined : (row.body ?? {}),
        {
          token: tokenFor(caller, row),
        },
      );
      expect({ status: response.status, body: response.status === status ? null : response.body }).toEqual({
        status,
        body: null,
      });
      // A refusal's code is one the endpoint's table entry names.
      const error = listedError(row.method, path, response);
      if (error !== null) expect(error).toEqual({ ...error, endpoint: expect.any(String), listed: true });
    },
  );
});
