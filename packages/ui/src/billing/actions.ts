import type { InvoiceView } from '@plankit/sdk';

/** What can be done to a document: pay it, record a bank transfer, or void it. */
export type DocumentAction = 'pay' | 'mark_paid' | 'void';

const FIELD = { pay: 'pay', mark_paid: 'markPaid', void: 'void' } as const satisfies Record<
  DocumentAction,
  keyof InvoiceView['actions']
>;
const ORDER: readonly DocumentAction[] = ['pay', 'mark_paid', 'void'];

/**
 * The actions the server allows the caller on a document, in button order. The server decides (who
 * the caller is, the document's status and kind) and says so in `actions`; the kit only reads it.
 */
export function invoiceActions(invoice: Pick<InvoiceView, 'actions'>): DocumentAction[] {
  return ORDER.filter((action) => invoice.actions[FIELD[action]].allowed);
}
