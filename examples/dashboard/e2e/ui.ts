// What a user does and sees, in the dashboard's and the kit's own words.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the locator's text is exactly `expected` (whitespace collapsed). */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  const read = async () => ((await locator.first().textContent({ timeout: 10_000 })) ?? '').replace(/\s+/g, ' ').trim();
  if (typeof expected === 'string') await expect.poll(read, { timeout: 15_000 }).toBe(expected);
  else await expect.poll(read, { timeout: 15_000 }).toMatch(expected);
}

/** Waits until some element with this text is visible. */
export async function expectVisible(scope: Page | Locator, text: string | RegExp): Promise<void> {
  await scope.getByText(text).first().waitFor({ state: 'visible', timeout: 15_000 });
}

export async function openRowMenu(page: Page, rowName: string, item: string): Promise<void> {
  await page.getByRole('button', { name: `More actions for ${rowName}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

export function dialog(page: Page, name: string | RegExp): Locator {
  return page.getByRole('dialog', { name });
}

export async function switchUser(page: Page, token: string): Promise<void> {
  await page.getByLabel('Signed in as').selectOption(token);
}

/** The server clock shown in the header, as an ISO instant. */
export async function serverClock(page: Page): Promise<string | null> {
  return page.getByTestId('server-clock').getAttribute('datetime');
}

/** The amount on the local provider's invoice page, e.g. "$33.33". */
export async function invoiceAmount(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return /<div class="amount">([^<]+)<\/div>/.exec(html)?.[1] ?? `no amount in ${url}`;
}
