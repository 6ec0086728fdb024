// Money after the change: payment requests, credit and the badge and banner reading the same instants.
// The clock stands at 2026-11-22T10:00:00Z. Summit Logistics is on Basic (invoiced) ($20/mo, 200 min,
// 14 due days, 7 grace days) since 2026-11-17T10:00Z, paid; Redwood Cafe's Starter was canceled.
import { ChangePlanResult, Clock } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { advanceClock, quoteAndConfirm, subAccountDetail, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();
const usd = (amount: number) => ({ amount, currency: 'USD' });

const detail = (id: string) => subAccountDetail(api, id);

async function advanceTo(iso: string) {
  const now = wireOf(Clock, (await api.get('/v1/dev/clock', { token: null })).body).now;
  await advanceClock(api, (Date.parse(iso) - Date.parse(now)) / 1000);
}

async function requestsOf(subAccountId: string) {
  return server().db.query<{ kind: string; status: string; amount: number; lines: unknown }>(
    `SELECT kind, status, amount, lines FROM invoices WHERE sub_account_id = $1 AND phone_number_id IS NULL
     ORDER BY created_at, id`,
    [subAccountId],
  );
}

describe('given a free sub-account moved to an offline plan through Change plan (Redwood Cafe → Basic)', () => {
  it('creates the first period’s payment request, as Start subscription does', async () => {
    const result = wireOf(ChangePlanResult, (await quoteAndConfirm(api, 'sa_redwood', 'plan_offline_basic')).body);
    expect(result).toMatchObject({ kind: 'offline_new', invoice: null, paymentRequest: { amount: usd(2000) } });
    const open = (await requestsOf('sa_redwood')).filter((r) => r.status === 'open');
    expect(open).toMatchObject([{ kind: 'subscription_start', amount: 2000 }]);
  });

  it('shows the request on the card with the instants the badge turns on: due Dec 6, Blocked from Dec 13', async () => {
    await quoteAndConfirm(api, 'sa_redwood', 'plan_offline_basic');
    const before = await detail('sa_redwood');
    expect([before.billingBadge, before.openInvoice?.dueAt, before.openInvoice?.blockedAt]).toEqual([
      'active',
      '2026-12-06T10:00:00.000Z',
      '2026-12-13T10:00:00.000Z',
    ]);
    await advanceTo('2026-12-06T10:00:00.000Z');
    expect((await detail('sa_redwood')).billingBadge).toBe('past_due');
    await advanceTo('2026-12-13T10:00:00.000Z');
    expect((await detail('sa_redwood')).billingBadge).toBe('blocked');
  });
});

describe('given an offline upgrade (Summit Logistics, Basic → Plus)', () => {
  it('tops the period up to Plus’s 600 included minutes: 50 of 600 used', async () => {
    await quoteAndConfirm(api, 'sa_summit', 'plan_offline_plus');
    const { usage, subAccount } = await detail('sa_summit');
    expect([usage?.fromIncluded, (usage?.fromIncluded ?? 0) + (usage?.includedRemaining ?? 0)]).toEqual([50, 600]);
    expect(subAccount.creditBalance).toEqual(usd(2000));
  });

  it('applies the $20.00 credit to the next request: Plus $40.00, credit −$20.00, $20.00 to pay', async () => {
    await quoteAndConfirm(api, 'sa_summit', 'plan_offline_plus');
    await advanceTo('2026-12-17T10:00:00.000Z');
    const renewal = (await requestsOf('sa_summit')).find((r) => r.kind === 'renewal');
    expect(renewal).toMatchObject({ status: 'open', amount: 2000 });
    expect(renewal?.lines).toEqual([
      {
        description: {
          key: 'invoice.line.period_fee',
          values: {
            plan: { type: 'string', value: 'Plus (invoiced)' },
            start: { type: 'date', value: '2026-12-17T10:00:00.000Z' },
            end: { type: 'date', value: '2027-01-17T10:00:00.000Z' },
          },
        },
        amount: usd(4000),
      },
      { description: { key: 'invoice.line.credit_applied' }, amount: usd(-2000) },
    ]);
    const after = await detail('sa_summit');
    expect(after.subAccount.creditBalance).toEqual(usd(0));
    // Due Dec 31 (Dec 17 + 14 days): still Active on Dec 17, with the banner on the same instants.
    expect([after.billingBadge, after.openInvoice?.amount, after.openInvoice?.dueAt]).toEqual([
      'active',
      usd(2000),
      '2026-12-31T10:00:00.000Z',
    ]);
  });

  it('shows both lines and the total on the hosted page of the request', async () => {
    await quoteAndConfirm(api, 'sa_summit', 'plan_offline_plus');
    await advanceTo('2026-12-17T10:00:00.000Z');
    const [renewal] = await server().db.query<{ id: string }>(
      `SELECT id FROM invoices WHERE sub_account_id = 'sa_summit' AND kind = 'renewal'`,
    );
    // The hosted page opens through its signed link, as the API hands it out.
    const link = new URL(server().deps.links.url('invoices', renewal?.id ?? ''));
    const page = await api.get(link.pathname, { token: null });
    const text = String(page.body)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(page.status).toBe(200);
    expect(text).toContain('Plus (invoiced) from Dec 17, 2026 to Jan 17, 2027 $40.00');
    expect(text).toMatch(/Credit balance applied [-−]\$20\.00/);
    expect(text).toContain('Total $20.00');
  });

  it('pays a request in full from credit when the balance covers it, and the badge never turns', async () => {
    await server().db.query(
      `UPDATE sub_accounts SET credit_balance_amount = 5000, credit_balance_currency = 'USD' WHERE id = 'sa_summit'`,
    );
    await advanceTo('2026-12-17T10:00:00.000Z');
    const renewal = (await requestsOf('sa_summit')).find((r) => r.kind === 'renewal');
    expect(renewal).toMatchObject({ status: 'paid', amount: 0 });
    await advanceTo('2027-01-10T10:00:00.000Z');
    const after = await detail('sa_summit');
    expect([after.billingBadge, after.openInvoice, after.subAccount.creditBalance]).toEqual([
      'active',
      null,
      usd(3000),
    ]);
  });
});

describe('a card invoice left open (Yarrow Books, Stripe Growth)', () => {
  it('shows the open invoice without offline due dates: the badge follows the provider', async () => {
    const { billingBadge, openInvoice } = await detail('sa_yarrow');
    expect([billingBadge, openInvoice?.amount, openInvoice?.dueAt, openInvoice?.blockedAt]).toEqual([
      'active',
      usd(4900),
      null,
      null,
    ]);
  });
});
