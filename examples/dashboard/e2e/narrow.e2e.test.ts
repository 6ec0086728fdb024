// The dashboard on a 375 px phone: wide tables scroll inside their own card, never the page, and
// every row's actions stay on screen; the Buy a number form is themed. Writes the 375 px screenshots.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { done, screenshot, startWorld, type World } from './harness';
import { dialog } from './ui';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const PHONE = { width: 375, height: 812 };

/** How far the page itself scrolls sideways, in CSS pixels (0 = not at all). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The horizontal span of an element on screen. */
async function span(page: Page, name: string) {
  const box = await page.getByRole('button', { name }).boundingBox();
  return box ? { left: Math.round(box.x), right: Math.round(box.x + box.width) } : null;
}

describe('at 375 px', () => {
  it('Manage Users scrolls inside its card and keeps each row menu on screen', async () => {
    const page = await world.open('/users', PHONE);
    await page.getByTestId('row-sa_harbor').waitFor();
    expect(await pageOverflow(page)).toBe(0);
    const card = page.locator('.table-card');
    expect(await card.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const menu = await span(page, 'More actions for Harbor Fitness');
    expect(menu && menu.left >= 0 && menu.right <= PHONE.width).toBe(true);
    await page.getByRole('button', { name: 'More actions for Harbor Fitness' }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Change plan' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await screenshot(page, 'manage-users-375');
    await done(page);
  });

  it("the agency's Phone Numbers scroll inside their card and keep each row menu on screen", async () => {
    const page = await world.open('/numbers', PHONE);
    await page.getByTestId('number-num_sf_0101').waitFor();
    expect(await pageOverflow(page)).toBe(0);
    const menu = await span(page, 'Actions for +14155550101');
    expect(menu && menu.left >= 0 && menu.right <= PHONE.width).toBe(true);
    await screenshot(page, 'phone-numbers-375');
    await done(page);
  });

  it("a client's invoices scroll inside their card, with each row's Details on screen once scrolled to", async () => {
    const page = await world.open('/users/sa_summit', PHONE);
    const list = page.getByRole('region', { name: 'Invoices and payment requests' });
    const details = list.getByRole('button', { name: 'Details' }).first();
    await details.waitFor();
    expect(await pageOverflow(page)).toBe(0);
    const scroller = list.locator('.plankit-table-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await details.scrollIntoViewIfNeeded();
    const box = await details.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    expect(await pageOverflow(page)).toBe(0);
    await done(page);
  });

  it('the Buy a number form has themed fields', async () => {
    const page = await world.open('/numbers', PHONE);
    await page.getByRole('button', { name: 'Buy Number' }).click();
    const d = dialog(page, 'Buy a phone number');
    const area = d.getByLabel('Area code');
    // The dashboard's field look (its border colour and radius), not the browser's default inset border.
    expect(await area.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(227, 230, 238)');
    expect(await area.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('8px');
    expect(await d.getByRole('checkbox', { name: 'Voice' }).evaluate((el) => getComputedStyle(el).accentColor)).toBe(
      'rgb(79, 70, 229)',
    );
    expect(await pageOverflow(page)).toBe(0);
    await screenshot(page, 'buy-number-375');
    await done(page);
  });
});
