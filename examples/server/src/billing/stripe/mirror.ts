// Stripe's invoices mirrored into our invoices and ledger, keyed by Stripe's invoice id, so the
// billing badge, open-invoice checks and ledger read the same tables as with the local provider.
// Paid is final: a late `payment_failed` never reopens a paid invoice, and the ledger records a
// charge once, when the mirror first sees the invoice paid.
import type Stripe from 'stripe';
import type { Queryable } from '../../db/db';
import { toWire } from '../../wire';
import { addLedgerEntry } from '../ledger';
import type { InvoiceRef } from '../provider';
import { fromStripeAmount } from './amounts';

export interface MirrorTarget {
  readonly agencyId: string;
  readonly subAccountId: string;
  readonly subscriptionId?: string | null;
  readonly phoneNumberId?: string | null;
  /** Our invoice kind (subscription_start, plan_change, renewal, number). */
  readonly kind: string;
  readonly lines?: readonly { readonly description: unknown; readonly amount: unknown }[];
}

type MirrorStatus = 'open' | 'paid' | 'void';

function statusOf(invoice: Stripe.Invoice): MirrorStatus {
  if (invoice.status === 'paid') return 'paid';
  if (invoice.status === 'void' || invoice.status === 'uncollectible') return 'void';
  return 'open';
}

/** The Stripe subscription an invoice bills, if any. */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  const sub = invoice.parent?.subscription_details?.subscription;
  if (!sub) return null;
  return typeof sub === 'string' ? sub : sub.id;
}

/** Upsert the invoice; record the charge when it turns paid. Nothing is mirrored for a zero invoice. */
export async function mirrorInvoice(
  q: Queryable,
  invoice: Stripe.Invoice,
  target: MirrorTarget,
  now: Date,
  fallbackUrl: string,
): Promise<InvoiceRef | null> {
  const amount = fromStripeAmount(invoice.amount_due, invoice.currency);
  if (amount.amount <= 0) return null;
  const status = statusOf(invoice);
  const [before] = await q.query<{ status: MirrorStatus }>('SELECT status FROM invoices WHERE id = $1', [invoice.id]);
  if (!before) {
    await q.query(
      `INSERT INTO invoices (id, agency_id, sub_account_id, subscription_id, phone_number_id, kind, status, amount, currency, lines, created_at, paid_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)`,
      [
        invoice.id,
        target.agencyId,
        target.subAccountId,
        target.subscriptionId ?? null,
        target.phoneNumberId ?? null,
        target.kind,
        status,
        amount.amount,
        amount.currency,
        JSON.stringify(toWire(target.lines ?? [])),
        now,
        status === 'paid' ? now : null,
      ],
    );
  } else if (before.status !== 'paid' && before.status !== status) {
    await q.query('UPDATE invoices SET status = $2, paid_at = $3 WHERE id = $1', [
      invoice.id,
      status,
      status === 'paid' ? now : null,
    ]);
  }
  const turnedPaid = status === 'paid' && before?.status !== 'paid';
  if (turnedPaid) {
    await addLedgerEntry(
      q,
      {
        agencyId: target.agencyId,
        subAccountId: target.subAccountId,
        kind: target.phoneNumberId ? 'number_charge' : 'charge',
        amount,
        invoiceId: invoice.id,
        phoneNumberId: target.phoneNumberId ?? null,
        memo: target.kind,
      },
      now,
    );
  }
  const finalStatus = before?.status === 'paid' ? 'paid' : status;
  return {
    id: invoice.id,
    url: invoice.hosted_invoice_url ?? fallbackUrl,
    amount,
    status: finalStatus === 'paid' ? 'paid' : 'open',
  };
}

/** A Stripe-billed period counts as paid while none of its subscription's invoices is open. */
export async function refreshPeriodPaid(q: Queryable, subscriptionId: string): Promise<void> {
  await q.query(
    `UPDATE subscriptions SET period_paid = NOT EXISTS (
       SELECT 1 FROM invoices i WHERE i.subscription_id = $1 AND i.status = 'open') WHERE id = $1`,
    [subscriptionId],
  );
}
