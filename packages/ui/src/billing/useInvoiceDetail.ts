import { useState } from 'react';
import type { MessageKey } from '../messages/en';
import type { DocumentAction } from './actions';
import type { BillingDocument, BillingViewer } from './model';
import { type InvoiceActionsState, type InvoiceHandlers, useInvoiceActions } from './useInvoiceActions';

export interface InvoiceDetailOptions extends InvoiceHandlers {
  invoice: BillingDocument;
  viewer: BillingViewer;
}

export interface InvoiceDetailState extends InvoiceActionsState {
  invoice: BillingDocument;
  actions: readonly DocumentAction[];
  /** What settled it, as a message with its values; null while unpaid. */
  settlement: { readonly key: MessageKey; readonly values: Readonly<Record<string, string | Date>> } | null;
  /** The bank transfer reference the agency types before Mark paid. */
  reference: string;
  setReference(value: string): void;
}

function settlementOf(invoice: BillingDocument): InvoiceDetailState['settlement'] {
  if (invoice.status !== 'paid' || invoice.settledBy === null || invoice.paidAt === null) return null;
  const date = invoice.paidAt;
  if (invoice.settledBy === 'bank_transfer' && invoice.settledReference) {
    return {
      key: 'invoiceDetail.settled.bank_transfer_reference',
      values: { date, reference: invoice.settledReference },
    };
  }
  return { key: `invoiceDetail.settled.${invoice.settledBy}`, values: { date } };
}

/** One document without markup: its lines and total, what settled it, and the actions the viewer may take. */
export function useInvoiceDetail({ invoice, viewer, ...handlers }: InvoiceDetailOptions): InvoiceDetailState {
  const actions = useInvoiceActions(viewer, handlers);
  const [reference, setReference] = useState('');
  return {
    ...actions,
    invoice,
    actions: actions.actionsFor(invoice),
    settlement: settlementOf(invoice),
    reference,
    setReference,
  };
}
