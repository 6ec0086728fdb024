// Every error code the server can return, each produced by a real request. The table is a
// Record over the contract's ErrorCode, so a new code fails the build until it has a case here.
import type { CANCEL_REASON_CODES } from '@plankit/rules';
import { ErrorBody, type ErrorCode, InvoicePage } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { type ApiResponse, TOKENS, useServer } from './helpers';
import { listedError, recording } from './listed-errors';
import { wireOf } from './wire';

const { server, api, errors } = useServer();
type Api = typeof api;

const quote = (targetPlanId: string) => ({ targetPlanId, quotedAt: '2026-11-22T10:00:00.000Z', quotedVersion: 1 });
const preview = (a: Api, subAccount: string, targetPlanId: string, token: string = TOKENS.owner) =>
  a.post(`/v1/sub-accounts/${subAccount}/change-plan/preview`, { targetPlanId }, { token, key: null });

/** The newest invoice of a sub-account, as the agency lists them. */
async function firstInvoice(a: Api, subAccountId: string): Promise<string> {
  const page = wireOf(InvoicePage, (await a.get(`/v1/sub-accounts/${subAccountId}/invoices`)).body);
  return page.items[0]?.id ?? 'none';
}

interface Case {
  readonly status: number;
  readonly run: (a: Api) => Promise<ApiResponse>;
}

// No endpoint cancels a subscription yet.
type CancelReasonCode = (typeof CANCEL_REASON_CODES)[number];

const cases: Record<Exclude<ErrorCode, 'internal_error' | CancelReasonCode>, Case> = {
  invalid_request: { status: 400, run: (a) => a.post('/v1/numbers', undefined, { rawBody: '{"country":' }) },
  unauthenticated: { status: 401, run: (a) => a.get('/v1/me', { token: null }) },
  idempotency_key_reused: {
    status: 422,
    run: async (a) => {
      await a.post('/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_growth' }, { key: 'reused-key' });
      return a.post('/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_pro' }, { key: 'reused-key' });
    },
  },
  not_agency_member: { status: 403, run: (a) => a.get('/v1/plans', { token: TOKENS.subUser }) },
  feature_disabled: { status: 422, run: (a) => preview(a, 'sa_globex_acme', 'plan_globex_basic', TOKENS.otherAgency) },
  sub_account_blocked: { status: 422, run: (a) => preview(a, 'sa_tidewater', 'plan_growth') },
  not_created_by_agency: { status: 422, run: (a) => preview(a, 'sa_umber', 'plan_growth') },
  subscription_not_changeable: { status: 422, run: (a) => preview(a, 'sa_quartz', 'plan_pro') },
  open_invoice: {
    status: 422,
    run: async (a) => {
      await server().db.query(`UPDATE agencies SET policy = '{"openInvoice":"block"}' WHERE id = 'agency_northwind'`);
      return preview(a, 'sa_yarrow', 'plan_pro');
    },
  },
  plan_not_active: {
    status: 422,
    run: (a) => a.post('/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_legacy' }),
  },
  same_plan: { status: 422, run: (a) => preview(a, 'sa_harbor', 'plan_growth') },
  payment_type_mismatch: { status: 422, run: (a) => preview(a, 'sa_harbor', 'plan_offline_plus') },
  currency_mismatch: { status: 422, run: (a) => preview(a, 'sa_harbor', 'plan_growth_eur') },
  payment_method_required: {
    status: 422,
    run: async (a) => {
      await a.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_starter' });
      return a.post('/v1/sub-accounts/sa_cedar/subscription', {});
    },
  },
  // Zephyr's card is on file and declines.
  card_declined: {
    status: 402,
    run: (a) => a.post('/v1/sub-accounts/sa_zephyr/change-plan', quote('plan_growth')),
  },
  over_limit: {
    status: 422,
    run: async (a) => {
      await server().db.query(`UPDATE agencies SET policy = '{"overLimit":"block"}' WHERE id = 'agency_northwind'`);
      return a.post('/v1/sub-accounts/sa_willow/change-plan', quote('plan_starter'));
    },
  },
  contact_sales: {
    status: 422,
    run: (a) => a.post('/v1/sub-accounts/sa_harbor/change-plan', quote('plan_enterprise')),
  },
  quote_expired: {
    status: 409,
    run: (a) => a.post('/v1/sub-accounts/sa_harbor/change-plan', { ...quote('plan_pro'), quotedVersion: 0 }),
  },
  insufficient_agency_credit: {
    status: 422,
    run: async (a) => {
      await server().db.query(`UPDATE agencies SET credit_pool_amount = 100 WHERE id = 'agency_northwind'`);
      return a.post('/v1/sub-accounts/sa_summit/change-plan', quote('plan_offline_plus'));
    },
  },
  concurrent_update: {
    status: 409,
    run: async (a) => {
      // A rival that draws the pool dry between every read and write: each attempt must start over,
      // and after the last one the client is told to retry.
      await server().db.exec(`CREATE FUNCTION drain_pool() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.credit_pool_amount := -1; RETURN NEW; END $$;
        CREATE TRIGGER drain_pool BEFORE UPDATE ON agencies FOR EACH ROW EXECUTE FUNCTION drain_pool()`);
      try {
        return await a.post('/v1/sub-accounts/sa_summit/change-plan', quote('plan_offline_plus'));
      } finally {
        await server().db.exec('DROP TRIGGER drain_pool ON agencies; DROP FUNCTION drain_pool()');
      }
    },
  },
  number_not_unassigned: {
    status: 409,
    run: (a) => a.post('/v1/numbers/num_ny_0104/assign', { userId: 'sau_juniper' }),
  },
  number_linked_to_agent: {
    status: 422,
    run: (a) => a.post('/v1/numbers/num_sf_0103/assign', { userId: 'sau_juniper' }),
  },
  user_not_approved: {
    status: 422,
    run: (a) => a.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor_pending' }),
  },
  user_subscription_inactive: {
    status: 422,
    run: (a) => a.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_quartz' }),
  },
  invoice_not_open: {
    status: 409,
    // Summit's first request was paid by bank transfer: a paid request cannot be voided.
    run: async (a) => a.post(`/v1/invoices/${await firstInvoice(a, 'sa_summit')}/void`, {}),
  },
  invoice_not_offline: {
    status: 422,
    run: async (a) => a.post(`/v1/invoices/${await firstInvoice(a, 'sa_yarrow')}/mark-paid`, { reference: 'BT-1' }),
  },
  not_sub_account_user: {
    status: 403,
    run: async (a) => a.post(`/v1/invoices/${await firstInvoice(a, 'sa_yarrow')}/pay`, {}),
  },
  illegal_transition: {
    status: 422,
    run: (a) => a.post('/v1/numbers/num_sf_0101/unassign', {}),
  },
  // Harbor pays for 6 seats on Growth (3 included); Vantage's Pro sells none; Zephyr's Starter has packs off.
  no_change: {
    status: 422,
    run: (a) => a.post('/v1/sub-accounts/sa_harbor/seats/preview', { quantity: 6 }, { key: null }),
  },
  seats_below_included: {
    status: 422,
    run: (a) => a.post('/v1/sub-accounts/sa_harbor/seats/preview', { quantity: 2 }, { key: null }),
  },
  seats_not_sold: {
    status: 422,
    run: (a) => a.post('/v1/sub-accounts/sa_vantage/seats/preview', { quantity: 4 }, { key: null }),
  },
  packs_not_allowed: {
    status: 422,
    run: (a) => a.post('/v1/sub-accounts/sa_zephyr/packs/preview', { packId: 'pack_minutes_500' }, { key: null }),
  },
  not_found: { status: 404, run: (a) => a.get('/v1/sub-accounts/sa_does_not_exist') },
};

describe('every error code the server returns', () => {
  it.each(Object.entries(cases))('%s', async (code, { status, run }) => {
    const recorder = recording(api);
    const response = await run(recorder.api);
    const body = wireOf(ErrorBody, response.body);
    expect({ status: response.status, code: body.error.code }).toEqual({ status, code });
    // The endpoint's table entry names the code, so the OpenAPI document lists it.
    const { method, path } = recorder.last();
    expect(listedError(method, path, response)).toEqual({ endpoint: expect.any(String), code, listed: true });
    // Every message says what to do, in a sentence.
    expect(body.error.message).toMatch(/\.$/);
  });

  it('answers an unexpected failure with internal_error and no details', async () => {
    // A broken table is the one way to fail that no input can cause.
    await server().db.exec('ALTER TABLE plans RENAME TO plans_gone');
    try {
      const response = await api.get('/v1/plans');
      expect(response.status).toBe(500);
      expect(wireOf(ErrorBody, response.body).error).toEqual({
        code: 'internal_error',
        message: 'Something went wrong on the server. Retry later; if it persists, contact support.',
      });
      // Logged once, for the operator; then cleared so the no-500 check of the other tests holds.
      expect(errors).toHaveLength(1);
      errors.length = 0;
    } finally {
      await server().db.exec('ALTER TABLE plans_gone RENAME TO plans');
    }
  });
});
