// Plans (the catalog and the snapshotted terms of a subscription).
import * as z from 'zod/mini';
import { Caps, Count, CurrencyCode, Id, Interval, Money, Rate } from './primitives';

export const PaymentType = z.enum(['stripe', 'offline']);
export const PlanStatus = z.enum(['active', 'archived', 'draft']);

export const Plan = z.object({
  id: Id,
  agencyId: Id,
  name: z.string(),
  description: z.optional(z.string()),
  currency: CurrencyCode,
  status: PlanStatus,
  paymentType: PaymentType,
  interval: Interval,
  /** null = recurring fee off. */
  price: z.nullable(Money),
  includedMinutes: Count,
  /** null = usage billing off. */
  usageRate: z.nullable(Rate),
  addOnPacks: z.boolean(),
  /** null = chat off. */
  chatsPerMinute: z.nullable(z.int().check(z.positive())),
  paymentDueDays: Count,
  graceDays: Count,
  phoneNumberPrice: Money,
  caps: Caps,
  contractOnly: z.boolean(),
});
export type PlanDto = z.input<typeof Plan>;

export const PlanList = z.array(Plan);
