// Changing a sub-account's plan: context, quote-locked preview, confirm and result.
import type { PlanChangePreview as PlanChangePreviewModel } from '@plankit/rules';
import * as z from 'zod/mini';
import type { Model } from './codec';
import { MessageRef, MessageValues, ReasonCode, Refusal } from './messages';
import { Plan } from './plans';
import { CapKind, Count, Id, Instant, Money } from './primitives';
import { SubAccount } from './sub-accounts';
import { ChangeTiming, ImpactKind, Invoice, ScheduledChange } from './subscriptions';

/** One entry of the New plan picker. */
export const PlanOption = z.object({
  plan: Plan,
  /** The sub-account's current plan: listed, labelled "(current)", never selectable. */
  current: z.boolean(),
  disabled: z.boolean(),
  /** `contact_sales` shows Contact sales instead of Confirm. */
  action: z.enum(['confirm', 'contact_sales']),
});
export type PlanOptionDto = z.input<typeof PlanOption>;

export const Permission = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true) }),
  z.object({ allowed: z.literal(false), reason: ReasonCode, params: z.optional(MessageValues) }),
]);
export type PermissionDto = z.input<typeof Permission>;

/** The policy knobs the dialog needs to know (the rest stays on the server). */
export const PublicPolicy = z.object({
  selfServe: z.boolean(),
  stripeDowngradeTiming: ChangeTiming,
  userPicksTiming: z.boolean(),
  overLimit: z.enum(['warn', 'block']),
  quoteTtlSeconds: Count,
});
export type PublicPolicyDto = z.input<typeof PublicPolicy>;

/** Everything the change-plan dialog needs, in one request. */
export const ChangePlanContext = z.object({
  subAccount: SubAccount,
  /** The terms in force; null = free. */
  currentTerms: z.nullable(Plan),
  options: z.array(PlanOption),
  /** Why there is nothing to pick; null when there is. */
  empty: z.nullable(z.object({ reason: z.enum(['no_active_plans', 'no_plans_of_payment_type']) })),
  scheduledChange: z.nullable(ScheduledChange),
  permission: Permission,
  policy: PublicPolicy,
});
export type ChangePlanContextDto = z.input<typeof ChangePlanContext>;

export const PreviewRequest = z.object({ targetPlanId: Id, timing: z.optional(ChangeTiming) });
export type PreviewRequest = z.infer<typeof PreviewRequest>;

/** Why an unused- or remaining-time line is what it is: sign × round(price × units / totalUnits). */
export const ProrationArithmetic = z.object({
  kind: z.enum(['unused_time', 'remaining_time']),
  plan: z.string(),
  units: Count,
  totalUnits: z.int().check(z.gte(1)),
  unit: z.enum(['day', 'hour', 'minute', 'second']),
  price: Money,
  amount: Money,
});
export const ProrationLine = z.object({
  description: MessageRef,
  amount: Money,
  arithmetic: z.optional(ProrationArithmetic),
});
export type ProrationLineDto = z.input<typeof ProrationLine>;
export const OverLimit = z.object({ resource: CapKind, usage: Count, cap: Count });
export const Period = z.object({ start: Instant, end: Instant });

const previewFields = {
  targetPlanId: Id,
  quotedAt: Instant,
  /** The subscription version quoted against; null for a free sub-account. */
  quotedVersion: z.nullable(z.int().check(z.nonnegative())),
  effectiveAt: Instant,
  amountDueNow: Money,
  creditAmount: Money,
  minutesGrantedNow: Count,
  prorationLines: z.array(ProrationLine),
  overLimit: z.array(OverLimit),
  /** Refusals that keep Confirm disabled; the preview still shows the impact. */
  blockers: z.array(Refusal),
  summary: z.array(MessageRef),
};

const PlanChangePreviewBody = z.discriminatedUnion('timing', [
  z.object({ ...previewFields, timing: z.literal('now'), kind: ImpactKind, newPeriod: z.nullable(Period) }),
  z.object({
    ...previewFields,
    timing: z.literal('period_end'),
    // Upgrades are scheduled only when the policy lets the user pick "next cycle".
    kind: z.enum(['stripe_upgrade', 'stripe_downgrade', 'stripe_interval_change']),
    newPeriod: z.null(),
  }),
]);

/** A quote-locked billing impact, discriminated by `timing` then `kind`; the model is the rules' preview. */
export const PlanChangePreview = z.codec(PlanChangePreviewBody, z.custom<PlanChangePreviewModel>(), {
  // The body schema pairs each timing with its kinds; the rules type it per kind, which a spread cannot show.
  decode: (body) => ({ ok: true, ...body }) as PlanChangePreviewModel,
  // The rules' preview holds readonly arrays; the body schema checks what is encoded.
  encode: ({ ok: _ok, ...body }) => body as z.output<typeof PlanChangePreviewBody>,
});
export type PlanChangePreviewDto = z.input<typeof PlanChangePreview>;

export const ChangePlanRequest = z.object({
  targetPlanId: Id,
  quotedAt: Instant,
  quotedVersion: z.nullable(z.int().check(z.nonnegative())),
  timing: z.optional(ChangeTiming),
});
/** The wire body of Confirm. */
export type ChangePlanRequest = z.input<typeof ChangePlanRequest>;

export const ChangePlanResult = z.object({
  kind: ImpactKind,
  timing: ChangeTiming,
  effectiveAt: Instant,
  /** Charged now; zero in the plan's currency when nothing was due. */
  amountCharged: Money,
  /** The invoice for what was charged; null when nothing was invoiced. */
  invoice: z.nullable(Invoice),
  /** The offline payment request for a period the change started (free → offline, a new interval). */
  paymentRequest: z.nullable(Invoice),
  creditGranted: Money,
  minutesGranted: Count,
  /** The change waiting for period end; null when it applied now. */
  scheduledChange: z.nullable(ScheduledChange),
  /** The sub-account after the change. */
  subAccount: SubAccount,
});
export type ChangePlanResultDto = z.input<typeof ChangePlanResult>;

// The models: what `decode` (and `parse`) yields, with Dates and the rules' values.
/** Whether the caller may change this sub-account's plan, and why not. */
export type ChangePlanPermission = Model<typeof Permission>;
export type PublicPolicy = Model<typeof PublicPolicy>;
export type ChangePlanContext = Model<typeof ChangePlanContext>;
/** What Confirm sends: the quote's instant and version, exactly as previewed. */
export type ChangePlanInput = Model<typeof ChangePlanRequest>;
export type ChangePlanResult = Model<typeof ChangePlanResult>;
