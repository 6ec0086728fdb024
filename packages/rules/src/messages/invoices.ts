import type { InvoiceMessageKey } from '../invoices/messages';

/** English for the lines of invoices and payment requests that are not a plan change's proration. */
export const invoiceMessages = {
  'invoice.line.period_fee': '{plan} from {start} to {end}',
  'invoice.line.usage': '{minutes, plural, one {# minute} other {# minutes}} beyond the included minutes × {rate}/min',
  'invoice.line.credit_applied': 'Credit balance applied',
} as const satisfies Readonly<Record<InvoiceMessageKey, string>>;
