import type { InvoiceView } from '@plankit/sdk';
import { useState } from 'react';
import { type Failure, toFailure } from '../numbers/failure';
import { type DocumentAction, invoiceActions } from './actions';
import { referenceProblem } from './reference';

/** The host's handlers; an action the server allows shows only where its handler is given. */
export interface InvoiceHandlers {
  /** The client pays an open document (card on file or the hosted page). */
  onPay?: ((invoice: InvoiceView) => Promise<unknown> | undefined) | undefined;
  /** The agency records a bank transfer received, with its reference (1–200 characters, trimmed). */
  onMarkPaid?: ((invoice: InvoiceView, reference: string) => Promise<unknown> | undefined) | undefined;
  /** The agency voids an open payment request. */
  onVoid?: ((invoice: InvoiceView) => Promise<unknown> | undefined) | undefined;
}

export interface InvoiceActionsState {
  /** The actions the server allows on `invoice` (its `actions`) that the host handles. */
  actionsFor(invoice: InvoiceView): DocumentAction[];
  /** Runs an action; Mark paid is not sent while its reference breaks the server's rule. */
  run(action: DocumentAction, invoice: InvoiceView, reference?: string): Promise<void>;
  /** The action under way, if any: its buttons are disabled until it settles. */
  pending: { readonly id: string; readonly action: DocumentAction } | null;
  /** Why the last action failed, with the document it was for. */
  failure: { readonly id: string; readonly failure: Failure } | null;
}

/** Pay, Mark paid and Void without markup: which the server allows, which one runs, why one failed. */
export function useInvoiceActions(handlers: InvoiceHandlers): InvoiceActionsState {
  const [pending, setPending] = useState<InvoiceActionsState['pending']>(null);
  const [failure, setFailure] = useState<InvoiceActionsState['failure']>(null);
  const handled: Record<DocumentAction, boolean> = {
    pay: handlers.onPay !== undefined,
    mark_paid: handlers.onMarkPaid !== undefined,
    void: handlers.onVoid !== undefined,
  };
  return {
    actionsFor: (invoice) => invoiceActions(invoice).filter((action) => handled[action]),
    pending,
    failure,
    run: async (action, invoice, reference = '') => {
      if (action === 'mark_paid' && referenceProblem(reference) !== null) return;
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
