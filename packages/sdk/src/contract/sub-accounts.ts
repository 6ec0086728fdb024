// Sub-accounts (the agency's clients), their users, and the list and detail views.
import * as z from 'zod/mini';
import type { Model } from './codec';
import { Plan } from './plans';
import { Count, Id, Money } from './primitives';
import { BillingBadge, Invoice, OpenRequest, Subscription, Usage, UsageSplit } from './subscriptions';

export const SubAccount = z.object({
  id: Id,
  agencyId: Id,
  name: z.string(),
  /** Access set by the agency; `blocked` is not a billing state. */
  status: z.enum(['active', 'blocked']),
  createdByAgency: z.boolean(),
  customContract: z.boolean(),
  /** Plan assigned but not yet started. */
  assignedPlanId: z.nullable(Id),
  subscription: z.nullable(Subscription),
  hasPaymentMethod: z.boolean(),
  creditBalance: z.nullable(Money),
  usage: Usage,
});
export type SubAccountDto = z.input<typeof SubAccount>;

export const SubAccountUser = z.object({
  id: Id,
  subAccountId: Id,
  name: z.string(),
  email: z.string(),
  status: z.enum(['approved', 'pending', 'blocked']),
});
export type SubAccountUserDto = z.input<typeof SubAccountUser>;

/** One row of Manage Users. */
export const SubAccountRow = z.object({
  subAccount: SubAccount,
  users: z.array(SubAccountUser),
  /** The plan the sub-account is on (its subscription's terms), or the assigned plan; null = free. */
  currentPlan: z.nullable(Plan),
  billingBadge: BillingBadge,
});
export type SubAccountRowDto = z.input<typeof SubAccountRow>;

/** One page of Manage Users, in the agency's order (position, then name). */
export const SubAccountPage = z.object({
  items: z.array(SubAccountRow),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.nullable(z.string()),
  /** Matches of the search across all pages. */
  total: Count,
});
export type SubAccountPageDto = z.input<typeof SubAccountPage>;

export const SUB_ACCOUNTS_MAX_LIMIT = 100;
/**
 * Query of Manage Users (strings on the wire; `limit` 1–100, default 20). `q` matches the
 * sub-account's name, its users' names and emails, and its plan's name; `planId` keeps the
 * sub-accounts on that plan (running or assigned); `status` the agency's access status.
 */
export const SubAccountsQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  planId: z.optional(Id),
  status: z.optional(z.enum(['active', 'blocked'])),
  cursor: z.optional(z.string().check(z.maxLength(500))),
  limit: z.optional(z.string().check(z.regex(/^(100|[1-9]\d?)$/))),
});
export type SubAccountsQuery = z.infer<typeof SubAccountsQuery>;

/** A client's Billing tab: the subscription card's data. */
export const SubAccountDetail = z.object({
  subAccount: SubAccount,
  users: z.array(SubAccountUser),
  /** The assigned (not yet started) plan, from the catalog. */
  assignedPlan: z.nullable(Plan),
  billingBadge: BillingBadge,
  /** null without a running subscription. */
  usage: z.nullable(UsageSplit),
  /** The open request the badge reads and the banner shows, if any. */
  openInvoice: z.nullable(OpenRequest),
});
export type SubAccountDetailDto = z.input<typeof SubAccountDetail>;

export const AssignPlanRequest = z.object({ planId: Id });
export type AssignPlanRequest = z.infer<typeof AssignPlanRequest>;

export const EmptyRequest = z.object({});

export const StartSubscriptionResult = z.object({
  subAccount: SubAccount,
  /** The first period's payment request; null when the plan has no recurring fee. */
  paymentRequest: z.nullable(Invoice),
  includedMinutesGranted: z.int().check(z.nonnegative()),
});
export type StartSubscriptionResultDto = z.input<typeof StartSubscriptionResult>;

// The models: what `decode` (and `parse`) yields, with Dates and the rules' values.
/** One row of Manage Users. */
export type SubAccountRow = Model<typeof SubAccountRow>;
export type SubAccountPage = Model<typeof SubAccountPage>;
/** A sub-account's Billing tab. */
export type SubAccountDetail = Model<typeof SubAccountDetail>;
export type StartSubscriptionResult = Model<typeof StartSubscriptionResult>;
