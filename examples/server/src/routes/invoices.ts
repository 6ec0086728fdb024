// Invoices, payment requests and credit: read, pay (the sub-account's users), mark paid and void
// (the agency). Every mutation takes an Idempotency-Key.
import { endpoints } from '@plankit/sdk/contract';
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../context';
import { agencyCredit, subAccountCredit } from '../services/credit';
import { invoiceFor, invoicePage, invoiceView, markInvoicePaid, payInvoice, voidInvoice } from '../services/invoices';
import { registerEndpoint } from './register';

export function invoiceRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  registerEndpoint(app, deps, endpoints.listInvoices, ({ c, params, query }) =>
    invoicePage(deps, c.get('principal'), params.id, query),
  );
  registerEndpoint(app, deps, endpoints.getInvoice, async ({ c, q, params }) => {
    const principal = c.get('principal');
    return invoiceView(q, principal, await invoiceFor(q, principal, params.id), deps.links);
  });
  registerEndpoint(app, deps, endpoints.payInvoice, ({ c, q, params, now }) =>
    payInvoice(deps, q, c.get('principal'), params.id, now),
  );
  registerEndpoint(app, deps, endpoints.markInvoicePaid, ({ c, q, params, body, now }) =>
    markInvoicePaid(deps, q, c.get('principal'), params.id, body.reference, now),
  );
  registerEndpoint(app, deps, endpoints.voidInvoice, ({ c, q, params, now }) =>
    voidInvoice(deps, q, c.get('principal'), params.id, now),
  );
  registerEndpoint(app, deps, endpoints.getSubAccountCredit, ({ c, q, params }) =>
    subAccountCredit(q, c.get('principal'), params.id),
  );
  registerEndpoint(app, deps, endpoints.getAgencyCredit, ({ c, q }) => agencyCredit(q, c.get('principal')));
  return app;
}
