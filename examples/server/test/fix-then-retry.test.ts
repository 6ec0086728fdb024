// "Fix a payment issue, then retry the plan change" on the seeds: Fjord Agency's policy blocks plan
// changes while a payment request is open. Larch Outfitters is on Fjord Basic (invoiced) ($30/mo,
// 14 due days) since Nov 19 10:00Z, its first $30.00 request still open; the clock stands at Nov 22.
import { ChangePlanContext, ChangePlanResult, InvoicePage, SubAccountDetail } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, quoteAndConfirm, useServer } from './helpers';
import { wireOf } from './wire';

const { api } = useServer();
const FJORD = 'tok_owner_fjord';
const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('given an open payment request under a policy that blocks (Larch Outfitters, Fjord)', () => {
  it('refuses Change plan with open_invoice until the agency marks the request paid, then the retry applies', async () => {
    const context = wireOf(
      ChangePlanContext,
      (await api.get('/v1/sub-accounts/sa_fjord_larch/change-plan', { token: FJORD })).body,
    );
    expect(context.permission).toEqual({ allowed: false, reason: 'open_invoice' });
    const refused = await quoteAndConfirm(api, 'sa_fjord_larch', 'plan_fjord_plus', FJORD);
    expect([refused.status, errorCode(refused.body)]).toEqual([422, 'open_invoice']);

    const page = wireOf(
      InvoicePage,
      (await api.get('/v1/sub-accounts/sa_fjord_larch/invoices', { token: FJORD })).body,
    );
    const open = page.items.filter((i) => i.status === 'open');
    expect(open.map((i) => [i.total, i.dueAt])).toEqual([[usd(3000), '2026-12-03T10:00:00.000Z']]);
    const paid = await api.post(`/v1/invoices/${open[0]?.id}/mark-paid`, { reference: 'BT-LARCH-1' }, { token: FJORD });
    expect(paid.status).toBe(200);

    const retried = await quoteAndConfirm(api, 'sa_fjord_larch', 'plan_fjord_plus', FJORD);
    expect(retried.status).toBe(200);
    const result = wireOf(ChangePlanResult, retried.body);
    // An offline upgrade: the $20.00 price difference as credit, nothing charged now.
    expect([result.amountCharged, result.creditGranted]).toEqual([usd(0), usd(2000)]);
    const detail = wireOf(SubAccountDetail, (await api.get('/v1/sub-accounts/sa_fjord_larch', { token: FJORD })).body);
    expect([detail.subAccount.subscription?.terms.id, detail.billingBadge, detail.openInvoice]).toEqual([
      'plan_fjord_plus',
      'active',
      null,
    ]);
  });

  it("leaves the other agencies' policy alone: Northwind still changes Yarrow's plan with its request open", async () => {
    const response = await quoteAndConfirm(api, 'sa_yarrow', 'plan_pro');
    expect(response.status).toBe(200);
  });
});
