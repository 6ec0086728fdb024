// Subscriptions, scheduled changes, usage and invoices.

import { IMPACT_KINDS, SUBSCRIPTION_STATUSES } from '@plankit/rules';
import * as z from 'zod/mini';
import type { Model } from './codec';
import { Plan } from './plans';
import { Count, Id, Instant, Money, ResourceCounts } from './primitives';

export const ImpactKind = z.enum(IMPACT_KINDS);
export const ChangeTiming = z.enum(['now', 'period_end']);

export const ScheduledChange = z.object({
  targetPlanId: Id,
  /** The target plan's terms when the change was scheduled. */
  targetTerms: Plan,
  kind: ImpactKind,
  effectiveAt: Instant,
  createdAt: Instant,
});
export type ScheduledChangeDto = z.input<typeof ScheduledChange>;

export const SubscriptionStatus = z.enum(SUBSCRIPTION_STATUSES);

export const Subscription = z.object({
  id: Id,
  /** +1 on every change; quotes carry it. */
  version: z.int().check(z.nonnegative()),
  /** The plan's terms when the subscription started or last changed plan. */
  terms: Plan,
  /** When `terms` took effect: the start, or the last change of plan. */
  termsSince: Instant,
  status: SubscriptionStatus,
  anchor: Instant,
  periodStart: Instant,
  periodEnd: Instant,
  trialEnd: z.nullable(Instant),
  periodPaid: z.boolean(),
  hasOpenInvoice: z.boolean(),
  scheduledChange: z.nullable(ScheduledChange),
  /** A scheduled cancellation's instant (the period end); null when none. */
  cancelAt: z.nullable(Instant),
});
export type SubscriptionDto = z.input<typeof Subscription>;

export const Usage = z.object({
  voiceSeconds: Count,
  chats: Count,
  includedMinutes: Count,
  walletMinutes: Count,
  resources: ResourceCounts,
});
export type UsageDto = z.input<typeof Usage>;

/** Billing state on a subscription card; `inactive` when there is no running subscription. */
export const BillingBadge = z.enum(['active', 'past_due', 'blocked', 'inactive']);

const Minutes = z.number().check(z.nonnegative());

/**
 * Where this period's minutes went (the rules' usageSplit): included first, then the add-on wallet,
 * then excess. Minute figures may be fractional (seconds and chats count exactly); money is exact.
 */
export const UsageSplit = z.object({
  usedMinutes: Minutes,
  fromIncluded: Minutes,
  fromWallet: Minutes,
  excessMinutes: Minutes,
  /** Excess rounded up to whole minutes: what the rate is applied to. */
  billedExcessMinutes: Count,
  /** Excess at the usage rate; zero when no excess, null when usage billing is off. */
  excessCharge: z.nullable(Money),
  includedRemaining: Minutes,
  walletRemaining: Minutes,
});
export type UsageSplitDto = z.input<typeof UsageSplit>;

/** A payment request or invoice the host's billing provider created. */
export const Invoice = z.object({ id: Id, url: z.url({ protocol: /^https?$/ }), amount: Money });
export type InvoiceDto = z.input<typeof Invoice>;

/**
 * The open request a subscription card's banner shows: the one the billing badge reads. Offline
 * requests carry their own Past Due and Blocked instants (from the period they bill); card
 * invoices have none (the provider's retries decide).
 */
export const OpenRequest = z.object({
  id: Id,
  url: z.url({ protocol: /^https?$/ }),
  amount: Money,
  dueAt: z.nullable(Instant),
  blockedAt: z.nullable(Instant),
});
export type OpenRequestDto = z.input<typeof OpenRequest>;

// The models: what `decode` (and `parse`) yields, with Dates.
/** The open request of a subscription card's banner. */
export type OpenRequest = Model<typeof OpenRequest>;
/** A payment request or invoice. */
export type Invoice = Model<typeof Invoice>;
