// Invoices and payment requests as documents (lines, status, instants, who settled or voided them),
// the actions on them, and the credit balance and pool with their movements.
import { INVOICE_STATUSES, SETTLEMENTS } from '@plankit/rules';
import * as z from 'zod/mini';
import { Period, ProrationLine } from './change-plan';
import type { Model } from './codec';
import { INVOICE_ERROR_CODES } from './errors';
import { Id, Instant, Money, NamedRef } from './primitives';

export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export const Settlement = z.enum(SETTLEMENTS);
/** What the document bills: a first period, a renewal, a plan change, or a phone number. */
export const INVOICE_KINDS = [
  'subscription_start',
  'renewal',
  'plan_change',
  'number',
  'seats',
  'add_on',
  'pack',
] as const;
export const InvoiceKind = z.enum(INVOICE_KINDS);
export type InvoiceKind = z.infer<typeof InvoiceKind>;

/** The user behind an audited action. */
export const ActorRef = z.object({ userId: Id, name: z.string() });
export type ActorRefDto = z.input<typeof ActorRef>;

/** What paid a document: the card, a bank transfer the agency recorded, or the credit balance. */
export const InvoiceSettlement = z.object({
  method: Settlement,
  /** The bank transfer's reference (or the card charge's), as recorded. */
  reference: z.nullable(z.string()),
  at: Instant,
  /** null when no user acted (credit covering it in full, a card on file, a provider webhook). */
  by: z.nullable(ActorRef),
});
export type InvoiceSettlementDto = z.input<typeof InvoiceSettlement>;

export const InvoiceVoid = z.object({ at: Instant, by: z.nullable(ActorRef) });
export type InvoiceVoidDto = z.input<typeof InvoiceVoid>;

/** Why the caller may not take an action on a document. */
export const InvoiceActionRefusal = z.enum([...INVOICE_ERROR_CODES, 'not_agency_member']);
export type InvoiceActionRefusal = z.infer<typeof InvoiceActionRefusal>;
/** Whether the caller may take the action now, and why not. */
export const InvoiceAction = z.object({ allowed: z.boolean(), reason: z.nullable(InvoiceActionRefusal) });
export type InvoiceAction = z.infer<typeof InvoiceAction>;

export const InvoiceView = z.object({
  id: Id,
  subAccountId: Id,
  /** `payment_request`: an offline plan's, paid outside the product, with due and Blocked instants. */
  document: z.enum(['invoice', 'payment_request']),
  kind: InvoiceKind,
  status: InvoiceStatus,
  /** What is left to pay: the sum of the lines (credit applied is a line of its own). */
  total: Money,
  /** The lines as the preview showed them, in order. */
  lines: z.array(ProrationLine),
  /** The period billed; null for charges that bill none (a number's first month). */
  period: z.nullable(Period),
  /** Past Due from here while open (payment requests; null for card invoices). */
  dueAt: z.nullable(Instant),
  /** Blocked from here while open (payment requests; null for card invoices). */
  blockedAt: z.nullable(Instant),
  createdAt: Instant,
  settlement: z.nullable(InvoiceSettlement),
  voided: z.nullable(InvoiceVoid),
  /** The signed hosted page of the document (opens without a bearer token, for an hour). */
  hostedUrl: z.url({ protocol: /^https?$/ }),
  /** What the caller may do with it now. */
  actions: z.object({ pay: InvoiceAction, markPaid: InvoiceAction, void: InvoiceAction }),
});
export type InvoiceViewDto = z.input<typeof InvoiceView>;

export const INVOICES_MAX_LIMIT = 100;
/** Query of a sub-account's invoice list (strings on the wire; `limit` 1–100, default 20). */
export const InvoicesQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(500))),
  limit: z.optional(z.string().check(z.regex(/^(100|[1-9]\d?)$/))),
});
export type InvoicesQuery = z.infer<typeof InvoicesQuery>;

export const InvoicePage = z.object({
  /** Newest first. */
  items: z.array(InvoiceView),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type InvoicePageDto = z.input<typeof InvoicePage>;

export const PayInvoiceRequest = z.object({});
export type PayInvoiceRequest = z.infer<typeof PayInvoiceRequest>;

export const PayInvoiceResult = z.object({
  invoice: InvoiceView,
  /**
   * Where the payer finishes paying (Stripe's hosted invoice page), or null when it is paid
   * already (the local provider's card on file). The invoice turns paid on the provider's webhook.
   */
  redirectUrl: z.nullable(z.url({ protocol: /^https?$/ })),
});
export type PayInvoiceResultDto = z.input<typeof PayInvoiceResult>;

export const MarkInvoicePaidRequest = z.object({
  /** The bank transfer's reference, as on the statement. */
  reference: z.string().check(z.minLength(1), z.maxLength(200), z.regex(/\S/)),
});
export type MarkInvoicePaidRequest = z.infer<typeof MarkInvoicePaidRequest>;

export const VoidInvoiceRequest = z.object({});
export type VoidInvoiceRequest = z.infer<typeof VoidInvoiceRequest>;

/**
 * One movement of a credit balance or the agency's pool. Signed: + into it, − out of it.
 * `granted`: a plan change's credit; `applied`: a payment request used it; `pool_debit`: the pool
 * paid a sub-account's grant.
 */
export const CreditMovement = z.object({
  id: Id,
  at: Instant,
  kind: z.enum(['granted', 'applied', 'pool_debit']),
  amount: Money,
  subAccount: NamedRef,
  /** The request that used it (`applied`). */
  invoiceId: z.nullable(Id),
  /** The plan change that granted it (`granted`, `pool_debit`); fromPlan null when from free. */
  change: z.nullable(z.object({ fromPlan: z.nullable(NamedRef), toPlan: NamedRef })),
});
export type CreditMovementDto = z.input<typeof CreditMovement>;

export const CreditBalanceView = z.object({
  subAccountId: Id,
  /** null when no credit was ever granted. Only requests in its currency use it. */
  balance: z.nullable(Money),
  /** Newest first. */
  movements: z.array(CreditMovement),
});
export type CreditBalanceViewDto = z.input<typeof CreditBalanceView>;

export const CreditPoolView = z.object({
  agencyId: Id,
  /** null when the agency's pool is not tracked. */
  pool: z.nullable(Money),
  /** Newest first. */
  movements: z.array(CreditMovement),
});
export type CreditPoolViewDto = z.input<typeof CreditPoolView>;

// The models: what `decode` (and `parse`) yields, with Dates.
export type ActorRef = Model<typeof ActorRef>;
export type InvoiceView = Model<typeof InvoiceView>;
export type InvoicePage = Model<typeof InvoicePage>;
export type PayInvoiceResult = Model<typeof PayInvoiceResult>;
export type CreditMovement = Model<typeof CreditMovement>;
export type CreditBalanceView = Model<typeof CreditBalanceView>;
export type CreditPoolView = Model<typeof CreditPoolView>;
