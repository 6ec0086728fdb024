// Seats, add-ons and packs over HTTP against the seeds, with amounts computed by hand. The clock
// stands at 2026-11-22T10:00:00Z; Harbor Fitness's Growth period runs 2026-11-12 → 2026-12-12
// (30 days), so 20 of 30 remain: f = 2/3. Growth includes 3 seats, $15.00 each above; Harbor pays
// for 6 and holds Storage 50 GB ($9.00); Storage 200 GB is $29.00.
import { InvoiceView, ItemChangePreview, ItemChangeResult, SubscriptionItems } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, TOKENS, useServer } from './helpers';
import { wireOf } from './wire';

const { api } = useServer();
const usd = (amount: number) => ({ amount, currency: 'USD' });

async function items(subAccountId = 'sa_harbor') {
  return wireOf(SubscriptionItems, (await api.get(`/v1/sub-accounts/${subAccountId}/items`)).body);
}

async function preview(path: string, body: object, subAccountId = 'sa_harbor') {
  const response = await api.post(`/v1/sub-accounts/${subAccountId}/${path}/preview`, body, { key: null });
  return { response, quote: response.status === 200 ? wireOf(ItemChangePreview, response.body) : null };
}

/** Preview, then confirm that quote with `key`; the confirm's response. */
async function quoteAndConfirm(path: string, body: object, subAccountId = 'sa_harbor', key?: string) {
  const { quote } = await preview(path, body, subAccountId);
  if (quote === null) throw new Error(`preview of ${path} refused`);
  const confirm = { ...body, quotedAt: quote.quotedAt, quotedVersion: quote.quotedVersion };
  const response = await api.post(`/v1/sub-accounts/${subAccountId}/${path}`, confirm, key ? { key } : {});
  return { quote, confirm, response };
}

async function invoiceOf(id: string | undefined) {
  return wireOf(InvoiceView, (await api.get(`/v1/invoices/${id}`)).body);
}

describe('what a subscription holds and what the agency sells', () => {
  it('shows Harbor its 6 seats of which 3 are included, 6 members, Storage 50 GB and the packs', async () => {
    const held = await items();
    expect(held).toMatchObject({
      seatPricing: { includedSeats: 3, price: usd(1500) },
      seatQuantity: 6,
      seatsInUse: 6,
      packsAllowed: true,
    });
    expect(held.addOns.map((a) => a.id)).toEqual(['addon_storage_50']);
    expect(held.catalog.packs.map((p) => p.id)).toEqual(['pack_minutes_500', 'pack_ai_credit_25']);
    // $49.00 + 3 billed seats × $15.00 + $9.00 storage.
    expect(held.renewalAmount).toEqual(usd(10300));
  });
});

describe('more seats are charged now, exactly as previewed', () => {
  it('6 → 8 seats: −$30.00 for 3 billed seats, +$50.00 for 5, an invoice of $20.00 with those lines', async () => {
    const { quote, response } = await quoteAndConfirm('seats', { quantity: 8 });
    expect(quote.lines.map((l) => [l.amount.amount, l.quantity])).toEqual([
      [-3000, 3],
      [5000, 5],
    ]);
    expect(quote.amountDueNow).toEqual(usd(2000));
    expect(response.status).toBe(200);
    const result = wireOf(ItemChangeResult, response.body);
    expect(result).toMatchObject({ kind: 'seats_increase', timing: 'now', amountCharged: usd(2000) });
    expect(result.items.seatQuantity).toBe(8);
    const invoice = await invoiceOf(result.invoice?.id);
    expect(invoice).toMatchObject({ kind: 'seats', status: 'paid', total: quote.amountDueNow });
    expect(invoice.lines.map((l) => l.amount)).toEqual(quote.lines.map((l) => l.amount));
  });

  it('replays the same confirm with the same key, charging once', async () => {
    const first = await quoteAndConfirm('seats', { quantity: 7 }, 'sa_harbor', 'seats-once');
    const again = await api.post('/v1/sub-accounts/sa_harbor/seats', first.confirm, { key: 'seats-once' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.response.body);
    expect((await items()).seatQuantity).toBe(7);
  });

  it('refuses a second confirm of a quote the first one used up (quote_expired)', async () => {
    const first = await quoteAndConfirm('seats', { quantity: 7 });
    const second = await api.post('/v1/sub-accounts/sa_harbor/seats', first.confirm);
    expect([second.status, errorCode(second.body)]).toEqual([409, 'quote_expired']);
  });

  it('fewer seats renew at period end with nothing charged or credited', async () => {
    const { quote, response } = await quoteAndConfirm('seats', { quantity: 4 });
    expect(quote).toMatchObject({ kind: 'seats_decrease', timing: 'period_end', lines: [], amountDueNow: usd(0) });
    const result = wireOf(ItemChangeResult, response.body);
    expect(result).toMatchObject({ invoice: null, amountCharged: usd(0), creditGranted: usd(0) });
    expect(result.items.seatQuantity).toBe(6);
  });

  it('warns that 6 members are above 5 seats', async () => {
    const { quote } = await preview('seats', { quantity: 5 });
    expect(quote?.overLimit).toEqual({ resource: 'teamMembers', usage: 6, cap: 5 });
  });
});

describe('a higher storage tier is charged now, prorated', () => {
  it('50 → 200 GB: −$6.00 and +$19.33, an invoice of $13.33; renewals then cost $123.00', async () => {
    const body = { group: 'storage', addOnId: 'addon_storage_200' };
    const { quote, response } = await quoteAndConfirm('add-ons', body);
    expect(quote.lines.map((l) => [l.item.id, l.amount.amount])).toEqual([
      ['addon_storage_50', -600],
      ['addon_storage_200', 1933],
    ]);
    const result = wireOf(ItemChangeResult, response.body);
    expect(result).toMatchObject({ kind: 'add_on_upgrade', amountCharged: usd(1333) });
    expect(result.items.addOns.map((a) => a.id)).toEqual(['addon_storage_200']);
    expect(result.items.renewalAmount).toEqual(usd(12300));
    expect((await invoiceOf(result.invoice?.id)).total).toEqual(usd(1333));
  });

  it('removing the add-on waits for period end, with no credit', async () => {
    const { quote } = await quoteAndConfirm('add-ons', { group: 'storage', addOnId: null });
    expect(quote).toMatchObject({ kind: 'add_on_removed', timing: 'period_end', creditAmount: usd(0) });
    expect((await items()).addOns.map((a) => a.id)).toEqual(['addon_storage_50']);
  });
});

describe('packs are charged in full, never prorated', () => {
  it('500 minutes for $25.00 fill the add-on wallet by 500', async () => {
    const before = await items();
    const { quote, response } = await quoteAndConfirm('packs', { packId: 'pack_minutes_500' });
    expect(quote).toMatchObject({
      kind: 'pack_purchase',
      amountDueNow: usd(2500),
      walletMinutesAfter: before.walletMinutes + 500,
    });
    const result = wireOf(ItemChangeResult, response.body);
    expect(result.amountCharged).toEqual(usd(2500));
    expect(result.items.walletMinutes).toBe(before.walletMinutes + 500);
    expect((await invoiceOf(result.invoice?.id)).kind).toBe('pack');
  });

  it('an AI credit pack adds $25.00 to the credit balance for $20.00', async () => {
    const before = (await items()).creditBalance?.amount ?? 0;
    const { response } = await quoteAndConfirm('packs', { packId: 'pack_ai_credit_25' });
    const result = wireOf(ItemChangeResult, response.body);
    expect(result.amountCharged).toEqual(usd(2000));
    expect(result.creditGranted).toEqual(usd(2500));
    expect(result.items.creditBalance).toEqual(usd(before + 2500));
  });

  it('a declined card charges nothing and changes nothing', async () => {
    const before = await items('sa_zephyr');
    const { response } = await quoteAndConfirm('seats', { quantity: 4 }, 'sa_zephyr');
    expect([response.status, errorCode(response.body)]).toEqual([402, 'card_declined']);
    expect(await items('sa_zephyr')).toEqual(before);
  });
});

describe('refusals', () => {
  it.each([
    ['seats', { quantity: 6 }, 'sa_harbor', 'no_change'],
    ['seats', { quantity: 2 }, 'sa_harbor', 'seats_below_included'],
    ['seats', { quantity: 4 }, 'sa_vantage', 'seats_not_sold'],
    ['packs', { packId: 'pack_minutes_500' }, 'sa_zephyr', 'packs_not_allowed'],
  ])('%s %j on %s → %s', async (path, body, subAccountId, code) => {
    const { response } = await preview(path, body, subAccountId);
    expect([response.status, errorCode(response.body)]).toEqual([422, code]);
  });

  it.each([100_001, Number.MAX_SAFE_INTEGER])(
    'a quantity of %d seats is refused as bad input, not computed',
    async (quantity) => {
      const { response } = await preview('seats', { quantity });
      expect([response.status, errorCode(response.body)]).toEqual([400, 'invalid_request']);
      expect(JSON.stringify(response.body)).toContain('quantity');
    },
  );

  it('a client may not change its own seats unless the agency allows self-serve', async () => {
    const response = await api.post(
      '/v1/sub-accounts/sa_harbor/seats/preview',
      { quantity: 8 },
      { token: TOKENS.subUser, key: null },
    );
    expect(response.status).toBe(403);
  });
});
