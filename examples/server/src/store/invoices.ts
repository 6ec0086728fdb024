// Invoices and payment requests as the rules and the contract see them.
import type { InvoiceLine, InvoiceStatus, Money, RequestStanding, Settlement } from '@plankit/rules';
import { encode, ProrationLine } from '@plankit/sdk/contract';
import * as z from 'zod/mini';
import { type Queryable, textArray } from '../db/db';

export interface InvoiceRow {
  id: string;
  agency_id: string;
  sub_account_id: string | null;
  subscription_id: string | null;
  phone_number_id: string | null;
  kind: string;
  status: InvoiceStatus;
  amount: number;
  currency: string;
  lines: unknown;
  created_at: Date;
  paid_at: Date | null;
  period_start: Date | null;
  period_end: Date | null;
  due_at: Date | null;
  blocked_at: Date | null;
  settled_by: Settlement | null;
  settled_reference: string | null;
  settled_by_user: string | null;
  voided_at: Date | null;
  voided_by_user: string | null;
}

/** One stored invoice with its lines parsed (lines are stored in wire form). */
export interface InvoiceRecord extends RequestStanding {
  readonly agencyId: string;
  readonly subAccountId: string | null;
  readonly subscriptionId: string | null;
  readonly kind: string;
  readonly total: Money;
  readonly lines: readonly InvoiceLine[];
  readonly period: { readonly start: Date; readonly end: Date } | null;
  readonly paidAt: Date | null;
  readonly settledBy: Settlement | null;
  readonly settledReference: string | null;
  readonly settledByUser: string | null;
  readonly voidedAt: Date | null;
  readonly voidedByUser: string | null;
}

const StoredLines = z.array(ProrationLine);

/** Lines as stored: the wire form (tagged message values), so a reader decodes them with the contract. */
export function storedLines(lines: readonly InvoiceLine[]): string {
  return JSON.stringify(encode(StoredLines, lines));
}

function linesOf(raw: unknown): InvoiceLine[] {
  const parsed = StoredLines.safeParse(raw);
  // Rows written before lines were stored in wire form show their total alone.
  if (!parsed.success) return [];
  return parsed.data;
}

export function invoiceFromRow(row: InvoiceRow): InvoiceRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    subAccountId: row.sub_account_id,
    subscriptionId: row.subscription_id,
    kind: row.kind,
    status: row.status,
    total: { amount: Number(row.amount), currency: row.currency },
    lines: linesOf(row.lines),
    period: row.period_start && row.period_end ? { start: row.period_start, end: row.period_end } : null,
    deadlines: row.due_at && row.blocked_at ? { dueAt: row.due_at, blockedAt: row.blocked_at } : null,
    createdAt: row.created_at,
    paidAt: row.paid_at,
    settledBy: row.settled_by,
    settledReference: row.settled_reference,
    settledByUser: row.settled_by_user,
    voidedAt: row.voided_at,
    voidedByUser: row.voided_by_user,
  };
}

/** The plan invoices and payment requests of one subscription (numbers are billed apart). */
export async function invoicesOfSubscription(q: Queryable, subscriptionId: string): Promise<InvoiceRecord[]> {
  const rows = await q.query<InvoiceRow>(
    'SELECT * FROM invoices WHERE subscription_id = $1 AND phone_number_id IS NULL ORDER BY created_at, id',
    [subscriptionId],
  );
  return rows.map(invoiceFromRow);
}

/** The same for several subscriptions in one statement, by subscription. */
export async function invoicesOfSubscriptions(
  q: Queryable,
  subscriptionIds: readonly string[],
): Promise<Map<string, InvoiceRecord[]>> {
  const bySubscription = new Map<string, InvoiceRecord[]>(subscriptionIds.map((id) => [id, []]));
  if (subscriptionIds.length === 0) return bySubscription;
  const rows = await q.query<InvoiceRow>(
    `SELECT * FROM invoices WHERE subscription_id = ANY($1::text[]) AND phone_number_id IS NULL
     ORDER BY created_at, id`,
    [textArray(subscriptionIds)],
  );
  for (const row of rows) {
    const invoice = invoiceFromRow(row);
    if (row.subscription_id !== null) bySubscription.get(row.subscription_id)?.push(invoice);
  }
  return bySubscription;
}

/** A page of a sub-account's invoices and requests, newest first; `before` is the last row's cursor. */
export async function listInvoices(
  q: Queryable,
  subAccountId: string,
  { limit, before }: { limit: number; before: { createdAt: Date; id: string } | null },
): Promise<{ items: InvoiceRecord[]; hasMore: boolean }> {
  const rows = await q.query<InvoiceRow>(
    `SELECT * FROM invoices WHERE sub_account_id = $1
       AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::text))
     ORDER BY created_at DESC, id DESC LIMIT $4`,
    [subAccountId, before?.createdAt ?? null, before?.id ?? '', limit + 1],
  );
  return { items: rows.slice(0, limit).map(invoiceFromRow), hasMore: rows.length > limit };
}

export async function findInvoice(
  q: Queryable,
  id: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<InvoiceRecord | null> {
  const [row] = await q.query<InvoiceRow>(`SELECT * FROM invoices WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [
    id,
  ]);
  return row ? invoiceFromRow(row) : null;
}

/** Record what paid an open document; false when it was no longer open (a concurrent action won). */
export async function settleInvoice(
  q: Queryable,
  id: string,
  settlement: { method: Settlement; reference: string | null; byUser: string | null },
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE invoices SET status = 'paid', paid_at = $2, settled_by = $3, settled_reference = $4, settled_by_user = $5
     WHERE id = $1 AND status = 'open' RETURNING id`,
    [id, now, settlement.method, settlement.reference, settlement.byUser],
  );
  return rows.length > 0;
}

/** Void an open document; false when it was no longer open. */
export async function voidInvoiceRow(q: Queryable, id: string, byUser: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    `UPDATE invoices SET status = 'void', voided_at = $2, voided_by_user = $3 WHERE id = $1 AND status = 'open' RETURNING id`,
    [id, now, byUser],
  );
  return rows.length > 0;
}

/** Display names of the users behind audited actions (agency members and sub-account users). */
export async function userNames(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<{ id: string; name: string }>(
    `WITH wanted AS (SELECT jsonb_array_elements_text($1::jsonb) AS id)
     SELECT id, name FROM users WHERE id IN (SELECT id FROM wanted)
     UNION ALL SELECT id, name FROM sub_account_users WHERE id IN (SELECT id FROM wanted)`,
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}
