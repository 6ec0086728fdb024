// Invoices and payment requests for their readers: who may see one, what the caller may do with
// it (pay, mark paid, void) and why not, and the actions themselves, each audited.
import type { InvoiceActionRefusal, InvoiceKind } from '@plankit/sdk/contract';
import { INVOICE_KINDS } from '@plankit/sdk/contract';
import type { Principal, ServerDeps } from '../context';
import type { Queryable } from '../db/db';
import { fail, invalid, notFound } from '../errors';
import type { PageLinks } from '../page-links';
import {
  findInvoice,
  type InvoiceRecord,
  listInvoices,
  settleInvoice,
  userNames,
  voidInvoiceRow,
} from '../store/invoices';
import { refreshPeriodPaid } from '../store/mirrored-invoices';
import { subAccountFor } from './access';

type Action = { allowed: boolean; reason: InvoiceActionRefusal | null };
const allowed: Action = { allowed: true, reason: null };
const refusedFor = (reason: InvoiceActionRefusal): Action => ({ allowed: false, reason });

/** A payment request is an offline plan's: it carries due and Blocked instants. */
const isRequest = (invoice: InvoiceRecord) => invoice.deadlines !== null;

/** Why the caller may not take `action` now; null when it may. One order for the view and the calls. */
export function refusalOf(
  principal: Principal,
  invoice: InvoiceRecord,
  action: 'pay' | 'markPaid' | 'void',
): InvoiceActionRefusal | null {
  const isAgency = principal.actor.kind === 'agency_member';
  if (action === 'pay' && isAgency) return 'not_sub_account_user';
  if (action !== 'pay' && !isAgency) return 'not_agency_member';
  if (invoice.status !== 'open') return 'invoice_not_open';
  if (action !== 'pay' && !isRequest(invoice)) return 'invoice_not_offline';
  return null;
}

function refuseUnlessAllowed(principal: Principal, invoice: InvoiceRecord, action: 'pay' | 'markPaid' | 'void') {
  const reason = refusalOf(principal, invoice, action);
  if (reason === 'invoice_not_open') fail(reason, { status: invoice.status });
  if (reason !== null) fail(reason);
}

/** The invoice if the caller may see it (its sub-account is visible to them); not_found otherwise. */
export async function invoiceFor(
  q: Queryable,
  principal: Principal,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<InvoiceRecord> {
  const invoice = await findInvoice(q, id, options);
  if (!invoice || invoice.subAccountId === null) notFound('invoice');
  try {
    await subAccountFor(q, principal, invoice.subAccountId);
  } catch {
    notFound('invoice');
  }
  return invoice;
}

const kindOf = (kind: string): InvoiceKind =>
  (INVOICE_KINDS as readonly string[]).includes(kind) ? (kind as InvoiceKind) : 'plan_change';

/** InvoiceView: the document as the caller sees it, with a fresh signed hosted link. */
export async function invoiceViews(
  q: Queryable,
  principal: Principal,
  invoices: readonly InvoiceRecord[],
  links: PageLinks,
) {
  const ids = invoices.flatMap((i) => [i.settledByUser, i.voidedByUser]).filter((id): id is string => id !== null);
  const names = await userNames(q, [...new Set(ids)]);
  const actor = (id: string | null) => (id === null ? null : { userId: id, name: names.get(id) ?? id });
  return invoices.map((invoice) => {
    const action = (name: 'pay' | 'markPaid' | 'void') => {
      const reason = refusalOf(principal, invoice, name);
      return reason === null ? allowed : refusedFor(reason);
    };
    return {
      id: invoice.id,
      subAccountId: invoice.subAccountId ?? '',
      document: isRequest(invoice) ? ('payment_request' as const) : ('invoice' as const),
      kind: kindOf(invoice.kind),
      status: invoice.status,
      total: invoice.total,
      lines: invoice.lines,
      period: invoice.period,
      dueAt: invoice.deadlines?.dueAt ?? null,
      blockedAt: invoice.deadlines?.blockedAt ?? null,
      createdAt: invoice.createdAt,
      settlement:
        invoice.status === 'paid' && invoice.settledBy !== null
          ? {
              method: invoice.settledBy,
              reference: invoice.settledReference,
              at: invoice.paidAt ?? invoice.createdAt,
              by: actor(invoice.settledByUser),
            }
          : null,
      voided:
        invoice.status === 'void'
          ? { at: invoice.voidedAt ?? invoice.createdAt, by: actor(invoice.voidedByUser) }
          : null,
      hostedUrl: links.url('invoices', invoice.id),
      actions: { pay: action('pay'), markPaid: action('markPaid'), void: action('void') },
    };
  });
}

export async function invoiceView(q: Queryable, principal: Principal, invoice: InvoiceRecord, links: PageLinks) {
  const [view] = await invoiceViews(q, principal, [invoice], links);
  if (!view) notFound('invoice');
  return view;
}

export const INVOICES_DEFAULT_LIMIT = 20;

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = /^(\d{1,15}):([A-Za-z0-9_-]{1,200})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1] || !match[2]) invalid('The cursor is not valid. Start again without a cursor.');
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

const encodeCursor = (invoice: InvoiceRecord) =>
  Buffer.from(`${invoice.createdAt.getTime()}:${invoice.id}`).toString('base64url');

/** A page of a sub-account's invoices and requests, newest first. */
export async function invoicePage(
  deps: ServerDeps,
  principal: Principal,
  subAccountId: string,
  query: { cursor?: string | undefined; limit?: string | undefined },
) {
  const { subAccount } = await subAccountFor(deps.db, principal, subAccountId);
  const limit = query.limit === undefined ? INVOICES_DEFAULT_LIMIT : Number(query.limit);
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const page = await listInvoices(deps.db, subAccount.id, { limit, before });
  const last = page.items.at(-1);
  return {
    items: await invoiceViews(deps.db, principal, page.items, deps.links),
    nextCursor: page.hasMore && last ? encodeCursor(last) : null,
  };
}

/** The document after an action; its period counts as paid once none of its requests is open. */
async function settled(tx: Queryable, principal: Principal, id: string): Promise<InvoiceRecord> {
  const invoice = await invoiceFor(tx, principal, id);
  if (invoice.subscriptionId !== null) await refreshPeriodPaid(tx, invoice.subscriptionId);
  return invoice;
}

/** The sub-account's user pays an open document: the card on file, or the provider's hosted page. */
export async function payInvoice(deps: ServerDeps, tx: Queryable, principal: Principal, id: string, now: Date) {
  const invoice = await invoiceFor(tx, principal, id, { forUpdate: true });
  refuseUnlessAllowed(principal, invoice, 'pay');
  const outcome = await deps.billing.payInvoice(
    { tx, now, agencyId: invoice.agencyId },
    { invoice, payerUserId: principal.user.id },
  );
  const after = await settled(tx, principal, id);
  return { invoice: await invoiceView(tx, principal, after, deps.links), redirectUrl: outcome.redirectUrl };
}

/** The agency records a bank transfer received for an open payment request. */
export async function markInvoicePaid(
  deps: ServerDeps,
  tx: Queryable,
  principal: Principal,
  id: string,
  reference: string,
  now: Date,
) {
  const invoice = await invoiceFor(tx, principal, id, { forUpdate: true });
  refuseUnlessAllowed(principal, invoice, 'markPaid');
  await settleInvoice(tx, id, { method: 'bank_transfer', reference: reference.trim(), byUser: principal.user.id }, now);
  return invoiceView(tx, principal, await settled(tx, principal, id), deps.links);
}

/** The agency voids an open payment request; a paid one cannot be voided. */
export async function voidInvoice(deps: ServerDeps, tx: Queryable, principal: Principal, id: string, now: Date) {
  const invoice = await invoiceFor(tx, principal, id, { forUpdate: true });
  refuseUnlessAllowed(principal, invoice, 'void');
  await voidInvoiceRow(tx, id, principal.user.id, now);
  return invoiceView(tx, principal, await settled(tx, principal, id), deps.links);
}
