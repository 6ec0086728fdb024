// Phone numbers: the pool, buying, eligible users, assign, unassign, release and checkout.
import * as z from 'zod/mini';
import type { Model } from './codec';
import { Count, Id, Instant, Money, NamedRef } from './primitives';

export const NumberCapability = z.enum(['voice', 'sms']);
export const NumberState = z.enum(['unassigned', 'pending_payment', 'active', 'releasing']);

export const NumberAssignment = z.object({
  userId: Id,
  subAccountId: Id,
  /** Fixed when assigned: telco cost + the plan's phone number price. */
  monthlyPrice: Money,
  assignedAt: Instant,
});

/** The rules' PhoneNumber plus what uses it and whom it is assigned to. */
export const PhoneNumberView = z.object({
  id: Id,
  agencyId: Id,
  e164: z.string().check(z.regex(/^\+[1-9]\d{1,14}$/)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  capabilities: z.array(NumberCapability),
  telcoCost: Money,
  agentId: z.nullable(Id),
  state: NumberState,
  assignedTo: z.nullable(NumberAssignment),
  /** End of the paid month for active and releasing numbers. */
  periodEnd: z.nullable(Instant),
  /** What stops working when the number goes (listed before unassign and release). */
  attachments: z.object({
    agents: z.array(NamedRef),
    campaigns: z.array(NamedRef),
    workflows: z.array(NamedRef),
  }),
  /** Names for `assignedTo`; null when unassigned. */
  assignee: z.nullable(z.object({ userName: z.string(), subAccountName: z.string() })),
});
export type PhoneNumberViewDto = z.input<typeof PhoneNumberView>;
export const PhoneNumberViewList = z.array(PhoneNumberView);

export const BuyNumberRequest = z.object({
  /** ISO 3166-1 alpha-2. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  areaCode: z.string().check(z.regex(/^\d{1,6}$/)),
  capabilities: z.array(NumberCapability).check(
    z.minLength(1),
    z.maxLength(2),
    z.refine((c) => new Set(c).size === c.length, 'duplicate capability'),
  ),
});
export type BuyNumberRequest = z.infer<typeof BuyNumberRequest>;

/** A user the number can be assigned to, with the monthly price they would pay. */
export const EligibleUser = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  subAccountId: Id,
  subAccountName: z.string(),
  monthlyPrice: Money,
});
export type EligibleUserDto = z.input<typeof EligibleUser>;

export const EligibleUserPage = z.object({
  items: z.array(EligibleUser),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.nullable(z.string()),
  /** Matches of `q` across all pages. */
  total: Count,
});
export type EligibleUserPageDto = z.input<typeof EligibleUserPage>;

export const ELIGIBLE_USERS_MAX_LIMIT = 100;
/** Query of the eligible-users search (strings on the wire; `limit` 1–100, default 20). */
export const EligibleUsersQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  cursor: z.optional(z.string().check(z.maxLength(500))),
  limit: z.optional(z.string().check(z.regex(/^(100|[1-9]\d?)$/))),
});
export type EligibleUsersQuery = z.infer<typeof EligibleUsersQuery>;

export const AssignNumberRequest = z.object({ userId: Id });
export type AssignNumberRequest = z.infer<typeof AssignNumberRequest>;

/** `returnUrl`: where the payer lands after paying (at most 2,048 characters, like browsers' safe URL length). */
export const CheckoutRequest = z.object({ returnUrl: z.url({ protocol: /^https?$/ }).check(z.maxLength(2048)) });
export type CheckoutRequest = z.infer<typeof CheckoutRequest>;

export const CheckoutStatus = z.enum(['open', 'complete', 'declined', 'expired']);
export const Checkout = z.object({
  id: Id,
  /** Where the payer completes the payment (the provider's page). */
  url: z.url({ protocol: /^https?$/ }),
  status: CheckoutStatus,
  number: PhoneNumberView,
});
export type CheckoutDto = z.input<typeof Checkout>;

// The models: what `decode` (and `parse`) yields, with Dates.
/** A number with what uses it (listed before unassign and release) and its assignee's names. */
export type PhoneNumberView = Model<typeof PhoneNumberView>;
/** A user a number can be assigned to, with the monthly price they would pay. */
export type EligibleUser = Model<typeof EligibleUser>;
export type EligibleUserPage = Model<typeof EligibleUserPage>;
export type CheckoutStatus = Model<typeof CheckoutStatus>;
export type Checkout = Model<typeof Checkout>;
