import type { InvoiceView } from '@plankit/sdk';
import type { DocumentAction } from './actions';
import { type InvoiceActionsState, type InvoiceHandlers, useInvoiceActions } from './useInvoiceActions';

export interface InvoiceListOptions extends InvoiceHandlers {
  /** Newest first, as the server pages them. */
  invoices: readonly InvoiceView[];
}

export interface InvoiceListState extends InvoiceActionsState {
  rows: readonly { readonly invoice: InvoiceView; readonly actions: readonly DocumentAction[] }[];
  empty: boolean;
}

/** The invoice list without markup: each document with the actions the server allows and the host handles. */
export function useInvoiceList({ invoices, ...handlers }: InvoiceListOptions): InvoiceListState {
  const actions = useInvoiceActions(handlers);
  return {
    ...actions,
    rows: invoices.map((invoice) => ({ invoice, actions: actions.actionsFor(invoice) })),
    empty: invoices.length === 0,
  };
}
