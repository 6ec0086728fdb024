// What the invoice and credit components draw: documents and movements as the kit's models.
import type { InvoiceLine, InvoiceStatus, MessageRef, Money, Settlement } from '@plankit/rules';

/** Who is looking: the agency (marks offline requests paid, voids them) or the client (pays). */
export type BillingViewer = 'agency' | 'client';

/** An invoice (card charge) or a payment request (offline), with the lines its quote showed. */
export interface BillingDocument {
  readonly id: string;
  readonly kind: 'invoice' | 'payment_request';
  readonly status: InvoiceStatus;
  readonly total: Money;
  /** Exactly the lines the preview showed, in order, then any credit applied. */
  readonly lines: readonly InvoiceLine[];
  readonly createdAt: Date;
  /** The period it bills; null for one-off charges. */
  readonly period: { readonly start: Date; readonly end: Date } | null;
  /** Offline requests: Past Due from `dueAt`, Blocked from `blockedAt` while open; null for card invoices. */
  readonly deadlines: { readonly dueAt: Date; readonly blockedAt: Date } | null;
  /** The provider's page for this document; null when there is none. */
  readonly hostedUrl: string | null;
  readonly paidAt: Date | null;
  readonly settledBy: Settlement | null;
  /** The bank transfer's reference, when the agency gave one. */
  readonly settledReference: string | null;
}

/** One change of a credit balance or pool: + granted, − used. */
export interface CreditEntry {
  readonly id: string;
  readonly at: Date;
  readonly amount: Money;
  /** What moved it ("Upgrade to Plus", "Applied to payment request …"). */
  readonly description: MessageRef;
}

/** A balance (a sub-account's credit, or the agency's pool) with its movements, newest first. */
export interface CreditSummary {
  /** null: not tracked. */
  readonly balance: Money | null;
  readonly movements: readonly CreditEntry[];
}
