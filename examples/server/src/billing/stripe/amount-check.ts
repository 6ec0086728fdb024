// The product promise: the amount previewed is the amount charged. Stripe computes its own
// proration and first invoices, so after each immediate change and each new subscription its
// invoice is compared with what we quoted; a disagreement is recorded (stripe_amount_mismatches)
// and logged with both figures.
import { type Money, toDecimalString, zero } from '@plankit/rules';
import type Stripe from 'stripe';
import type { Queryable } from '../../db/db';
import { recordAmountMismatch } from '../../store/stripe-links';
import { fromStripeAmount } from './amounts';

export interface InvoicedAsQuotedInput {
  readonly subscriptionId: string;
  readonly stripeSubscriptionId: string;
  /** The invoice the change raised; null when Stripe raised none (nothing charged). */
  readonly invoice: Stripe.Invoice | null;
  readonly quoted: Money;
  /** What `quoted` is, for the log line. Default "the quote's amountDueNow". */
  readonly quotedAs?: string;
  readonly now: Date;
}

const show = (m: Money): string => `${toDecimalString(m)} ${m.currency}`;

/** What Stripe charges, in ISO minor units. */
export function invoicedAmount(invoice: Stripe.Invoice | null, currency: string): Money {
  return invoice ? fromStripeAmount(invoice.amount_due, invoice.currency) : zero(currency);
}

/** True when Stripe invoiced exactly the quote; otherwise records the mismatch and warns. */
export async function checkInvoicedAsQuoted(
  q: Queryable,
  input: InvoicedAsQuotedInput,
  warn: (message: string) => void,
): Promise<boolean> {
  const { quoted, invoice } = input;
  const invoiced = invoicedAmount(invoice, quoted.currency);
  if (invoiced.amount === quoted.amount && invoiced.currency === quoted.currency) return true;
  await recordAmountMismatch(
    q,
    {
      subscriptionId: input.subscriptionId,
      stripeSubscriptionId: input.stripeSubscriptionId,
      stripeInvoiceId: invoice?.id ?? null,
      quoted,
      invoiced,
    },
    input.now,
  );
  warn(
    `Stripe invoiced ${show(invoiced)} (${invoice?.id ?? 'no invoice'}) for subscription ${input.subscriptionId} ` +
      `(Stripe ${input.stripeSubscriptionId}) but ${input.quotedAs ?? "the quote's amountDueNow"} was ${show(quoted)}.`,
  );
  return false;
}
