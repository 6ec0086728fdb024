import type { BillingDocument, BillingViewer } from './model';

/** What can be done to a document: pay it, record a bank transfer, or void it. */
export type DocumentAction = 'pay' | 'mark_paid' | 'void';

/**
 * The actions a viewer may take on a document. Only an open one is owed: paid, void, draft and
 * uncollectible documents offer nothing (a paid one cannot be voided). The client pays by card; the
 * agency settles offline requests (bank transfer received) or voids them. A card invoice's
 * collection is the provider's, so the agency gets no action on it.
 */
export function invoiceActions(
  invoice: Pick<BillingDocument, 'status' | 'kind'>,
  viewer: BillingViewer,
): DocumentAction[] {
  if (invoice.status !== 'open') return [];
  if (viewer === 'client') return ['pay'];
  return invoice.kind === 'payment_request' ? ['mark_paid', 'void'] : [];
}
