import type { ChangeTiming, Money, OverLimit, ProrationLine } from '../types';

/** Seats a plan sells: `includedSeats` come with the plan's fee; each seat above costs `price` a period. */
export interface SeatPricing {
  readonly includedSeats: number;
  /** Per seat per billing period, in the plan's currency. */
  readonly price: Money;
}

/** A recurring add-on of the agency's catalog (e.g. a storage tier): a price per billing period. */
export interface AddOn {
  readonly id: string;
  readonly name: string;
  /** Add-ons of one group replace each other (storage 50 GB → 200 GB); a subscription holds one per group. */
  readonly group: string;
  readonly price: Money;
}

/** A one-time pack: minutes for the add-on wallet, or credit for the credit balance. */
export type Pack =
  | {
      readonly id: string;
      readonly name: string;
      readonly kind: 'minutes';
      readonly price: Money;
      readonly minutes: number;
    }
  | {
      readonly id: string;
      readonly name: string;
      readonly kind: 'credit';
      readonly price: Money;
      readonly credit: Money;
    };

/** What a line is for: the plan's fee, the seats above the included ones, one add-on, or a pack. */
export type ItemRef =
  | { readonly kind: 'plan'; readonly id: string }
  | { readonly kind: 'seats'; readonly id: string }
  | { readonly kind: 'add_on'; readonly id: string }
  | { readonly kind: 'pack'; readonly id: string };

/** A proration or pack line with the item, the unit price and the quantity it was computed from. */
export interface ItemLine extends ProrationLine {
  readonly item: ItemRef;
  readonly unitPrice: Money;
  readonly quantity: number;
}

/** How a decrease (fewer seats, a lower tier, a removed add-on) applies. Default `period_end`. */
export interface ItemPolicy {
  /** `period_end`: the lower quantity renews, no credit. `now_as_credit`: applies now; the unused difference becomes credit balance, never a refund. */
  readonly decreases: 'period_end' | 'now_as_credit';
}

export const ITEM_CHANGE_KINDS = [
  'seats_increase',
  'seats_decrease',
  'add_on_added',
  'add_on_upgrade',
  'add_on_downgrade',
  'add_on_removed',
  'pack_purchase',
] as const;
export type ItemChangeKind = (typeof ITEM_CHANGE_KINDS)[number];

/** The impact of one item change: the same shape for seats, add-ons and packs. */
export interface ItemChangePreview {
  readonly ok: true;
  readonly kind: ItemChangeKind;
  readonly timing: ChangeTiming;
  readonly effectiveAt: Date;
  /** Every line, each rounded on its own; `amountDueNow` + `creditAmount` come from their sum. */
  readonly lines: readonly ItemLine[];
  /** Charged now (Stripe) or requested now (offline payment request). */
  readonly amountDueNow: Money;
  /** Added to the credit balance; never refunded. */
  readonly creditAmount: Money;
  /** Where the credit comes from: unused time (Stripe, a decrease applied now) or the agency pool (offline increase). */
  readonly creditSource: 'unused_time' | 'agency_pool' | null;
  /** How `amountDueNow` is collected. */
  readonly collection: 'card' | 'payment_request' | 'none';
  /** What each renewal costs after the change. */
  readonly renewalAmount: Money;
  /** Team members above the new seat quantity (warned, as caps are). */
  readonly overLimit: OverLimit | null;
  /** Add-on wallet minutes after a minute pack; null otherwise. */
  readonly walletMinutesAfter: number | null;
  /** Credit balance after a credit pack; null otherwise. */
  readonly creditBalanceAfter: Money | null;
}
