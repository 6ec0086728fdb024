// "Fix a payment issue, then retry the plan change" on the real server: Fjord Agency's policy blocks
// plan changes while a payment request is open. Larch Outfitters is on Fjord Basic (invoiced)
// ($30/mo, 14 due days) since Nov 19 10:00, its first $30.00 request open and due Dec 3.
import { mkdirSync } from 'node:fs';
import type { SubAccountDetailDto } from '@plankit/sdk/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { done, expectNoAxeViolations, screenshotsDir, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible } from './ui';

const FJORD = 'tok_owner_fjord';
let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const invoices = (page: Page) => page.getByRole('region', { name: 'Invoices and payment requests' });
const request = (page: Page) => invoices(page).getByRole('row').filter({ hasText: '$30.00' }).first();

async function shot(page: Page, name: string) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: `${screenshotsDir}${name}.png`, fullPage: true });
}

describe('given an open payment request under a policy that blocks plan changes (Larch Outfitters, Fjord)', () => {
  it('Change plan says why it is refused; marked paid on the Billing tab, the retried change applies', async () => {
    const page = await world.open('/users/sa_fjord_larch', { as: FJORD });

    await page.getByRole('button', { name: 'Change plan' }).click();
    const refused = dialog(page, 'Change plan');
    await expectVisible(refused, 'The plan cannot be changed');
    await expectVisible(refused, 'The sub-account has an open invoice. Settle the open invoice, then change the plan.');
    expect(await refused.getByRole('radio').count()).toBe(0);
    await shot(page, 'fix-then-retry-refused');
    await refused.getByRole('button', { name: 'Close', exact: true }).first().click();

    // The fix: the agency records the bank transfer on the same Billing tab.
    await expectText(request(page).locator('.plankit-badge'), 'Open');
    await expectText(request(page).locator('[data-slot="invoice-due"]'), 'Dec 3, 2026');
    await request(page).getByRole('button', { name: 'Mark paid' }).click();
    const form = invoices(page).locator('[data-slot="mark-paid"]');
    await form.getByLabel('Bank transfer reference').fill('TRX-LARCH-1122');
    await form.getByRole('button', { name: 'Mark paid' }).click();
    await expectText(request(page).locator('.plankit-badge'), 'Paid');
    await shot(page, 'fix-then-retry-marked-paid');

    // The retry: Fjord Basic → Fjord Plus, an offline upgrade: $50.00 − $30.00 = $20.00 as credit.
    await page.getByRole('button', { name: 'Change plan' }).click();
    const d = dialog(page, 'Change plan');
    await d.getByRole('radio', { name: /^Fjord Plus \(invoiced\)/ }).check();
    await expectText(d.locator('[data-slot="credit"]'), '$20.00');
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, /\$20\.00 was added to the credit balance/);
    await shot(page, 'fix-then-retry-applied');
    await page.keyboard.press('Escape');

    const credit = page.getByRole('region', { name: 'Credit balance' });
    await expectText(credit.locator('[data-slot="credit-amount"]'), '$20.00');
    // Fjord's pool: $200.00 − $20.00.
    const pool = page.getByRole('region', { name: 'Agency credit pool' });
    await expectVisible(pool, '$180.00');
    await expectVisible(pool, 'Moved to Larch Outfitters for an upgrade to Fjord Plus (invoiced)');
    const after = await world.api<SubAccountDetailDto>(FJORD, '/v1/sub-accounts/sa_fjord_larch');
    expect([after.subAccount.subscription?.terms.id, after.billingBadge, after.openInvoice]).toEqual([
      'plan_fjord_plus',
      'active',
      null,
    ]);
    await expectNoAxeViolations(page);
    await done(page);
  });
});
