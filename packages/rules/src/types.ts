// Domain types shared by the rules, the wire contract, the server and the components.
// Instants are Date (UTC); money is integer minor units with its currency.

/** An amount in the currency's minor unit (cents for USD, yen for JPY, fils for KWD). */
export interface Money<C extends string = string> {
  readonly amount: number;
  readonly currency: C;
}

/** A price finer than the minor unit: `amount × 10^-scale` minor units. USD 15 @ scale 1 = 1.5 cents = $0.015. */
export interface Rate<C extends string = string> {
  readonly amount: number;
  readonly currency: C;
  readonly scale: number;
}

/** Currency code → exponent (number of minor-unit digits). Passed in; never global. */
export type CurrencyTable = Readonly<Record<string, number>>;

export type IntervalUnit = 'day' | 'week' | 'month' | 'year';
export interface Interval {
  readonly unit: IntervalUnit;
  readonly count: number;
}

export type PaymentType = 'stripe' | 'offline';
export type PlanStatus = 'active' | 'archived' | 'draft';

/** Resource kinds a plan can cap. */
export type CapKind = 'agents' | 'teamMembers' | 'concurrentCalls' | 'knowledgeBaseMb' | 'phoneNumbers';
/** Per-kind cap; null = unlimited. */
export type Caps = Readonly<Record<CapKind, number | null>>;
/** Per-kind resources in use. */
export type ResourceCounts = Readonly<Record<CapKind, number>>;

export interface Plan {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly currency: string;
  readonly status: PlanStatus;
  readonly paymentType: PaymentType;
  readonly interval: Interval;
  /** Recurring fee per period; null = recurring fee off (usage-only plan). */
  readonly price: Money | null;
  readonly includedMinutes: number;
  /** Per-minute rate beyond included minutes and wallet; null = usage billing off. */
  readonly usageRate: Rate | null;
  readonly addOnPacks: boolean;
  /** Chats that count as one minute; null = chat off. */
  readonly chatsPerMinute: number | null;
  readonly paymentDueDays: number;
  readonly graceDays: number;
  /** Monthly markup added to a phone number's telco cost. */
  readonly phoneNumberPrice: Money;
  readonly caps: Caps;
  /** Changes to this plan go through sales ("Contact sales"). */
  readonly contractOnly: boolean;
}

/** Every subscription status, in Stripe's words; the contract and the Stripe webhooks read this list. */
export const SUBSCRIPTION_STATUSES = [
  'active',
  'trialing',
  'past_due',
  'unpaid',
  'incomplete',
  'incomplete_expired',
  'paused',
  'canceled',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export interface ScheduledChange {
  readonly targetPlanId: string;
  /** Snapshot of the target plan's terms, taken when the change was scheduled. */
  readonly targetTerms: Plan;
  readonly kind: ImpactKind;
  readonly effectiveAt: Date;
  readonly createdAt: Date;
}

export interface Subscription {
  readonly id: string;
  /** +1 on every change; quotes carry it. */
  readonly version: number;
  /** Snapshot of the plan's terms when the subscription started or last changed plan. */
  readonly terms: Plan;
  /** When `terms` took effect: the start, or the last change of plan (now, or a scheduled one). */
  readonly termsSince: Date;
  readonly status: SubscriptionStatus;
  /** Billing-cycle anchor: period ends fall on anchor + n × interval. */
  readonly anchor: Date;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly trialEnd: Date | null;
  /** Offline/external billing: whether the current period's payment was received. */
  readonly periodPaid: boolean;
  readonly hasOpenInvoice: boolean;
  readonly scheduledChange: ScheduledChange | null;
  /** A scheduled cancellation: the period end it takes effect at; null when none (resumed). */
  readonly cancelAt: Date | null;
}

/** Minutes and resources used in the current period. */
export interface Usage {
  /** Voice seconds used this period. */
  readonly voiceSeconds: number;
  /** Chats this period; count as chats ÷ chatsPerMinute minutes. */
  readonly chats: number;
  /** Included minutes granted this period (plan's included minutes plus upgrade grants). */
  readonly includedMinutes: number;
  /** Add-on wallet balance in minutes at the start of the period. */
  readonly walletMinutes: number;
  readonly resources: ResourceCounts;
}

export type SubAccountStatus = 'active' | 'blocked';

export interface SubAccount {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  /** Access set by the agency; 'blocked' is not a billing state. */
  readonly status: SubAccountStatus;
  /** Invited by an agency owner. Only these can have their plan changed by the agency. */
  readonly createdByAgency: boolean;
  readonly customContract: boolean;
  /** Plan assigned but not yet started. */
  readonly assignedPlanId: string | null;
  readonly subscription: Subscription | null;
  readonly hasPaymentMethod: boolean;
  /** Credit balance on the sub-account; null when none was ever granted. */
  readonly creditBalance: Money | null;
  readonly usage: Usage;
}

export type SubAccountUserStatus = 'approved' | 'pending' | 'blocked';
export interface SubAccountUser {
  readonly id: string;
  readonly subAccountId: string;
  readonly name: string;
  readonly email: string;
  readonly status: SubAccountUserStatus;
}

export type NumberCapability = 'voice' | 'sms';
export type NumberState = 'unassigned' | 'pending_payment' | 'active' | 'releasing';

export interface NumberAssignment {
  readonly userId: string;
  readonly subAccountId: string;
  /** Fixed when assigned: telco cost + the plan's phone number price. */
  readonly monthlyPrice: Money;
  readonly assignedAt: Date;
  /** When checkout succeeded: the billing anchor, so the number renews on that day each month. */
  readonly activatedAt?: Date | null;
}

export interface PhoneNumber {
  readonly id: string;
  readonly agencyId: string;
  readonly e164: string;
  readonly country: string;
  readonly capabilities: readonly NumberCapability[];
  /** Monthly telco cost in the agency's currency. */
  readonly telcoCost: Money;
  readonly agentId: string | null;
  readonly state: NumberState;
  readonly assignedTo: NumberAssignment | null;
  /** End of the paid month for active and releasing numbers. */
  readonly periodEnd: Date | null;
}

export type Actor =
  | {
      readonly kind: 'agency_member';
      readonly agencyId: string;
      readonly userId: string;
      readonly role: 'owner' | 'member';
    }
  | { readonly kind: 'sub_account_user'; readonly subAccountId: string; readonly userId: string };

export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly currency: string;
  readonly features: { readonly changePlan: boolean };
  /** Offline credit pool; null = not tracked (no limit enforced). */
  readonly creditPool: Money | null;
}

/** Refusals of a plan change. */
export const CHANGE_PLAN_REASON_CODES = [
  'not_agency_member',
  'feature_disabled',
  'sub_account_blocked',
  'not_created_by_agency',
  'subscription_not_changeable',
  'open_invoice',
  'plan_not_active',
  'same_plan',
  'payment_type_mismatch',
  'currency_mismatch',
  'payment_method_required',
  'over_limit',
  'contact_sales',
  'quote_expired',
  'insufficient_agency_credit',
] as const;

/** Refusals of phone-number actions. */
export const NUMBER_REASON_CODES = [
  'number_not_unassigned',
  'number_linked_to_agent',
  'user_not_approved',
  'user_subscription_inactive',
  'illegal_transition',
] as const;

/** Refusals of seat, add-on and pack changes. */
export const ITEM_REASON_CODES = ['seats_not_sold', 'seats_below_included', 'packs_not_allowed', 'no_change'] as const;

/**
 * Refusals the payment provider answers when it charges: the rules cannot know a card will
 * decline, so none of their functions returns these.
 */
export const PAYMENT_REASON_CODES = ['card_declined'] as const;

/** Refusals of a cancellation. */
export const CANCEL_REASON_CODES = ['cancel_now_not_allowed'] as const;

/** Refusals any call can answer (another agency's objects are not_found: nothing leaks). */
export const COMMON_REASON_CODES = ['not_found'] as const;

export const REASON_CODES = [
  ...CHANGE_PLAN_REASON_CODES,
  ...NUMBER_REASON_CODES,
  ...ITEM_REASON_CODES,
  ...PAYMENT_REASON_CODES,
  ...CANCEL_REASON_CODES,
  ...COMMON_REASON_CODES,
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** A message key with values; values are formatted by the reader's locale. */
export type MessageValue = string | number | Money | Rate | Date;
export interface MessageRef<K extends string = string> {
  readonly key: K;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

/** Why something is not allowed. `params` fill the reason's message. */
export interface Refusal {
  readonly ok: false;
  readonly reason: ReasonCode;
  readonly params?: Readonly<Record<string, MessageValue>> | undefined;
}

export const IMPACT_KINDS = [
  'stripe_new',
  'offline_new',
  'stripe_upgrade',
  'stripe_downgrade',
  'stripe_interval_change',
  'offline_upgrade',
  'offline_downgrade',
  'lateral',
] as const;
export type ImpactKind = (typeof IMPACT_KINDS)[number];
export type ChangeTiming = 'now' | 'period_end';

export interface ChangePlanPolicy {
  /** Sub-account users may change their own plan. Default false. */
  readonly selfServe: boolean;
  /** When a Stripe downgrade takes effect. Default 'period_end'. */
  readonly stripeDowngradeTiming: ChangeTiming;
  /** The user may pick "now" or "next cycle". Default false. */
  readonly userPicksTiming: boolean;
  /**
   * Carry the included minutes left unused in a period that an upgrade closes early (a change now
   * that starts a new period) into the new one; off, they lapse with the period. The add-on wallet
   * and the credit balance always carry over. Default false.
   */
  readonly carryOverOnUpgrade: boolean;
  /** Usage above a new cap warns or blocks. Default 'warn'. */
  readonly overLimit: 'warn' | 'block';
  /** An open invoice allows or blocks a change. Default 'allow'. */
  readonly openInvoice: 'allow' | 'block';
  /** How long a quote stays valid. Default 600. */
  readonly quoteTtlSeconds: number;
}

/** The time unit a proration line's words count in: the coarsest one whose figures give the amount. */
export type ProrationTimeUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * Why a proration line is what it is, as data: `sign × round(price × units / totalUnits)` half away
 * from zero equals `amount`, where sign is −1 for unused time and +1 for remaining time.
 */
export interface ProrationArithmetic {
  readonly kind: 'unused_time' | 'remaining_time';
  /** The plan whose time is counted. */
  readonly plan: string;
  /** The time left in the period, in `unit`s (rounded to the unit; the charge itself is per second). */
  readonly units: number;
  /** The whole period in `unit`s. */
  readonly totalUnits: number;
  readonly unit: ProrationTimeUnit;
  /** The plan's price for the whole period. */
  readonly price: Money;
  /** The line's amount: ≤ 0 for unused time, ≥ 0 for remaining time. */
  readonly amount: Money;
}

export interface ProrationLine {
  readonly description: MessageRef;
  readonly amount: Money;
  /** The arithmetic behind an unused- or remaining-time line; absent on other lines. */
  readonly arithmetic?: ProrationArithmetic;
}

export interface OverLimit {
  readonly resource: CapKind;
  readonly usage: number;
  readonly cap: number;
}

interface PreviewBase {
  readonly ok: true;
  readonly targetPlanId: string;
  readonly quotedAt: Date;
  /** The subscription version quoted against; null for a free sub-account. */
  readonly quotedVersion: number | null;
  readonly effectiveAt: Date;
  /** Charged now (Stripe). Zero in the plan's currency when nothing is due. */
  readonly amountDueNow: Money;
  /** Credit granted to the sub-account's balance (offline upgrade, or a larger unused credit). */
  readonly creditAmount: Money;
  readonly minutesGrantedNow: number;
  readonly prorationLines: readonly ProrationLine[];
  readonly overLimit: readonly OverLimit[];
  /** Refusals that keep Confirm disabled; the preview still shows the impact. */
  readonly blockers: readonly Refusal[];
  readonly summary: readonly MessageRef[];
}

export interface ImmediatePreview<K extends ImpactKind = ImpactKind> extends PreviewBase {
  readonly kind: K;
  readonly timing: 'now';
  /** The new billing period when the change starts one (new subscription, interval change). */
  readonly newPeriod: { readonly start: Date; readonly end: Date } | null;
}
export interface ScheduledPreview<K extends ImpactKind = ImpactKind> extends PreviewBase {
  readonly kind: K;
  readonly timing: 'period_end';
  readonly newPeriod: null;
}

export type PlanChangePreview =
  | ImmediatePreview<'stripe_new' | 'offline_new'>
  | ImmediatePreview<'stripe_upgrade' | 'offline_upgrade' | 'offline_downgrade' | 'lateral'>
  | ImmediatePreview<'stripe_downgrade'>
  // Upgrades are scheduled only when the policy lets the user pick "next cycle".
  | ScheduledPreview<'stripe_upgrade' | 'stripe_downgrade'>
  | ImmediatePreview<'stripe_interval_change'>
  | ScheduledPreview<'stripe_interval_change'>;

export type PreviewResult = PlanChangePreview | Refusal;
