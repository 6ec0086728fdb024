import type { InvoiceLine, Money } from '@plankit/rules';
import type { Queryable } from '../db/db';
import { newId } from '../ids';
import { storedLines } from './invoices';

export type LedgerKind =
  | 'charge'
  | 'credit'
  | 'credit_applied'
  | 'agency_pool_debit'
  | 'number_charge'
  | 'telco_purchase';

export interface LedgerEntry {
  readonly agencyId: string;
  readonly subAccountId: string | null;
  readonly kind: LedgerKind;
  readonly amount: Money;
  readonly invoiceId?: string | null;
  readonly phoneNumberId?: string | null;
  readonly memo: string;
  /** The plan change a credit or pool debit belongs to (fromPlanId null: from free). */
  readonly change?: { readonly fromPlanId: string | null; readonly toPlanId: string } | null;
}

export async function addLedgerEntry(q: Queryable, entry: LedgerEntry, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO ledger_entries (agency_id, sub_account_id, kind, amount, currency, invoice_id, phone_number_id, memo,
       created_at, from_plan_id, to_plan_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      entry.agencyId,
      entry.subAccountId,
      entry.kind,
      entry.amount.amount,
      entry.amount.currency,
      entry.invoiceId ?? null,
      entry.phoneNumberId ?? null,
      entry.memo,
      now,
      entry.change?.fromPlanId ?? null,
      entry.change?.toPlanId ?? null,
    ],
  );
}

export interface NewInvoice {
  readonly agencyId: string;
  readonly subAccountId: string | null;
  readonly subscriptionId?: string | null;
  readonly phoneNumberId?: string | null;
  readonly kind: string;
  readonly amount: Money;
  readonly lines: readonly InvoiceLine[];
  readonly paid: boolean;
  /** What paid it at once (card on file, or credit covering it all). */
  readonly settledBy?: 'card' | 'credit' | null;
  /** The period billed; an offline request's Past Due and Blocked instants. */
  readonly period?: { readonly start: Date; readonly end: Date } | null;
  readonly deadlines?: { readonly dueAt: Date; readonly blockedAt: Date } | null;
}

export async function insertInvoice(q: Queryable, invoice: NewInvoice, now: Date): Promise<string> {
  const id = newId('inv');
  await q.query(
    `INSERT INTO invoices (id, agency_id, sub_account_id, subscription_id, phone_number_id, kind, status, amount,
       currency, lines, created_at, paid_at, settled_by, period_start, period_end, due_at, blocked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16, $17)`,
    [
      id,
      invoice.agencyId,
      invoice.subAccountId,
      invoice.subscriptionId ?? null,
      invoice.phoneNumberId ?? null,
      invoice.kind,
      invoice.paid ? 'paid' : 'open',
      invoice.amount.amount,
      invoice.amount.currency,
      storedLines(invoice.lines),
      now,
      invoice.paid ? now : null,
      invoice.paid ? (invoice.settledBy ?? 'card') : null,
      invoice.period?.start ?? null,
      invoice.period?.end ?? null,
      invoice.deadlines?.dueAt ?? null,
      invoice.deadlines?.blockedAt ?? null,
    ],
  );
  return id;
}
