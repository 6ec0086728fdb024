import { useState } from 'react';
import { type Failure, toFailure } from '../numbers/failure';
import { type DocumentAction, invoiceActions } from './actions';
import type { BillingDocument, BillingViewer } from './model';

/** The host's handlers; an action shows only where its handler is given. */
export interface InvoiceHandlers {
  /** The client pays an open document (card on file or the hosted page). */
  onPay?: ((invoice: BillingDocument) => Promise<unknown> | undefined) | undefined;
  /** The agency records a bank transfer received, with its reference (may be empty). */
  onMarkPaid?: ((invoice: BillingDocument, reference: string) => Promise<unknown> | undefined) | undefined;
  /** The agency voids an open payment request. */
  onVoid?: ((invoice: BillingDocument) => Promise<unknown> | undefined) | undefined;
}

export interface InvoiceActionsState {
  /** The actions `viewer` may take on `invoice` that the host handles. */
  actionsFor(invoice: BillingDocument): DocumentAction[];
  run(action: DocumentAction, invoice: BillingDocument, reference?: string): Promise<void>;
  /** The action under way, if any: its buttons are disabled until it settles. */
  pending: { readonly id: string; readonly action: DocumentAction } | null;
  /** Why the last action failed, with the document it was for. */
  failure: { readonly id: string; readonly failure: Failure } | null;
}

/** Pay, Mark paid and Void without markup: who may, which one is running, and why one failed. */
export function useInvoiceActions(viewer: BillingViewer, handlers: InvoiceHandlers): InvoiceActionsState {
  const [pending, setPending] = useState<InvoiceActionsState['pending']>(null);
  const [failure, setFailure] = useState<InvoiceActionsState['failure']>(null);
  const handled: Record<DocumentAction, boolean> = {
    pay: handlers.onPay !== undefined,
    mark_paid: handlers.onMarkPaid !== undefined,
    void: handlers.onVoid !== undefined,
  };
  return {
    actionsFor: (invoice) => invoiceActions(invoice, viewer).filter((action) => handled[action]),
    pending,
    failure,
    run: async (action, invoice, reference = '') => {
      setPending({ id: invoice.id, action });
      setFailure(null);
      try {
        if (action === 'pay') await handlers.onPay?.(invoice);
        else if (action === 'mark_paid') await handlers.onMarkPaid?.(invoice, reference.trim());
        else await handlers.onVoid?.(invoice);
      } catch (error) {
        setFailure({ id: invoice.id, failure: toFailure(error) });
      } finally {
        setPending(null);
      }
    },
  };
}
