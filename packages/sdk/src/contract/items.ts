// Seats, recurring add-ons and one-time packs: the catalog, the subscription's items, quote-locked
// previews (the rules' ItemChangePreview) and their confirms.
import { ITEM_CHANGE_KINDS } from '@plankit/rules';
import * as z from 'zod/mini';
import type { Model } from './codec';
import { MessageRef } from './messages';
import { Count, Id, Instant, Money } from './primitives';
import { ChangeTiming, Invoice } from './subscriptions';

/** Seats a plan sells: `includedSeats` come with the fee; each seat above costs `price` a period. */
export const SeatPricing = z.object({ includedSeats: Count, price: Money });
export type SeatPricingDto = z.input<typeof SeatPricing>;

/** An add-on group's key ("storage"). */
const Group = z.string().check(z.minLength(1), z.maxLength(100));

/** A recurring add-on (a storage tier): add-ons of one `group` replace each other. */
export const AddOn = z.object({ id: Id, name: z.string(), group: Group, price: Money });
export type AddOnDto = z.input<typeof AddOn>;

/** A one-time pack: minutes for the add-on wallet, or credit for the credit balance. */
export const Pack = z.discriminatedUnion('kind', [
  z.object({
    id: Id,
    name: z.string(),
    kind: z.literal('minutes'),
    price: Money,
    minutes: z.int().check(z.positive()),
  }),
  z.object({ id: Id, name: z.string(), kind: z.literal('credit'), price: Money, credit: Money }),
]);
export type PackDto = z.input<typeof Pack>;

/** What a line is for: the plan's fee, the seats above the included ones, one add-on, or a pack. */
export const ItemRef = z.object({ kind: z.enum(['plan', 'seats', 'add_on', 'pack']), id: z.string() });

/** A line computed from one item: round(unit price × quantity × f), rounded on its own. */
export const ItemLine = z.object({
  description: MessageRef,
  amount: Money,
  item: ItemRef,
  unitPrice: Money,
  quantity: Count,
});
export type ItemLineDto = z.input<typeof ItemLine>;

export const ItemChangeKind = z.enum(ITEM_CHANGE_KINDS);

/** Everything the seat, add-on and pack dialogs need, in one request. */
export const SubscriptionItems = z.object({
  subAccountId: Id,
  /** The subscription version every quote is locked to. */
  version: z.int().check(z.nonnegative()),
  /** The plan's seat pricing; null = seats not sold. */
  seatPricing: z.nullable(SeatPricing),
  /** Seats on the subscription, included ones counted. */
  seatQuantity: Count,
  /** Team members in use. */
  seatsInUse: Count,
  /** The recurring add-ons held, one per group. */
  addOns: z.array(AddOn),
  /** The agency's catalog in the plan's currency. */
  catalog: z.object({ addOns: z.array(AddOn), packs: z.array(Pack) }),
  /** Whether the plan's terms allow buying packs. */
  packsAllowed: z.boolean(),
  walletMinutes: Count,
  creditBalance: z.nullable(Money),
  /** What each renewal costs now: the plan's fee, the billed seats and every add-on. */
  renewalAmount: Money,
});
export type SubscriptionItemsDto = z.input<typeof SubscriptionItems>;

/** The most seats one subscription may hold: seat price × quantity must stay an exact amount in minor units. */
export const MAX_SEAT_QUANTITY = 100_000;
export const SeatChangePreviewRequest = z.object({
  quantity: z.int().check(z.nonnegative(), z.lte(MAX_SEAT_QUANTITY)),
});
export type SeatChangePreviewRequest = z.infer<typeof SeatChangePreviewRequest>;
/** `addOnId: null` removes the group's add-on. */
export const AddOnChangePreviewRequest = z.object({ group: Group, addOnId: z.nullable(Id) });
export type AddOnChangePreviewRequest = z.infer<typeof AddOnChangePreviewRequest>;
export const PackPurchasePreviewRequest = z.object({ packId: Id });
export type PackPurchasePreviewRequest = z.infer<typeof PackPurchasePreviewRequest>;

/** The quote a confirm repeats: it is recomputed at `quotedAt` and refused when the version moved. */
const quoteFields = { quotedAt: Instant, quotedVersion: z.int().check(z.nonnegative()) };

export const ChangeSeatsRequest = z.object({ ...SeatChangePreviewRequest.shape, ...quoteFields });
export type ChangeSeatsRequest = z.infer<typeof ChangeSeatsRequest>;
export const ChangeAddOnRequest = z.object({ ...AddOnChangePreviewRequest.shape, ...quoteFields });
export type ChangeAddOnRequest = z.infer<typeof ChangeAddOnRequest>;
export const BuyPackRequest = z.object({ ...PackPurchasePreviewRequest.shape, ...quoteFields });
export type BuyPackRequest = z.infer<typeof BuyPackRequest>;

/** A quote-locked item change: the invoice it will be, line by line. */
export const ItemChangePreview = z.object({
  ...quoteFields,
  kind: ItemChangeKind,
  timing: ChangeTiming,
  effectiveAt: Instant,
  /** Every line, each rounded on its own; the due amount or credit is their sum. */
  lines: z.array(ItemLine),
  amountDueNow: Money,
  /** Added to the credit balance; never refunded. */
  creditAmount: Money,
  creditSource: z.nullable(z.enum(['unused_time', 'agency_pool'])),
  collection: z.enum(['card', 'payment_request', 'none']),
  renewalAmount: Money,
  overLimit: z.nullable(z.object({ resource: z.literal('teamMembers'), usage: Count, cap: Count })),
  walletMinutesAfter: z.nullable(Count),
  creditBalanceAfter: z.nullable(Money),
});
export type ItemChangePreviewDto = z.input<typeof ItemChangePreview>;

export const ItemChangeResult = z.object({
  kind: ItemChangeKind,
  timing: ChangeTiming,
  effectiveAt: Instant,
  /** Charged now; zero in the plan's currency when nothing was due. */
  amountCharged: Money,
  /** The card invoice, with the preview's lines; null when nothing was charged. */
  invoice: z.nullable(Invoice),
  /** The offline payment request (a pack on an offline plan); null otherwise. */
  paymentRequest: z.nullable(Invoice),
  creditGranted: Money,
  /** The items after the change. */
  items: SubscriptionItems,
});
export type ItemChangeResultDto = z.input<typeof ItemChangeResult>;

// The models: what `decode` yields, with Dates and the rules' values.
export type SubscriptionItems = Model<typeof SubscriptionItems>;
export type ItemChangePreview = Model<typeof ItemChangePreview>;
export type ItemChangeResult = Model<typeof ItemChangeResult>;
