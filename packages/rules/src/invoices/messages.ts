import type { MessageRef, MessageValue } from '../types';

/**
 * Every key of the lines of invoices and payment requests that are not a plan change's proration.
 * Keys only: their English is `invoiceMessages` in `@plankit/rules/messages`.
 */
export const INVOICE_MESSAGE_KEYS = [
  'invoice.line.period_fee',
  'invoice.line.usage',
  'invoice.line.credit_applied',
] as const;

export type InvoiceMessageKey = (typeof INVOICE_MESSAGE_KEYS)[number];

export function invoiceMessage(
  key: InvoiceMessageKey,
  values?: Readonly<Record<string, MessageValue>>,
): MessageRef<InvoiceMessageKey> {
  return values === undefined ? { key } : { key, values };
}
