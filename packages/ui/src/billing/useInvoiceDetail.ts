import type { InvoiceView } from '@plankit/sdk';
import type { MessageKey } from '../messages/en';
import type { DocumentAction } from './actions';
import { type InvoiceActionsState, type InvoiceHandlers, useInvoiceActions } from './useInvoiceActions';

export interface InvoiceDetailOptions extends InvoiceHandlers {
  invoice: InvoiceView;
}

export interface InvoiceDetailState extends InvoiceActionsState {
  invoice: InvoiceView;
  actions: readonly DocumentAction[];
  /** What settled it, as a message with its values; null while unpaid. */
  settlement: { readonly key: MessageKey; readonly values: Readonly<Record<string, string | Date>> } | null;
}

function settlementOf(invoice: InvoiceView): InvoiceDetailState['settlement'] {
  const { settlement } = invoice;
  if (invoice.status !== 'paid' || settlement === null) return null;
  const date = settlement.at;
  if (settlement.method === 'bank_transfer' && settlement.reference) {
    return { key: 'invoiceDetail.settled.bank_transfer_reference', values: { date, reference: settlement.reference } };
  }
  return { key: `invoiceDetail.settled.${settlement.method}`, values: { date } };
}

/** One document without markup: its lines and total, what settled it, and the actions the server allows. */
export function useInvoiceDetail({ invoice, ...handlers }: InvoiceDetailOptions): InvoiceDetailState {
  const actions = useInvoiceActions(handlers);
  return { ...actions, invoice, actions: actions.actionsFor(invoice), settlement: settlementOf(invoice) };
}
