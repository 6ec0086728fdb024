// "Fix a payment issue, then retry the plan change" on the real server: Fjord Agency's policy blocks
// plan changes while a payment request is open. Larch Outfitters is on Fjord Basic (invoiced)
// ($30/mo, 14 due days) since Nov 19 10:00, its first $30.00 request open and due Dec 3.
import { mkdirSync } from 'node:fs';
import type { SubAccountDetailDto } from '@plankit/sdk/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { done, expectNoAxeViolations, screenshotsDir, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible } from './ui';

const DAY = 24 * 60 * 60;

const FJORD = 'tok_owner_fjord';
let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});
beforeEach(async () => {
  await world.server.reset();
});

const invoices = (page: Page) => page.getByRole('region', { name: 'Invoices and payment requests' });
const request = (page: Page, amount = '$30.00') => invoices(page).getByRole('row').filter({ hasText: amount }).first();

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

describe("the agency's payment banner (Larch Outfitters' open $30.00 request)", () => {
  it('Mark paid on the banner opens the request at its reference field; recorded, the banner goes', async () => {
    const page = await world.open('/users/sa_fjord_larch', { as: FJORD });
    const card = page.locator('[data-slot="subscription-card"]');
    await expectVisible(card, 'Payment request open: $30.00');
    const fix = card.locator('[data-slot="payment-fix"]');
    expect(await fix.textContent()).toBe('Mark paid');
    await fix.click();
    const reference = page.locator('[data-slot="mark-paid"]').getByLabel('Bank transfer reference');
    await expect.poll(() => reference.evaluate((el) => el === document.activeElement)).toBe(true);
    await reference.fill('TRX-LARCH-BANNER');
    await page.locator('[data-slot="mark-paid"]').getByRole('button', { name: 'Mark paid' }).click();
    await expectText(request(page).locator('.plankit-badge'), 'Paid');
    await expect.poll(() => card.locator('[data-slot="payment-fix"]').count()).toBe(0);
    const after = await world.api<SubAccountDetailDto>(FJORD, '/v1/sub-accounts/sa_fjord_larch');
    expect([after.billingBadge, after.openInvoice]).toEqual(['active', null]);
    await shot(page, 'agency-banner-mark-paid');
    await done(page);
  });
});

describe("the client's payment banner (Bluebird Bakery on Basic (invoiced), past due)", () => {
  it('Pay now on the banner pays the $20.00 request by card and the badge returns to Active', async () => {
    await world.post('/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_offline_basic' }, 'e2e-bb-assign');
    await world.post('/v1/sub-accounts/sa_bluebird/subscription', {}, 'e2e-bb-start');
    // Due Dec 6 10:00; on Dec 7 10:00 it is past due, Blocked from Dec 13 10:00.
    await world.post('/v1/dev/clock', { advanceSeconds: 15 * DAY }, 'e2e-bb-clock');
    const page = await world.open('/billing', { as: 'tok_bluebird' });
    const card = page.locator('[data-slot="subscription-card"]');
    await expectText(card.locator('[data-slot="badge"]').first(), 'Past Due');
    await expectVisible(card, 'Payment request open: $20.00');
    expect(await card.locator('[data-slot="payment-fix"]').textContent()).toBe('Pay now');
    await card.locator('[data-slot="payment-fix"]').click();
    await expectText(card.locator('[data-slot="badge"]').first(), 'Active');
    expect(await card.locator('[data-slot="payment-fix"]').count()).toBe(0);
    await expectText(request(page, '$20.00').locator('.plankit-badge'), 'Paid');
    await shot(page, 'client-banner-paid');
    await done(page);
  });
});
