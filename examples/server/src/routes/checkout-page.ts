// The local provider's payment pages: a checkout with Pay and Decline, and a read-only invoice.
// They stand in for Stripe's hosted pages so the product works offline, in development and in
// production alike. Each opens only through its signed, expiring link (page-links.ts).
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { AppEnv, ServerDeps } from '../context';
import { settleCheckout } from '../services/numbers/checkout';
import { checkoutSummary, loadCheckout } from '../store/checkouts';
import { findInvoice } from '../store/invoices';
import { paymentMethodOf, subAccountName } from '../store/sub-accounts';
import { lineAmount, lineText } from './invoice-lines';

function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount / 100);
}

const style = raw(`<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f5f7; color: #1d2433; }
  main { background: #fff; border-radius: 12px; box-shadow: 0 4px 24px rgb(0 0 0 / .08); padding: 32px; width: min(420px, 92vw); }
  h1 { font-size: 1.25rem; margin: 0 0 4px; } p { margin: 4px 0; color: #4a5468; }
  .amount { font-size: 2rem; font-weight: 700; margin: 16px 0; color: #1d2433; }
  .actions { display: flex; gap: 12px; margin-top: 24px; }
  button { flex: 1; font: inherit; padding: 10px 16px; border-radius: 8px; border: 1px solid #c7ccd6; background: #fff; cursor: pointer; }
  button.pay { background: #3451d1; border-color: #3451d1; color: #fff; font-weight: 600; }
  button:focus-visible { outline: 3px solid #95a8ff; outline-offset: 2px; }
  table.lines { width: 100%; border-collapse: collapse; margin: 12px 0; } .lines td, .lines th { padding: 4px 0; text-align: left; } .lines .num { text-align: right; white-space: nowrap; }
  .status { padding: 8px 12px; border-radius: 8px; background: #eef1f6; }
  @media (prefers-color-scheme: dark) { body { background: #10131a; color: #e6e9f0; } main { background: #1a1f2b; } p { color: #aab3c5; } .amount { color: #e6e9f0; } button { background: #242b3a; color: #e6e9f0; border-color: #3a4356; } .status { background: #242b3a; } }
</style>`);

const expired = html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link expired</title>${style}</head>
<body><main><h1>This link has expired</h1><p>Return to the app and open the page again: links open their page for an hour.</p></main></body></html>`;

export function checkoutPageRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>();

  app.get('/checkout/:id/:access', async (c) => {
    const id = c.req.param('id');
    if (!deps.links.verify('checkout', id, c.req.param('access'))) return c.html(expired, 404);
    const checkout = await loadCheckout(deps.db, id);
    // Another provider's checkout is paid on that provider's page only.
    if (checkout?.provider !== 'local')
      return c.html(
        html`<!doctype html><title>Checkout not found</title>${style}<main><h1>Checkout not found</h1><p>Return to the app and press Pay Now again.</p></main>`,
        404,
      );
    const info = await checkoutSummary(deps.db, id);
    const open = checkout.status === 'open';
    return c.html(html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pay for ${info?.e164 ?? 'your number'}</title>${style}</head>
<body><main>
  <h1>Activate phone number ${info?.e164 ?? ''}</h1>
  <p>${info?.sub_account ?? ''} · billed monthly, starting today</p>
  <div class="amount">${info ? formatMoney(info.amount, info.currency) : ''}<span style="font-size:1rem;font-weight:400"> / month</span></div>
  ${
    open
      ? html`<form method="post" class="actions">
    <button class="pay" type="submit" formaction="/checkout/${encodeURIComponent(id)}/${c.req.param('access')}/pay">Pay</button>
    <button type="submit" formaction="/checkout/${encodeURIComponent(id)}/${c.req.param('access')}/decline">Decline</button>
  </form>`
      : html`<p class="status" role="status">This checkout is ${checkout.status}.</p>`
  }
  <p style="margin-top:16px;font-size:.85rem">Local test payments: nothing is charged to a real card.</p>
</main></body></html>`);
  });

  for (const action of ['pay', 'decline'] as const) {
    app.post(`/checkout/:id/:access/${action}`, async (c) => {
      const id = c.req.param('id');
      if (!deps.links.verify('checkout', id, c.req.param('access'))) return c.html(expired, 404);
      const now = deps.clock.now();
      const settled = await deps.db.transaction(async (tx) => {
        const checkout = await loadCheckout(tx, id);
        if (checkout?.provider !== 'local') return null;
        const method = await paymentMethodOf(tx, checkout.sub_account_id);
        // The seeded declining card fails here, as a real card would at the provider.
        const outcome = action === 'pay' && method === 'card' ? 'complete' : 'declined';
        return settleCheckout(deps, tx, id, outcome, now);
      });
      if (!settled) return c.text('Checkout not found', 404);
      const url = new URL(settled.return_url);
      url.searchParams.set('checkout', id);
      url.searchParams.set('status', settled.status);
      return c.redirect(url.toString(), 303);
    });
  }

  app.get('/invoices/:id/:access', async (c) => {
    if (!deps.links.verify('invoices', c.req.param('id'), c.req.param('access'))) return c.html(expired, 404);
    const invoice = await findInvoice(deps.db, c.req.param('id'));
    if (!invoice)
      return c.html(
        html`<!doctype html><title>Invoice not found</title>${style}<main><h1>Invoice not found</h1></main>`,
        404,
      );
    const owner = invoice.subAccountId ? await subAccountName(deps.db, invoice.subAccountId) : null;
    // The lines the preview showed (and credit applied), each with its amount; then the total.
    const lines = invoice.lines.map(
      (line) => html`<tr><td>${lineText(line)}</td><td class="num">${lineAmount(line)}</td></tr>`,
    );
    return c.html(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Invoice ${invoice.id}</title>${style}</head>
<body><main><h1>Invoice ${invoice.id}</h1><p>${owner?.name ?? ''}</p>
<div class="amount">${formatMoney(invoice.total.amount, invoice.total.currency)}</div>
<p>${invoice.kind.replaceAll('_', ' ')} · ${invoice.createdAt.toISOString().slice(0, 10)}</p>
${lines.length > 0 ? html`<table class="lines"><tbody>${lines}</tbody><tfoot><tr><th>Total</th><td class="num">${formatMoney(invoice.total.amount, invoice.total.currency)}</td></tr></tfoot></table>` : ''}
<p class="status" role="status">Status: ${invoice.status}</p></main></body></html>`);
  });

  return app;
}
