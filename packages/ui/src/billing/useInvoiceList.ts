import type { DocumentAction } from './actions';
import type { BillingDocument, BillingViewer } from './model';
import { type InvoiceActionsState, type InvoiceHandlers, useInvoiceActions } from './useInvoiceActions';

export interface InvoiceListOptions extends InvoiceHandlers {
  /** Newest first, as the server pages them. */
  invoices: readonly BillingDocument[];
  viewer: BillingViewer;
}

export interface InvoiceListState extends InvoiceActionsState {
  rows: readonly { readonly invoice: BillingDocument; readonly actions: readonly DocumentAction[] }[];
  empty: boolean;
}

/** The invoice list without markup: each document with the actions the viewer may take on it. */
export function useInvoiceList({ invoices, viewer, ...handlers }: InvoiceListOptions): InvoiceListState {
  const actions = useInvoiceActions(viewer, handlers);
  return {
    ...actions,
    rows: invoices.map((invoice) => ({ invoice, actions: actions.actionsFor(invoice) })),
    empty: invoices.length === 0,
  };
}
