import type { MessageRef, MessageValue } from '../types';

/** English for the lines of invoices and payment requests that are not a plan change's proration. */
export const invoiceMessages = {
  'invoice.line.period_fee': '{plan} from {start} to {end}',
  'invoice.line.usage': '{minutes, plural, one {# minute} other {# minutes}} beyond the included minutes × {rate}/min',
  'invoice.line.credit_applied': 'Credit balance applied',
} as const satisfies Record<string, string>;

export type InvoiceMessageKey = keyof typeof invoiceMessages;

/** Every invoice message key, for catalogs that must cover them all. */
export const INVOICE_MESSAGE_KEYS = Object.keys(invoiceMessages) as InvoiceMessageKey[];

export function invoiceMessage(
  key: InvoiceMessageKey,
  values?: Readonly<Record<string, MessageValue>>,
): MessageRef<InvoiceMessageKey> {
  return values === undefined ? { key } : { key, values };
}
