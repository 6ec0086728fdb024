// The money lifecycle on the real server, as the screen says it: a free client's first offline
// period requested through Change plan and marked paid, a client paying its own open request, and
// the open-request banner's dates against the badge on each day of a clock walk. Amounts and dates
// are the seed's plans and the fixed clock, computed by hand.
import type { SubAccountDetailDto } from '@plankit/sdk/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOCK_START, done, OWNER, screenshot, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible, openRowMenu } from './ui';

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
let keys = 0;
const advance = (seconds: number) =>
  world.post('/v1/dev/clock', { advanceSeconds: seconds }, `e2e-money-clock-${++keys}`);
const badge = (page: Page) => page.locator('.page-lede [data-slot="badge"]').first();
const invoices = (page: Page) => page.getByRole('region', { name: 'Invoices and payment requests' });
const row = (page: Page, text: string | RegExp) => invoices(page).getByRole('row').filter({ hasText: text }).first();

/** Offline plan from the Manage Users row menu; Basic (invoiced) is $20.00 a month, due in 14 days. */
async function changeToBasicInvoiced(page: Page, subAccount: string) {
  await openRowMenu(page, subAccount, 'Change plan');
  const d = dialog(page, 'Change plan');
  await d.getByRole('radio', { name: /^Basic \(invoiced\)/ }).check();
  await d.getByRole('button', { name: 'Confirm' }).click();
  await expectVisible(d, /A payment request for \$20\.00 was created\./);
  await page.keyboard.press('Escape');
}

describe('given a free client without a card (Cedar Dental) moved to an offline plan through Change plan', () => {
  it('shows the first period requested; marked paid, the badge stays Active past the due date and the grace', async () => {
    const page = await world.open('/users');
    await changeToBasicInvoiced(page, 'Cedar Dental');

    // Period Nov 22 10:00 → Dec 22 10:00; due 14 days after its start, Blocked 7 days after that.
    await page.goto(`${world.baseUrl}/users/sa_cedar`);
    await expectText(badge(page), 'Active');
    const request = row(page, '$20.00');
    await expectText(request.locator('.plankit-badge'), 'Open');
    await expectText(request.locator('[data-slot="invoice-due"]'), 'Dec 6, 2026');
    await request.getByRole('button', { name: 'Mark paid' }).click();
    const form = invoices(page).locator('[data-slot="mark-paid"]');
    await form.getByLabel('Bank transfer reference').fill('TRX-CEDAR-1122');
    await form.getByRole('button', { name: 'Mark paid' }).click();
    await expectText(row(page, '$20.00').locator('.plankit-badge'), 'Paid');

    // Dec 14 10:01: past the due date (Dec 6) and past the Blocked date (Dec 13).
    await advance(22 * DAY + 60);
    await page.reload();
    await expectText(badge(page), 'Active');
    await expectText(row(page, '$20.00').locator('.plankit-badge'), 'Paid');
    const after = await detail('sa_cedar');
    expect(after.billingBadge).toBe('active');
    expect(after.openInvoice).toBeNull();
    await done(page);
  });
});

describe('given a client with a card (Bluebird Bakery) past due on an offline payment request', () => {
  it('the client pays it in the portal and Past Due returns to Active', async () => {
    const agency = await world.open('/users');
    await changeToBasicInvoiced(agency, 'Bluebird Bakery');
    await done(agency);
    // Due Dec 6 10:00: on Dec 7 10:00 the request is past due, not yet Blocked (Dec 13 10:00).
    await advance(15 * DAY);
    expect((await detail('sa_bluebird')).billingBadge).toBe('past_due');

    const page = await world.open('/billing', { as: 'tok_bluebird' });
    await expectText(page.locator('[data-slot="badge"]').first(), 'Past Due');
    const request = row(page, '$20.00');
    await expectText(request.locator('.plankit-badge'), 'Open');
    await expectText(request.locator('[data-slot="invoice-due"]'), 'Dec 6, 2026');
    expect(await request.getByRole('button', { name: 'Mark paid' }).count()).toBe(0);
    await request.getByRole('button', { name: 'Pay now' }).click();
    await expectText(row(page, '$20.00').locator('.plankit-badge'), 'Paid');
    await row(page, '$20.00').getByRole('button', { name: 'Details' }).click();
    await expectVisible(page, 'Paid by card on Dec 7, 2026');
    await screenshot(page, 'client-portal-paid-request');
    await done(page);

    // The client's next load, and the agency's view, say Active.
    const again = await world.open('/billing', { as: 'tok_bluebird' });
    await expectText(again.locator('[data-slot="badge"]').first(), 'Active');
    await done(again);
    const after = await detail('sa_bluebird');
    expect(after.billingBadge).toBe('active');
    expect(after.openInvoice).toBeNull();
  });
});

const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

describe('given an offline client with an open payment request (Cedar Dental on Basic (invoiced))', () => {
  // 23 reloads: more than the default per-test budget when two e2e files share the cores.
  it("the banner's dates are the badge's instants on each day from the request to Blocked", {
    timeout: 180_000,
  }, async () => {
    const page = await world.open('/users');
    await changeToBasicInvoiced(page, 'Cedar Dental');
    await page.goto(`${world.baseUrl}/users/sa_cedar`);
    const seen: string[] = [];
    // Nov 22 10:00 through Dec 14 10:00, one day at a time: the due (Dec 6 10:00) and Blocked
    // (Dec 13 10:00) instants are each hit exactly.
    for (let i = 0; i <= 22; i++) {
      if (i > 0) {
        await advance(DAY);
        await page.reload();
      }
      const now = CLOCK_START.getTime() + i * DAY * 1000;
      const { billingBadge, openInvoice } = await detail('sa_cedar');
      expect(openInvoice?.dueAt).toBe('2026-12-06T10:00:00.000Z');
      expect(openInvoice?.blockedAt).toBe('2026-12-13T10:00:00.000Z');
      const dueAt = Date.parse(openInvoice?.dueAt ?? '');
      const blockedAt = Date.parse(openInvoice?.blockedAt ?? '');
      const expected = now >= blockedAt ? 'Blocked' : now >= dueAt ? 'Past Due' : 'Active';
      expect(billingBadge, new Date(now).toISOString()).toBe(
        { Active: 'active', 'Past Due': 'past_due', Blocked: 'blocked' }[expected],
      );
      await expectText(badge(page), expected);
      await expectText(
        page.locator('[data-slot="payment-deadlines"]'),
        `Payment due ${day.format(dueAt)}; blocked from ${day.format(blockedAt)} if unpaid.`,
      );
      seen.push(`${day.format(now)} ${expected}`);
    }
    expect(seen.filter((s) => s.endsWith('Active'))).toHaveLength(14);
    expect(seen.filter((s) => s.endsWith('Past Due'))).toHaveLength(7);
    expect(seen.filter((s) => s.endsWith('Blocked'))).toHaveLength(2);
    await screenshot(page, 'agency-banner-blocked');
    await done(page);
  });
});
