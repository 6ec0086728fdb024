// A Stripe upgrade on the real server billed through its Stripe provider (against the local Stripe
// stand-in): the invoice shows the same two proration lines and total as the preview. Amounts are
// the seed's plans and the fixed clock, computed by hand.
import type { SubAccountDetailDto } from '@plankit/sdk/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { done, OWNER, screenshot, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible, openRowMenu } from './ui';

let world: World;
beforeAll(async () => {
  world = await startWorld({ stripe: true });
});
afterAll(async () => {
  await world?.close();
});

const DAY = 24 * 60 * 60;
const post = (path: string, body: unknown, key: string) => world.post(path, body, key);
const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('given Bluebird Bakery on Starter, billed through Stripe, 10 days into its period', () => {
  it("the upgrade's invoice shows the preview's two lines and total", async () => {
    await post('/v1/sub-accounts/sa_bluebird/assigned-plan', { planId: 'plan_starter' }, 'e2e-stripe-assign');
    await post('/v1/sub-accounts/sa_bluebird/subscription', {}, 'e2e-stripe-start');
    await post('/v1/dev/clock', { advanceSeconds: 10 * DAY }, 'e2e-stripe-clock');

    const page = await world.open('/users');
    await openRowMenu(page, 'Bluebird Bakery', 'Change plan');
    const d = dialog(page, 'Change plan');
    await d.getByRole('radio', { name: 'Growth', exact: true }).check();
    // Period Nov 22 → Dec 22 is 30 days; 20 remain: −round(2,900 × 20/30) + round(4,900 × 20/30).
    await expectText(d.locator('[data-slot="due-now"]'), '$13.34');
    await expect.poll(() => texts(page, '[data-slot="proration-lines"] li')).toHaveLength(2);
    const preview = await texts(page, '[data-slot="proration-lines"] li');
    expect(preview).toEqual([
      'Unused time on Starter, 20 of 30 days × $29.00-$19.33',
      'Remaining time on Growth, 20 of 30 days × $49.00$32.67',
    ]);
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, /The plan is now Growth\. \$13\.34 was charged\./);
    await page.keyboard.press('Escape');

    await page.goto(`${world.baseUrl}/users/sa_bluebird`);
    const invoices = page.getByRole('region', { name: 'Invoices and payment requests' });
    const change = invoices.getByRole('row').filter({ hasText: '$13.34' }).first();
    await expectText(change.locator('.plankit-badge'), 'Paid');
    await change.getByRole('button', { name: 'Details' }).click();
    await expect
      .poll(() => texts(page, '[data-slot="invoice-detail"] [data-slot="invoice-lines"] li'))
      .toEqual(preview);
    await expectText(page.locator('[data-slot="invoice-detail"] [data-slot="invoice-total"]'), '$13.34');

    const { subAccount } = await world.api<SubAccountDetailDto>(OWNER, '/v1/sub-accounts/sa_bluebird');
    expect(subAccount.subscription?.terms.id).toBe('plan_growth');
    expect(world.stripeWarnings).toEqual([]);
    await screenshot(page, 'stripe-upgrade-invoice');
    await done(page);
  });
});
