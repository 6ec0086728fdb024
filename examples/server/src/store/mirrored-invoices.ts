// A provider's invoices (Stripe's) kept in our invoices table under the provider's id.
import type { InvoiceLine, Money } from '@plankit/rules';
import type { Queryable } from '../db/db';
import { storedLines } from './invoices';

export type MirrorStatus = 'open' | 'paid' | 'void';

export async function mirroredStatus(q: Queryable, id: string): Promise<MirrorStatus | null> {
  const [row] = await q.query<{ status: MirrorStatus }>('SELECT status FROM invoices WHERE id = $1', [id]);
  return row?.status ?? null;
}

export interface MirroredInvoice {
  readonly id: string;
  readonly agencyId: string;
  readonly subAccountId: string;
  readonly subscriptionId?: string | null;
  readonly phoneNumberId?: string | null;
  readonly kind: string;
  readonly status: MirrorStatus;
  readonly amount: Money;
  readonly lines: readonly InvoiceLine[];
  /** The provider's invoice number once paid (the settlement's reference). */
  readonly reference: string | null;
}

export async function insertMirroredInvoice(q: Queryable, invoice: MirroredInvoice, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO invoices (id, agency_id, sub_account_id, subscription_id, phone_number_id, kind, status, amount, currency,
       lines, created_at, paid_at, settled_by, settled_reference)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14)`,
    [
      invoice.id,
      invoice.agencyId,
      invoice.subAccountId,
      invoice.subscriptionId ?? null,
      invoice.phoneNumberId ?? null,
      invoice.kind,
      invoice.status,
      invoice.amount.amount,
      invoice.amount.currency,
      storedLines(invoice.lines),
      now,
      invoice.status === 'paid' ? now : null,
      invoice.status === 'paid' ? 'card' : null,
      invoice.reference,
    ],
  );
}

/** A paid invoice was settled by card; `reference` is the provider's invoice number. */
export async function setMirroredStatus(
  q: Queryable,
  id: string,
  status: MirrorStatus,
  reference: string | null,
  now: Date,
): Promise<void> {
  await q.query(
    'UPDATE invoices SET status = $2, paid_at = $3, settled_by = $4, settled_reference = $5 WHERE id = $1',
    [id, status, status === 'paid' ? now : null, status === 'paid' ? 'card' : null, reference],
  );
}

/** A provider-billed period counts as paid while none of its subscription's invoices is open. */
export async function refreshPeriodPaid(q: Queryable, subscriptionId: string): Promise<void> {
  await q.query(
    `UPDATE subscriptions SET period_paid = NOT EXISTS (
       SELECT 1 FROM invoices i WHERE i.subscription_id = $1 AND i.status = 'open') WHERE id = $1`,
    [subscriptionId],
  );
}
