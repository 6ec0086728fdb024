// Manage Users pages and searches on the server: 16 seeded sub-accounts, 10 rows a page.
// Writes manage-users-paged.png (1280), manage-users-paged-375.png and manage-users-failed-deliveries.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_START, done, expectNoAxeViolations, screenshot, startWorld, type World } from './harness';
import { expectText } from './ui';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const rowNames = (page: Page) => page.locator('tbody tr .row-title').allTextContents();
const range = (page: Page) => page.locator('.pager-range');
const button = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sub-accounts pages' }).getByRole('button', { name });

async function tenPerPage(page: Page): Promise<void> {
  await expectText(range(page), '1–16 of 16');
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('10');
  await expectText(range(page), '1–10 of 16');
}

describe('Manage Users, 10 rows a page', () => {
  it('turns to the second page and back, each sub-account on exactly one page', async () => {
    const page = await world.open('/users');
    await tenPerPage(page);
    const first = await rowNames(page);
    expect(first).toHaveLength(10);
    expect(await button(page, 'Previous').isDisabled()).toBe(true);

    await button(page, 'Next').click();
    await expectText(range(page), '11–16 of 16');
    const second = await rowNames(page);
    expect(second).toHaveLength(6);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    expect(await button(page, 'Next').isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'manage-users-paged');

    await button(page, 'Previous').click();
    await expectText(range(page), '1–10 of 16');
    expect(await rowNames(page)).toEqual(first);
    await done(page);
  });

  it("finds a sub-account by a user's email from the second page, back on page one", async () => {
    const page = await world.open('/users');
    await tenPerPage(page);
    await button(page, 'Next').click();
    await expectText(range(page), '11–16 of 16');
    await page.getByRole('searchbox', { name: 'Search' }).fill('noah@harbor');
    await expectText(range(page), '1–1 of 1');
    expect(await rowNames(page)).toEqual(['Harbor Fitness']);
    expect(await button(page, 'Next').isDisabled()).toBe(true);

    await page.getByRole('searchbox', { name: 'Search' }).fill('nobody here');
    await expectText(range(page), '0 of 0');
    await expectText(page.locator('.table-empty'), 'No sub-account matches this search.');
    await done(page);
  });

  it('keeps the Growth plan, then only the blocked sub-accounts', async () => {
    const page = await world.open('/users');
    await page.getByRole('combobox', { name: 'Plan', exact: true }).selectOption({ label: 'Growth' });
    await expectText(range(page), '1–5 of 5');
    expect(await rowNames(page)).toEqual([
      'Harbor Fitness',
      'Maple Realty',
      'Quartz Studio',
      'Willow Clinics',
      'Yarrow Books',
    ]);
    await page.getByRole('combobox', { name: 'Plan', exact: true }).selectOption('');
    await page.getByRole('combobox', { name: 'Access', exact: true }).selectOption('blocked');
    await expectText(range(page), '1–1 of 1');
    expect(await rowNames(page)).toEqual(['Tidewater Marine']);
    await done(page);
  });

  it('lists a notification the server gave up delivering, with its last error', async () => {
    // An "unassigned" email to Harbor Fitness's user whose delivery job gave up after 8 attempts.
    await world.server.db.query(
      `INSERT INTO outbox (id, kind, recipient_user_id, payload, created_at)
       VALUES (900001, 'number_unassigned', 'sau_harbor', '{}'::jsonb, $1)`,
      [CLOCK_START],
    );
    await world.server.db.query(
      `UPDATE jobs SET status = 'failed', attempts = 8, last_error = '550 5.1.1 mailbox unavailable'
       WHERE task = 'notification_delivery' AND subject = '900001'`,
    );
    const page = await world.open('/users');
    const failed = page.getByRole('region', { name: 'Notifications not delivered' });
    await expectText(failed.getByTestId('failed-ntf_900001').locator('td').nth(3), '550 5.1.1 mailbox unavailable');
    await expectText(
      failed.getByTestId('failed-ntf_900001').locator('td').nth(0),
      'Sofia Alvarezsofia@harborfitness.example',
    );
    await expectText(failed.getByTestId('failed-ntf_900001').locator('td').nth(4), 'Given up');
    await expectNoAxeViolations(page);
    await failed.scrollIntoViewIfNeeded();
    await screenshot(page, 'manage-users-failed-deliveries');
    await done(page);
  });

  it('at 375 px the filters and the pager fit the screen', async () => {
    const page = await world.open('/users', { width: 375, height: 812 });
    await tenPerPage(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const next = await button(page, 'Next').boundingBox();
    expect(next !== null && next.x + next.width <= 375).toBe(true);
    await page.locator('.pager').scrollIntoViewIfNeeded();
    await screenshot(page, 'manage-users-paged-375');
    await done(page);
  });
});
