// The workspace seed's "Change a plan" table, row by row: seats, a storage add-on and packs, each
// previewed with the lines it will be invoiced with.
import {
  type AddOn,
  type ItemChangePreview,
  type ItemsState,
  money,
  type Pack,
  previewAddOnChange,
  previewPackPurchase,
  previewSeatChange,
  type Refusal,
} from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { LATE, MID, offlineBasic, PERIOD_END, plan, starter, subscription } from './change-plan/fixtures';

const usd = (amount: number) => money(amount, 'USD');
// Starter: $20.00 a month, 2 seats included, $10.00 a seat above.
const seats = { includedSeats: 2, price: usd(1000) };
const storage50: AddOn = { id: 'storage_50', name: 'Storage 50 GB', group: 'storage', price: usd(500) };
const storage200: AddOn = { id: 'storage_200', name: 'Storage 200 GB', group: 'storage', price: usd(1500) };
const aiCredits: Pack = { id: 'ai_25', name: 'AI credits $25', kind: 'credit', price: usd(2000), credit: usd(2500) };
const minutes500: Pack = { id: 'min_500', name: '500 minutes', kind: 'minutes', price: usd(1500), minutes: 500 };
const withPacks = plan({ id: 'starter_packs', name: 'Starter', addOnPacks: true });

function state(overrides: Partial<ItemsState> = {}): ItemsState {
  return { subscription: subscription(starter), seatPricing: seats, seatQuantity: 3, addOns: [], ...overrides };
}

function ok(result: ItemChangePreview | Refusal): ItemChangePreview {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

const amounts = (preview: ItemChangePreview) => preview.lines.map((line) => line.amount.amount);

describe('add paid seats: a prorated seat charge for the rest of the period', () => {
  it('3 → 5 seats at mid-period: −$5.00 for the 1 billed seat, +$15.00 for 3, $10.00 due now', () => {
    const preview = ok(previewSeatChange({ ...state(), quantity: 5, seatsInUse: 3, now: MID }));
    expect(preview).toMatchObject({ kind: 'seats_increase', timing: 'now', effectiveAt: MID, collection: 'card' });
    expect(amounts(preview)).toEqual([-500, 1500]);
    expect(preview.lines.map((line) => line.quantity)).toEqual([1, 3]);
    expect(preview.amountDueNow).toEqual(usd(1000));
    expect(preview.creditAmount).toEqual(usd(0));
    expect(preview.renewalAmount).toEqual(usd(5000));
    expect(preview.lines[1]?.description).toEqual({
      key: 'items.line.seats.remaining',
      values: { quantity: 3, unit: usd(1000), date: MID },
    });
  });

  it('rounds each line on its own: at Nov 21 08:00, −$3.22 and +$9.67, $6.45 due (not round($20.00 × f) = $6.44)', () => {
    const preview = ok(previewSeatChange({ ...state(), quantity: 5, seatsInUse: 3, now: LATE }));
    expect(amounts(preview)).toEqual([-322, 967]);
    expect(preview.amountDueNow).toEqual(usd(645));
  });

  it('from the included seats only: no credit line, a charge for the seats above', () => {
    const preview = ok(previewSeatChange({ ...state({ seatQuantity: 2 }), quantity: 4, seatsInUse: 2, now: MID }));
    expect(amounts(preview)).toEqual([1000]);
    expect(preview.amountDueNow).toEqual(usd(1000));
  });

  it('within the included seats: applies now, nothing due', () => {
    const preview = ok(
      previewSeatChange({
        ...state({ seatPricing: { ...seats, includedSeats: 5 } }),
        quantity: 5,
        seatsInUse: 3,
        now: MID,
      }),
    );
    expect(preview).toMatchObject({ timing: 'now', lines: [], collection: 'none' });
    expect(preview.amountDueNow).toEqual(usd(0));
  });

  it('in a trial: applies now, nothing due until the trial ends', () => {
    const trial = state({ subscription: subscription(starter, { status: 'trialing' }) });
    const preview = ok(previewSeatChange({ ...trial, quantity: 5, seatsInUse: 3, now: MID }));
    expect(preview).toMatchObject({ timing: 'now', lines: [] });
    expect(preview.amountDueNow).toEqual(usd(0));
  });
});

describe('remove members or reduce seats: a lower future quantity; removing people is not a refund', () => {
  it('5 → 3 seats: renews at 3 seats on the period end, no credit, nothing due', () => {
    const preview = ok(previewSeatChange({ ...state({ seatQuantity: 5 }), quantity: 3, seatsInUse: 3, now: MID }));
    expect(preview).toMatchObject({ kind: 'seats_decrease', timing: 'period_end', effectiveAt: PERIOD_END, lines: [] });
    expect(preview.amountDueNow).toEqual(usd(0));
    expect(preview.creditAmount).toEqual(usd(0));
    expect(preview.renewalAmount).toEqual(usd(3000));
  });

  it('with decreases applied now: the unused difference, $10.00, becomes credit balance, never a refund', () => {
    const preview = ok(
      previewSeatChange({
        ...state({ seatQuantity: 5 }),
        quantity: 3,
        seatsInUse: 3,
        now: MID,
        policy: { decreases: 'now_as_credit' },
      }),
    );
    expect(amounts(preview)).toEqual([-1500, 500]);
    expect(preview).toMatchObject({ timing: 'now', collection: 'none', creditSource: 'unused_time' });
    expect(preview.amountDueNow).toEqual(usd(0));
    expect(preview.creditAmount).toEqual(usd(1000));
  });

  it('below the members in use: the preview says they are over the limit', () => {
    const preview = ok(previewSeatChange({ ...state({ seatQuantity: 5 }), quantity: 3, seatsInUse: 4, now: MID }));
    expect(preview.overLimit).toEqual({ resource: 'teamMembers', usage: 4, cap: 3 });
  });

  it('below the included seats, or to the same quantity, is refused with a reason', () => {
    expect(previewSeatChange({ ...state(), quantity: 1, seatsInUse: 1, now: MID })).toEqual({
      ok: false,
      reason: 'seats_below_included',
      params: { included: 2 },
    });
    expect(previewSeatChange({ ...state(), quantity: 3, seatsInUse: 1, now: MID })).toEqual({
      ok: false,
      reason: 'no_change',
    });
    expect(previewSeatChange({ ...state({ seatPricing: null }), quantity: 4, seatsInUse: 1, now: MID })).toEqual({
      ok: false,
      reason: 'seats_not_sold',
    });
  });
});

describe('buy or change a storage add-on: a prorated charge or credit for the recurring tier', () => {
  it('buys 50 GB at mid-period: +$2.50 now, and it renews with the subscription', () => {
    const preview = ok(previewAddOnChange({ ...state(), group: 'storage', target: storage50, now: MID }));
    expect(preview).toMatchObject({ kind: 'add_on_added', timing: 'now' });
    expect(amounts(preview)).toEqual([250]);
    expect(preview.lines[0]?.item).toEqual({ kind: 'add_on', id: 'storage_50' });
    expect(preview.amountDueNow).toEqual(usd(250));
    expect(preview.renewalAmount).toEqual(usd(2000 + 1000 + 500));
  });

  it('50 GB → 200 GB: −$2.50 unused on 50 GB, +$7.50 remaining on 200 GB, $5.00 due', () => {
    const preview = ok(
      previewAddOnChange({ ...state({ addOns: [storage50] }), group: 'storage', target: storage200, now: MID }),
    );
    expect(preview.kind).toBe('add_on_upgrade');
    expect(preview.lines.map((line) => [line.item.id, line.amount.amount])).toEqual([
      ['storage_50', -250],
      ['storage_200', 750],
    ]);
    expect(preview.amountDueNow).toEqual(usd(500));
  });

  it('200 GB → 50 GB, or removing it: at period end by default, nothing back', () => {
    const lower = ok(
      previewAddOnChange({ ...state({ addOns: [storage200] }), group: 'storage', target: storage50, now: MID }),
    );
    expect(lower).toMatchObject({ kind: 'add_on_downgrade', timing: 'period_end', lines: [] });
    expect(lower.renewalAmount).toEqual(usd(3500));
    const removed = ok(
      previewAddOnChange({ ...state({ addOns: [storage200] }), group: 'storage', target: null, now: MID }),
    );
    expect(removed).toMatchObject({ kind: 'add_on_removed', timing: 'period_end' });
    expect(removed.creditAmount).toEqual(usd(0));
    expect(removed.renewalAmount).toEqual(usd(3000));
  });

  it('removing it now under the policy: $7.50 of unused time becomes credit balance', () => {
    const removed = ok(
      previewAddOnChange({
        ...state({ addOns: [storage200] }),
        group: 'storage',
        target: null,
        now: MID,
        policy: { decreases: 'now_as_credit' },
      }),
    );
    expect(amounts(removed)).toEqual([-750]);
    expect(removed.creditAmount).toEqual(usd(750));
    expect(removed.amountDueNow).toEqual(usd(0));
  });
});

describe('buy an AI credit pack: a one-time charge, not prorated, not refundable', () => {
  const packs = (extra: Partial<ItemsState> = {}) => state({ subscription: subscription(withPacks), ...extra });

  it('charges the full $20.00 now at any point of the period, and shows the new credit balance', () => {
    for (const now of [MID, LATE]) {
      const preview = ok(
        previewPackPurchase({ ...packs(), pack: aiCredits, walletMinutes: 0, creditBalance: usd(300), now }),
      );
      expect(preview).toMatchObject({ kind: 'pack_purchase', collection: 'card', walletMinutesAfter: null });
      expect(amounts(preview)).toEqual([2000]);
      expect(preview.amountDueNow).toEqual(usd(2000));
      expect(preview.creditBalanceAfter).toEqual(usd(2800));
    }
  });

  it('a minute pack fills the add-on wallet', () => {
    const preview = ok(
      previewPackPurchase({ ...packs(), pack: minutes500, walletMinutes: 120, creditBalance: null, now: MID }),
    );
    expect(preview.walletMinutesAfter).toBe(620);
    expect(preview.amountDueNow).toEqual(usd(1500));
  });

  it('is refused while the plan does not allow packs, naming the plan', () => {
    expect(
      previewPackPurchase({ ...state(), pack: minutes500, walletMinutes: 0, creditBalance: null, now: MID }),
    ).toEqual({
      ok: false,
      reason: 'packs_not_allowed',
      params: { plan: 'Starter' },
    });
  });
});

describe('offline subscriptions: the same quantities, with the offline rules', () => {
  const offline = (extra: Partial<ItemsState> = {}) =>
    state({ subscription: subscription({ ...offlineBasic, addOnPacks: true }), ...extra });

  it('more seats: nothing charged now; the whole-period difference is credit from the agency pool', () => {
    const preview = ok(previewSeatChange({ ...offline(), quantity: 5, seatsInUse: 3, now: MID }));
    expect(preview).toMatchObject({ timing: 'now', lines: [], collection: 'none', creditSource: 'agency_pool' });
    expect(preview.creditAmount).toEqual(money(2000, offlineBasic.currency));
  });

  it('a pack is billed by payment request', () => {
    const preview = ok(
      previewPackPurchase({ ...offline(), pack: minutes500, walletMinutes: 0, creditBalance: null, now: MID }),
    );
    expect(preview.collection).toBe('payment_request');
    expect(preview.amountDueNow).toEqual(usd(1500));
  });
});

describe('two currencies never mix', () => {
  it('an add-on or pack in another currency is refused', () => {
    const eur: AddOn = { ...storage50, price: money(500, 'EUR') };
    expect(previewAddOnChange({ ...state(), group: 'storage', target: eur, now: MID })).toMatchObject({
      ok: false,
      reason: 'currency_mismatch',
    });
  });
});
