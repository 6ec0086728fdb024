// Phone numbers from the agency pool to a client and back (the assign-phone-numbers seed).
// Telco cost is $1.15 a month for every seeded number; Growth's phone number price is $3.00.
import type { PhoneNumberViewDto } from '@plankit/sdk/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { done, expectNoAxeViolations, OWNER, screenshot, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible, switchUser } from './ui';

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

const SOFIA = 'tok_harbor_approved';
const pool = () => world.api<PhoneNumberViewDto[]>(OWNER, '/v1/numbers');
const poolNumber = async (id: string) => (await pool()).find((n) => n.id === id);

describe('given an unassigned number in the pool', () => {
  it('the agency assigns it, the client pays in checkout, and it becomes active', async () => {
    const page = await world.open('/numbers');
    await page.getByRole('button', { name: 'Actions for +14155550101' }).click();
    await page.getByRole('menuitem', { name: 'Assign' }).click();
    const d = dialog(page, 'Assign phone number');
    await d.getByRole('combobox', { name: 'Sub-account user' }).fill('Sofia');
    await d.getByRole('option', { name: /Sofia Alvarez/ }).click();
    // Monthly price: telco cost $1.15 + Growth's phone number price $3.00 = $4.15.
    await expectVisible(d, '$4.15');
    await expectNoAxeViolations(page, '[role="dialog"]');
    await screenshot(page, 'assign-number-dialog');
    await d.getByRole('button', { name: 'Assign', exact: true }).click();
    await expectVisible(d, /is reserved for Sofia Alvarez at \$4\.15\/mo/);
    const reserved = await poolNumber('num_sf_0101');
    expect(reserved?.state).toBe('pending_payment');
    expect(reserved?.assignedTo?.userId).toBe('sau_harbor');
    expect(reserved?.assignedTo?.monthlyPrice).toEqual({ amount: 415, currency: 'USD' });
    await page.keyboard.press('Escape');
    await expectVisible(page.getByTestId('number-num_sf_0101'), 'Pending Payment');

    // The client signs in, sees Pending Payment with Pay Now, and pays on the provider's page.
    await switchUser(page, SOFIA);
    await page.getByRole('link', { name: 'Phone Numbers' }).click();
    const card = page.getByTestId('my-number-num_sf_0101');
    await expectVisible(card, 'Pending Payment');
    await card.getByRole('button', { name: 'Pay Now' }).click();
    await page.waitForURL(/\/checkout\//);
    await expectVisible(page, '$4.15');
    await page.getByRole('button', { name: 'Pay', exact: true }).click();
    await page.waitForURL(/\/phone-numbers/);
    await expectVisible(
      page.getByTestId('my-number-num_sf_0101'),
      /is active\. You are billed \$4\.15 on this day each month\./,
    );
    await expectText(page.getByTestId('my-number-num_sf_0101').locator('[data-slot="badge"]').first(), 'Active');
    // The card says Active once: PayToActivate shows it, the card's own state badge steps aside.
    await expect
      .poll(() => page.getByTestId('my-number-num_sf_0101').locator('[data-slot="badge"]').allTextContents())
      .toEqual(['Active']);

    const active = await poolNumber('num_sf_0101');
    expect(active?.state).toBe('active');
    // Billed on the day it was paid, each month: the first month ends 2026-12-22 10:00.
    expect(active?.periodEnd).toBe('2026-12-22T10:00:00.000Z');
    await done(page);
  });
});

describe('given a client whose card declines (Zephyr Travel)', () => {
  it('keeps the number pending and says how to fix the card', async () => {
    const page = await world.open('/numbers');
    await page.getByRole('button', { name: 'Actions for +14155550102' }).click();
    await page.getByRole('menuitem', { name: 'Assign' }).click();
    const d = dialog(page, 'Assign phone number');
    await d.getByRole('combobox', { name: 'Sub-account user' }).fill('Benjamin');
    await d.getByRole('option', { name: /Benjamin King/ }).click();
    // Starter's phone number price $3.00 + telco cost $1.15 = $4.15.
    await expectVisible(d, '$4.15');
    await d.getByRole('button', { name: 'Assign', exact: true }).click();
    await expectVisible(d, /is reserved for Benjamin King/);
    await page.keyboard.press('Escape');

    await switchUser(page, 'tok_zephyr');
    await page.getByRole('link', { name: 'Phone Numbers' }).click();
    await page.getByTestId('my-number-num_sf_0102').getByRole('button', { name: 'Pay Now' }).click();
    await page.waitForURL(/\/checkout\//);
    await page.getByRole('button', { name: 'Pay', exact: true }).click();
    await page.waitForURL(/\/phone-numbers/);
    await expectVisible(
      page.getByTestId('my-number-num_sf_0102'),
      'The card was declined, so the number is still pending. Add or update your card in checkout, then pay again.',
    );
    expect((await poolNumber('num_sf_0102'))?.state).toBe('pending_payment');
    await done(page);
  });
});

describe('given an active number of the client (Harbor Fitness, +1 212 555 0105)', () => {
  it('the client releases it: usable until the period end, then gone', async () => {
    const page = await world.open('/phone-numbers', { as: SOFIA });
    const card = page.getByTestId('my-number-num_ny_0105');
    await card.getByRole('button', { name: 'Release' }).click();
    const d = dialog(page, /^Release/);
    // What stops working, listed before Confirm.
    await expectVisible(d, 'Harbor Front Desk');
    await expectVisible(d, 'Spring Membership Drive');
    await expectVisible(d, 'Missed-call text back');
    await d.getByRole('button', { name: 'Release at period end' }).click();
    // Paid through 20 days after the clock: 2026-12-12 10:00.
    await expectVisible(d, /will be released on Dec 12, 2026\. It works until then\./);
    await page.keyboard.press('Escape');
    await expectVisible(card, 'Releasing');
    expect((await poolNumber('num_ny_0105'))?.state).toBe('releasing');

    await page.getByRole('button', { name: 'To period end' }).click();
    await card.waitFor({ state: 'detached' });
    const returned = await poolNumber('num_ny_0105');
    expect(returned?.state).toBe('unassigned');
    expect(returned?.assignedTo).toBeNull();
    expect(returned?.agentId).toBeNull();
    await done(page);
  });
});

describe('given a number pending payment (Harbor Fitness, +1 212 555 0104)', () => {
  it('the agency unassigns it at once', async () => {
    const page = await world.open('/numbers');
    await page.getByRole('button', { name: 'Actions for +12125550104' }).click();
    await page.getByRole('menuitem', { name: 'Unassign' }).click();
    const d = dialog(page, /^Unassign/);
    await expectVisible(d, /Sofia Alvarez/);
    await d.getByRole('button', { name: 'Unassign now' }).click();
    await expectVisible(d, /is back in your pool as Unassigned\./);
    await page.keyboard.press('Escape');
    await expectVisible(page.getByTestId('number-num_ny_0104'), 'Unassigned');
    const back = await poolNumber('num_ny_0104');
    expect(back?.state).toBe('unassigned');
    expect(back?.assignedTo).toBeNull();
    await done(page);
  });
});

describe('given the agency buys a number', () => {
  it('adds it to the pool as Unassigned', async () => {
    const before = (await pool()).length;
    const page = await world.open('/numbers');
    await page.getByRole('button', { name: 'Buy Number' }).click();
    const d = dialog(page, 'Buy a phone number');
    await d.getByLabel('Area code').fill('212');
    await d.getByRole('button', { name: 'Buy number' }).click();
    await expectVisible(d, /It is in your pool as Unassigned\./);
    const after = await pool();
    expect(after.length).toBe(before + 1);
    const bought = after.find(
      (n) =>
        !['num_sf_0101', 'num_sf_0102', 'num_sf_0103', 'num_ny_0104', 'num_ny_0105', 'num_chi_0106'].includes(n.id),
    );
    expect(bought?.state).toBe('unassigned');
    expect(bought?.e164.startsWith('+1212')).toBe(true);
    expect(bought?.telcoCost).toEqual({ amount: 115, currency: 'USD' });
    await done(page);
  });
});
