// Invoices, payment requests and credit: read, pay (the sub-account's users), mark paid and void
// (the agency). Every mutation takes an Idempotency-Key.
import {
  CreditBalanceView,
  CreditPoolView,
  InvoicePage,
  InvoicesQuery,
  InvoiceView,
  MarkInvoicePaidRequest,
  PayInvoiceRequest,
  PayInvoiceResult,
  VoidInvoiceRequest,
} from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import { parseWith, readJson, wireBody } from '../http';
import { runIdempotent } from '../idempotency';
import { agencyCredit, subAccountCredit } from '../services/credit';
import { invoiceFor, invoicePage, invoiceView, markInvoicePaid, payInvoice, voidInvoice } from '../services/invoices';

export function invoiceRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();

  app.get('/sub-accounts/:id/invoices', async (c) => {
    const query = parseWith(InvoicesQuery, c.req.query());
    return c.json(wireBody(InvoicePage, await invoicePage(deps, c.get('principal'), c.req.param('id'), query)));
  });

  app.get('/invoices/:id', async (c) => {
    const principal = c.get('principal');
    const invoice = await invoiceFor(deps.db, principal, c.req.param('id'));
    return c.json(wireBody(InvoiceView, await invoiceView(deps.db, principal, invoice, deps.links)));
  });

  app.post('/invoices/:id/pay', async (c) => {
    const body = parseWith(PayInvoiceRequest, await readJson(c));
    const principal = c.get('principal');
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(PayInvoiceResult, await payInvoice(deps, tx, principal, id, now)),
    );
  });

  app.post('/invoices/:id/mark-paid', async (c) => {
    const body = parseWith(MarkInvoicePaidRequest, await readJson(c));
    const principal = c.get('principal');
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(InvoiceView, await markInvoicePaid(deps, tx, principal, id, body.reference, now)),
    );
  });

  app.post('/invoices/:id/void', async (c) => {
    const body = parseWith(VoidInvoiceRequest, await readJson(c));
    const principal = c.get('principal');
    const id = c.req.param('id');
    return runIdempotent(deps, c, body, async (tx, now) =>
      wireBody(InvoiceView, await voidInvoice(deps, tx, principal, id, now)),
    );
  });

  app.get('/sub-accounts/:id/credit', async (c) => {
    return c.json(wireBody(CreditBalanceView, await subAccountCredit(deps.db, c.get('principal'), c.req.param('id'))));
  });

  app.get('/agency/credit', async (c) => {
    return c.json(wireBody(CreditPoolView, await agencyCredit(deps.db, c.get('principal'))));
  });

  return app;
}
