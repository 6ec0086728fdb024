// Money after the change, on the real server: an offline request marked paid by the agency with its
// bank transfer reference, and an offline upgrade's credit applied to the next payment request.
// Amounts are the seed's plans, computed by hand.
import { mkdirSync } from 'node:fs';
import type { SubAccountDetailDto } from '@plankit/sdk/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { done, expectNoAxeViolations, OWNER, screenshotsDir, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible } from './ui';

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

const DAY = 24 * 60 * 60;
const detail = (id: string) => world.api<SubAccountDetailDto>(OWNER, `/v1/sub-accounts/${id}`);
const post = (path: string, body: unknown, key: string) => world.post(path, body, key);
const badge = (page: Page) => page.locator('.page-lede [data-slot="badge"]').first();
const invoices = (page: Page) => page.getByRole('region', { name: 'Invoices and payment requests' });
const row = (page: Page, text: string | RegExp) => invoices(page).getByRole('row').filter({ hasText: text }).first();
const lines = (page: Page) =>
  page
    .locator('[data-slot="invoice-detail"] [data-slot="invoice-lines"] li')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));

async function shot(page: Page, name: string) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: `${screenshotsDir}${name}.png`, fullPage: true });
}

describe('given an offline client past due (Cedar Dental on Basic (invoiced))', () => {
  it('the agency marks the payment request paid with its reference and the badge returns to Active', async () => {
    await post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_offline_basic' }, 'e2e-cedar-assign');
    await post('/v1/sub-accounts/sa_cedar/subscription', {}, 'e2e-cedar-start');
    // Started Nov 22 10:00 with 14 due days: Past Due from Dec 6 10:00, Blocked from Dec 13 10:00.
    await post('/v1/dev/clock', { advanceSeconds: 15 * DAY }, 'e2e-cedar-clock');
    expect((await detail('sa_cedar')).billingBadge).toBe('past_due');

    const page = await world.open('/users/sa_cedar');
    await expectText(badge(page), 'Past Due');
    const request = row(page, '$20.00');
    await expectText(request.locator('.plankit-badge'), 'Open');
    await expectText(request.locator('[data-slot="invoice-due"]'), 'Dec 6, 2026');
    await request.getByRole('button', { name: 'Mark paid' }).click();
    const form = invoices(page).locator('[data-slot="mark-paid"]');
    const confirm = form.getByRole('button', { name: 'Mark paid' });
    // No reference yet: disabled, and it says why.
    expect(await confirm.isDisabled()).toBe(true);
    await expectText(
      form.locator('[data-slot="mark-paid-why"]'),
      'Enter the transfer’s reference to mark this request paid.',
    );
    await form.getByLabel('Bank transfer reference').fill('TRX-CEDAR-1206');
    await confirm.click();

    await expectText(row(page, '$20.00').locator('.plankit-badge'), 'Paid');
    await expectText(badge(page), 'Active');
    const after = await detail('sa_cedar');
    expect(after.billingBadge).toBe('active');
    expect(after.openInvoice).toBeNull();
    await row(page, '$20.00').getByRole('button', { name: 'Details' }).click();
    await expectVisible(page, 'Bank transfer received on Dec 7, 2026 (reference TRX-CEDAR-1206)');
    await expectNoAxeViolations(page);
    await shot(page, 'agency-billing-marked-paid');
    await done(page);
  });
});

describe('given an offline client that upgrades (Summit Logistics, Basic → Plus (invoiced))', () => {
  it("shows the upgrade's credit on its balance and applies it to the next payment request, both lines shown", async () => {
    const page = await world.open('/users/sa_summit');
    await page.getByRole('button', { name: 'Change plan' }).click();
    const d = dialog(page, 'Change plan');
    await d.getByRole('radio', { name: /^Plus \(invoiced\)/ }).check();
    // offline_upgrade: 4,000 − 2,000 = 2,000 from the agency pool, not prorated.
    await expectText(d.locator('[data-slot="credit"]'), '$20.00');
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, /\$20\.00 was added to the credit balance/);
    await page.keyboard.press('Escape');

    const credit = page.getByRole('region', { name: 'Credit balance' });
    await expectText(credit.locator('[data-slot="credit-amount"]'), '$20.00');
    await expectVisible(credit, 'Upgrade to Plus (invoiced)');
    const pool = page.getByRole('region', { name: 'Agency credit pool' });
    await expectVisible(pool, 'Moved to Summit Logistics for an upgrade to Plus (invoiced)');

    // Summit's period started 5 days before the clock (Nov 17 10:00); it renews Dec 17 10:00 on
    // Plus: $40.00 less the $20.00 balance = $20.00 requested.
    const summit = await detail('sa_summit');
    const periodEnd = new Date(summit.subAccount.subscription?.periodEnd ?? '').getTime();
    const seconds = Math.ceil((periodEnd - Date.parse('2026-11-22T10:00:00.000Z')) / 1000) + 60;
    await post('/v1/dev/clock', { advanceSeconds: seconds }, 'e2e-summit-renew');
    await page.reload();

    const renewal = row(page, 'Dec 17, 2026 – Jan 17, 2027');
    await expectText(renewal.locator('.plankit-badge'), 'Open');
    await expectText(renewal.locator('[data-slot="money"]').first(), '$20.00');
    await renewal.getByRole('button', { name: 'Details' }).click();
    await expect
      .poll(() => lines(page), { timeout: 15_000 })
      .toEqual(['Plus (invoiced) from Dec 17, 2026 to Jan 17, 2027$40.00', 'Credit balance applied-$20.00']);
    await expectText(page.locator('[data-slot="invoice-detail"] [data-slot="invoice-total"]'), '$20.00');
    await expectText(credit.locator('[data-slot="credit-amount"]'), '$0.00');
    await expectVisible(credit, 'Applied to a payment request');
    await shot(page, 'agency-billing-credit-applied');
    await done(page);
  });
});

describe('the billing pages at 1280 and 375 px, light and dark', () => {
  it("the agency's client Billing tab and the client portal's Billing page", async () => {
    for (const [width, dark] of [
      [1280, false],
      [1280, true],
      [375, true],
    ] as const) {
      const suffix = `${width}${dark ? '-dark' : ''}`;
      const agency = await world.open('/users/sa_summit', { width, dark });
      await expectVisible(invoices(agency), 'Payment request');
      await expectVisible(agency.getByRole('region', { name: 'Agency credit pool' }), 'Balance');
      await shot(agency, `agency-billing-${suffix}`);
      await done(agency);
      const client = await world.open('/billing', { as: 'tok_summit', width, dark });
      await expectVisible(invoices(client), 'Payment request');
      await expectVisible(client.getByRole('region', { name: 'Credit balance' }), 'Balance');
      expect(await client.getByRole('region', { name: 'Agency credit pool' }).count()).toBe(0);
      await shot(client, `client-portal-billing-${suffix}`);
      await done(client);
    }
  });
});
