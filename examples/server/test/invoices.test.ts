// Invoices, payment requests and credit through the API: list and read with lines and instants,
// pay by card, mark a bank transfer received, void, and the credit balance and pool with their
// movements. The clock stands at 2026-11-22T10:00Z; Summit Logistics is on Basic (invoiced) ($20/mo,
// 14 due days, 7 grace days) since Nov 17, its first request paid by bank transfer.
import {
  Clock,
  CreditBalanceView,
  CreditPoolView,
  InvoicePage,
  InvoiceView,
  type InvoiceViewDto,
  PayInvoiceResult,
} from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { advanceClock, errorCode, quoteAndConfirm, subAccountDetail, TOKENS, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();
const usd = (amount: number) => ({ amount, currency: 'USD' });
const SUMMIT = 'tok_summit';

async function advanceTo(iso: string) {
  const now = wireOf(Clock, (await api.get('/v1/dev/clock', { token: null })).body).now;
  await advanceClock(api, (Date.parse(iso) - Date.parse(now)) / 1000);
}

const list = async (subAccountId: string, query = '', token: string = TOKENS.owner) =>
  wireOf(InvoicePage, (await api.get(`/v1/sub-accounts/${subAccountId}/invoices${query}`, { token })).body);
const read = async (id: string, token: string = TOKENS.owner) =>
  wireOf(InvoiceView, (await api.get(`/v1/invoices/${id}`, { token })).body);

/** Basic → Plus (the $20.00 credit), then the Dec 17 renewal: a $20.00 request after credit, open. */
async function summitRenewal(): Promise<InvoiceViewDto> {
  await quoteAndConfirm(api, 'sa_summit', 'plan_offline_plus');
  await advanceTo('2026-12-17T10:00:00.000Z');
  const [newest] = (await list('sa_summit')).items;
  if (!newest) throw new Error('no renewal request');
  return newest;
}

describe('listing a sub-account’s invoices and payment requests', () => {
  it('pages newest first: the renewal request, then the first period’s, then the end', async () => {
    await summitRenewal();
    const first = await list('sa_summit', '?limit=1');
    expect(first.items.map((i) => [i.kind, i.status, i.total])).toEqual([['renewal', 'open', usd(2000)]]);
    expect(first.nextCursor).not.toBeNull();
    const second = await list('sa_summit', `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => [i.kind, i.status, i.settlement?.method])).toEqual([
      ['subscription_start', 'paid', 'bank_transfer'],
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not hand out with 400', async () => {
    const response = await api.get('/v1/sub-accounts/sa_summit/invoices?cursor=bm9wZQ');
    expect([response.status, errorCode(response.body)]).toEqual([400, 'invalid_request']);
  });
});

describe('reading one payment request', () => {
  it('has the preview’s lines, credit applied, its own due and Blocked instants and a hosted link', async () => {
    const renewal = await summitRenewal();
    const view = await read(renewal.id);
    expect(view).toMatchObject({
      document: 'payment_request',
      status: 'open',
      total: usd(2000),
      period: { start: '2026-12-17T10:00:00.000Z', end: '2027-01-17T10:00:00.000Z' },
      dueAt: '2026-12-31T10:00:00.000Z',
      blockedAt: '2027-01-07T10:00:00.000Z',
      settlement: null,
      voided: null,
    });
    expect(view.lines.map((l) => [l.description.key, l.amount.amount])).toEqual([
      ['invoice.line.period_fee', 4000],
      ['invoice.line.credit_applied', -2000],
    ]);
    const page = await api.get(new URL(view.hostedUrl).pathname, { token: null });
    expect([page.status, String(page.body).includes('$20.00')]).toEqual([200, true]);
  });

  it('tells each caller what they may do: the agency marks paid or voids, the client pays', async () => {
    const renewal = await summitRenewal();
    expect((await read(renewal.id)).actions).toEqual({
      pay: { allowed: false, reason: 'not_sub_account_user' },
      markPaid: { allowed: true, reason: null },
      void: { allowed: true, reason: null },
    });
    expect((await read(renewal.id, SUMMIT)).actions).toEqual({
      pay: { allowed: true, reason: null },
      markPaid: { allowed: false, reason: 'not_agency_member' },
      void: { allowed: false, reason: 'not_agency_member' },
    });
  });

  it('is not found for another agency', async () => {
    const renewal = await summitRenewal();
    const response = await api.get(`/v1/invoices/${renewal.id}`, { token: TOKENS.otherAgency });
    expect([response.status, errorCode(response.body)]).toEqual([404, 'not_found']);
  });
});

describe('the agency marks a bank transfer received', () => {
  it('records the reference, who and when; Past Due returns to Active at once', async () => {
    const renewal = await summitRenewal();
    await advanceTo('2026-12-31T10:00:00.000Z');
    expect((await subAccountDetail(api, 'sa_summit')).billingBadge).toBe('past_due');
    const response = await api.post(`/v1/invoices/${renewal.id}/mark-paid`, { reference: 'BT-2026-1231' });
    expect(response.status).toBe(200);
    const paid = wireOf(InvoiceView, response.body);
    expect([paid.status, paid.settlement]).toEqual([
      'paid',
      {
        method: 'bank_transfer',
        reference: 'BT-2026-1231',
        at: '2026-12-31T10:00:00.000Z',
        by: { userId: 'user_northwind_owner', name: 'Rachel Moore' },
      },
    ]);
    expect((await read(renewal.id, SUMMIT)).settlement?.reference).toBe('BT-2026-1231');
    await advanceTo('2027-01-10T10:00:00.000Z');
    const detail = await subAccountDetail(api, 'sa_summit');
    expect([detail.billingBadge, detail.openInvoice]).toEqual(['active', null]);
  });

  it('replays the same answer for the same key, and refuses a second recording with 409', async () => {
    const renewal = await summitRenewal();
    const first = await api.post(`/v1/invoices/${renewal.id}/mark-paid`, { reference: 'BT-1' }, { key: 'mark-1' });
    const replay = await api.post(`/v1/invoices/${renewal.id}/mark-paid`, { reference: 'BT-1' }, { key: 'mark-1' });
    expect([replay.status, replay.headers.get('idempotent-replayed'), replay.body]).toEqual([200, 'true', first.body]);
    const again = await api.post(`/v1/invoices/${renewal.id}/mark-paid`, { reference: 'BT-2' });
    expect([again.status, errorCode(again.body)]).toEqual([409, 'invoice_not_open']);
    const [ledger] = await server().db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ledger_entries WHERE invoice_id = $1 AND kind = 'charge'`,
      [renewal.id],
    );
    expect(ledger?.n).toBe(0);
  });

  it('needs a reference and an Idempotency-Key', async () => {
    const renewal = await summitRenewal();
    const blank = await api.post(`/v1/invoices/${renewal.id}/mark-paid`, { reference: '   ' });
    const keyless = await api.post(`/v1/invoices/${renewal.id}/mark-paid`, { reference: 'BT-1' }, { key: null });
    expect([blank.status, keyless.status]).toEqual([400, 400]);
    expect((await read(renewal.id)).status).toBe('open');
  });

  it('refuses a card invoice: only an offline request is marked paid (Yarrow Books)', async () => {
    const [open] = (await list('sa_yarrow')).items.filter((i) => i.status === 'open');
    expect(open?.actions.markPaid).toEqual({ allowed: false, reason: 'invoice_not_offline' });
    const response = await api.post(`/v1/invoices/${open?.id}/mark-paid`, { reference: 'BT-1' });
    expect([response.status, errorCode(response.body)]).toEqual([422, 'invoice_not_offline']);
  });
});

describe('voiding a payment request', () => {
  it('a void request never blocks: Active past its Blocked instant, no banner', async () => {
    const renewal = await summitRenewal();
    const response = await api.post(`/v1/invoices/${renewal.id}/void`, {}, { token: TOKENS.member });
    const voided = wireOf(InvoiceView, response.body);
    expect([voided.status, voided.voided]).toEqual([
      'void',
      { at: '2026-12-17T10:00:00.000Z', by: { userId: 'user_northwind_member', name: 'Tom Nguyen' } },
    ]);
    expect(voided.actions.markPaid).toEqual({ allowed: false, reason: 'invoice_not_open' });
    await advanceTo('2027-01-10T10:00:00.000Z');
    const detail = await subAccountDetail(api, 'sa_summit');
    expect([detail.billingBadge, detail.openInvoice]).toEqual(['active', null]);
  });

  it('a paid request cannot be voided', async () => {
    const renewal = await summitRenewal();
    await api.post(`/v1/invoices/${renewal.id}/mark-paid`, { reference: 'BT-1' });
    const response = await api.post(`/v1/invoices/${renewal.id}/void`, {});
    expect([response.status, errorCode(response.body)]).toEqual([409, 'invoice_not_open']);
    expect((response.body as { error: { message: string } }).error.message).toContain('This invoice is paid');
    expect((await read(renewal.id)).status).toBe('paid');
  });

  it('replays a void for the same key; the client may not void', async () => {
    const renewal = await summitRenewal();
    const first = await api.post(`/v1/invoices/${renewal.id}/void`, {}, { key: 'void-1' });
    const replay = await api.post(`/v1/invoices/${renewal.id}/void`, {}, { key: 'void-1' });
    expect([replay.status, replay.body]).toEqual([200, first.body]);
    const client = await api.post(`/v1/invoices/${renewal.id}/void`, {}, { token: SUMMIT });
    expect([client.status, errorCode(client.body)]).toEqual([403, 'not_agency_member']);
  });
});

describe('the client pays an open request by card (local provider)', () => {
  it('is refused without a card on file, and with a card that declines', async () => {
    const renewal = await summitRenewal();
    const none = await api.post(`/v1/invoices/${renewal.id}/pay`, {}, { token: SUMMIT });
    expect([none.status, errorCode(none.body)]).toEqual([422, 'payment_method_required']);
    await server().db.query(`UPDATE sub_accounts SET payment_method = 'card_declines' WHERE id = 'sa_summit'`);
    const declined = await api.post(`/v1/invoices/${renewal.id}/pay`, {}, { token: SUMMIT });
    expect([declined.status, errorCode(declined.body)]).toEqual([402, 'card_declined']);
    expect((await read(renewal.id)).status).toBe('open');
  });

  it('pays with the card on file; Blocked returns to Active on the next load', async () => {
    const renewal = await summitRenewal();
    await server().db.query(`UPDATE sub_accounts SET payment_method = 'card' WHERE id = 'sa_summit'`);
    await advanceTo('2027-01-07T10:00:00.000Z');
    expect((await subAccountDetail(api, 'sa_summit')).billingBadge).toBe('blocked');
    const response = await api.post(`/v1/invoices/${renewal.id}/pay`, {}, { token: SUMMIT, key: 'pay-1' });
    const result = wireOf(PayInvoiceResult, response.body);
    expect([result.redirectUrl, result.invoice.status, result.invoice.settlement]).toEqual([
      null,
      'paid',
      {
        method: 'card',
        reference: null,
        at: '2027-01-07T10:00:00.000Z',
        by: { userId: 'sau_summit', name: 'Daniel Lee' },
      },
    ]);
    const replay = await api.post(`/v1/invoices/${renewal.id}/pay`, {}, { token: SUMMIT, key: 'pay-1' });
    expect(replay.body).toEqual(response.body);
    const charges = await server().db.query<{ amount: number }>(
      `SELECT amount FROM ledger_entries WHERE invoice_id = $1 AND kind = 'charge'`,
      [renewal.id],
    );
    expect(charges.map((c) => Number(c.amount))).toEqual([2000]);
    const detail = await subAccountDetail(api, 'sa_summit');
    expect([detail.billingBadge, detail.openInvoice]).toEqual(['active', null]);
  });

  it('the agency may not pay for the client', async () => {
    const renewal = await summitRenewal();
    const response = await api.post(`/v1/invoices/${renewal.id}/pay`, {});
    expect([response.status, errorCode(response.body)]).toEqual([403, 'not_sub_account_user']);
  });
});

describe('credit balance and pool with their movements', () => {
  it('shows which change granted how much, and which request used it', async () => {
    await quoteAndConfirm(api, 'sa_summit', 'plan_offline_plus');
    const granted = wireOf(
      CreditBalanceView,
      (await api.get('/v1/sub-accounts/sa_summit/credit', { token: SUMMIT })).body,
    );
    expect(granted.balance).toEqual(usd(2000));
    expect(
      granted.movements.map((m) => [m.kind, m.amount.amount, m.change?.fromPlan?.name, m.change?.toPlan.name]),
    ).toEqual([['granted', 2000, 'Basic (invoiced)', 'Plus (invoiced)']]);
    await advanceTo('2026-12-17T10:00:00.000Z');
    const [renewal] = (await list('sa_summit')).items;
    const used = wireOf(CreditBalanceView, (await api.get('/v1/sub-accounts/sa_summit/credit')).body);
    expect(used.balance).toEqual(usd(0));
    expect(used.movements.map((m) => [m.kind, m.amount.amount, m.invoiceId])).toEqual([
      ['applied', -2000, renewal?.id],
      ['granted', 2000, null],
    ]);
  });

  it('shows the agency’s pool: 500.00 → 480.00 after Summit’s upgrade, and to agency members only', async () => {
    await quoteAndConfirm(api, 'sa_summit', 'plan_offline_plus');
    const pool = wireOf(CreditPoolView, (await api.get('/v1/agency/credit')).body);
    expect(pool.pool).toEqual(usd(48000));
    expect(pool.movements.map((m) => [m.kind, m.amount.amount, m.subAccount.name, m.change?.toPlan.name])).toEqual([
      ['pool_debit', -2000, 'Summit Logistics', 'Plus (invoiced)'],
    ]);
    const client = await api.get('/v1/agency/credit', { token: SUMMIT });
    expect([client.status, errorCode(client.body)]).toEqual([403, 'not_agency_member']);
  });
});
