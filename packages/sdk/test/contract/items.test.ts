import { describe, expect, it } from 'vitest';
import { BuyPackRequest, ChangeSeatsRequest, ItemChangePreview, Pack } from '../../src/contract';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

// 3 → 5 seats at mid-period: −$5.00 for the 1 billed seat, +$15.00 for 3, $10.00 due now.
const seatPreview = {
  quotedAt: '2026-11-16T00:00:00.000Z',
  quotedVersion: 4,
  kind: 'seats_increase',
  timing: 'now',
  effectiveAt: '2026-11-16T00:00:00.000Z',
  lines: [
    {
      description: { key: 'items.line.seats.unused' },
      amount: usd(-500),
      item: { kind: 'seats', id: 'seats' },
      unitPrice: usd(1000),
      quantity: 1,
    },
    {
      description: { key: 'items.line.seats.remaining' },
      amount: usd(1500),
      item: { kind: 'seats', id: 'seats' },
      unitPrice: usd(1000),
      quantity: 3,
    },
  ],
  amountDueNow: usd(1000),
  creditAmount: usd(0),
  creditSource: null,
  collection: 'card',
  renewalAmount: usd(5000),
  overLimit: null,
  walletMinutesAfter: null,
  creditBalanceAfter: null,
};

describe('item change previews on the wire', () => {
  it('carry every line with its item, unit price and quantity', () => {
    expect(ok(ItemChangePreview, seatPreview)).toBe(true);
    const [line] = seatPreview.lines;
    expect(ok(ItemChangePreview, { ...seatPreview, lines: [{ ...line, quantity: -1 }] })).toBe(false);
    expect(ok(ItemChangePreview, { ...seatPreview, kind: 'stripe_upgrade' })).toBe(false);
  });

  it('warn only about team members above the seat quantity', () => {
    const over = { resource: 'teamMembers', usage: 6, cap: 5 };
    expect(ok(ItemChangePreview, { ...seatPreview, overLimit: over })).toBe(true);
    expect(ok(ItemChangePreview, { ...seatPreview, overLimit: { ...over, resource: 'agents' } })).toBe(false);
  });
});

describe('packs and confirms', () => {
  it('a minute pack needs its minutes, a credit pack its credit', () => {
    const base = { id: 'min_500', name: '500 minutes', price: usd(1500) };
    expect(ok(Pack, { ...base, kind: 'minutes', minutes: 500 })).toBe(true);
    expect(ok(Pack, { ...base, kind: 'minutes', credit: usd(2500) })).toBe(false);
    expect(ok(Pack, { ...base, kind: 'credit', credit: usd(2500) })).toBe(true);
  });

  it('a confirm repeats the quote it was shown', () => {
    const quote = { quotedAt: '2026-11-16T00:00:00.000Z', quotedVersion: 4 };
    expect(ok(ChangeSeatsRequest, { quantity: 5, ...quote })).toBe(true);
    expect(ok(ChangeSeatsRequest, { quantity: 5 })).toBe(false);
    expect(ok(BuyPackRequest, { packId: 'min_500', quotedAt: quote.quotedAt })).toBe(false);
  });
});
