// Stripe's invoices mirrored into our invoices and ledger, keyed by Stripe's invoice id, so the
// billing badge, open-invoice checks and ledger read the same tables as with the local provider.
// Paid is final: a late `payment_failed` never reopens a paid invoice, and the ledger records a
// charge once, when the mirror first sees the invoice paid.
import type { InvoiceLine } from '@plankit/rules';
import type Stripe from 'stripe';
import type { Queryable } from '../../db/db';
import { addLedgerEntry } from '../../store/ledger';
import {
  insertMirroredInvoice,
  type MirrorStatus,
  mirroredStatus,
  setMirroredStatus,
} from '../../store/mirrored-invoices';
import type { InvoiceRef } from '../provider';
import { fromStripeAmount } from './amounts';

export interface MirrorTarget {
  readonly agencyId: string;
  readonly subAccountId: string;
  readonly subscriptionId?: string | null;
  readonly phoneNumberId?: string | null;
  /** Our invoice kind (subscription_start, plan_change, renewal, number). */
  readonly kind: string;
  readonly lines?: readonly InvoiceLine[];
}

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

/** Stripe's invoice number (what the customer's receipt shows), once paid. */
const paidReference = (invoice: Stripe.Invoice): string | null =>
  invoice.status === 'paid' ? (invoice.number ?? invoice.id) : null;

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
  const before = await mirroredStatus(q, invoice.id);
  if (!before) {
    await insertMirroredInvoice(
      q,
      { ...target, id: invoice.id, status, amount, lines: target.lines ?? [], reference: paidReference(invoice) },
      now,
    );
  } else if (before !== 'paid' && before !== status) {
    await setMirroredStatus(q, invoice.id, status, paidReference(invoice), now);
  }
  const turnedPaid = status === 'paid' && before !== 'paid';
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
  const finalStatus = before === 'paid' ? 'paid' : status;
  return {
    id: invoice.id,
    url: invoice.hosted_invoice_url ?? fallbackUrl,
    amount,
    status: finalStatus === 'paid' ? 'paid' : 'open',
  };
}
