// Subscriptions, scheduled changes, usage and invoices.

import type { Money as MoneyModel } from '@plankit/rules';
import { IMPACT_KINDS, SUBSCRIPTION_STATUSES } from '@plankit/rules';
import * as z from 'zod/mini';
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
export type ScheduledChangeDto = z.infer<typeof ScheduledChange>;

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
export type SubscriptionDto = z.infer<typeof Subscription>;

export const Usage = z.object({
  voiceSeconds: Count,
  chats: Count,
  includedMinutes: Count,
  walletMinutes: Count,
  resources: ResourceCounts,
});
export type UsageDto = z.infer<typeof Usage>;

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
export type UsageSplitDto = z.infer<typeof UsageSplit>;

/** A payment request or invoice the host's billing provider created. */
export const Invoice = z.object({ id: Id, url: z.url({ protocol: /^https?$/ }), amount: Money });
export type InvoiceDto = z.infer<typeof Invoice>;

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
export type OpenRequestDto = z.infer<typeof OpenRequest>;

// Client-side models (Dates and rules types); the Dto types are the wire shapes.
/** The open request of a subscription card's banner. */
export interface OpenRequest {
  readonly id: string;
  readonly url: string;
  readonly amount: MoneyModel;
  readonly dueAt: Date | null;
  readonly blockedAt: Date | null;
}

/** A payment request or invoice. */
export interface Invoice {
  readonly id: string;
  readonly url: string;
  readonly amount: MoneyModel;
}
