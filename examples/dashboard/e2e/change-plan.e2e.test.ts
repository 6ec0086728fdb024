// Changing a sub-account's plan from Manage Users, as the change-plan seed describes it. Every
// amount is computed by hand below from the seed data and the clock, never by the rules package.
import type { ChangePlanContextDto, MeDto, SubAccountDetailDto } from '@plankit/sdk/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { done, OWNER, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible, invoiceAmount, openRowMenu } from './ui';

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

const detail = (id: string) => world.api<SubAccountDetailDto>(OWNER, `/v1/sub-accounts/${id}`);

async function changePlan(page: Page, subAccount: string, plan: RegExp) {
  await openRowMenu(page, subAccount, 'Change plan');
  const d = dialog(page, 'Change plan');
  await d.getByRole('radio', { name: plan }).check();
  return d;
}

describe('given a free sub-account with a card (Bluebird Bakery)', () => {
  it('starts a Stripe plan now and charges the full first period', async () => {
    const page = await world.open('/users');
    const d = await changePlan(page, 'Bluebird Bakery', /^Starter/);
    // stripe_new: the full first period of Starter, $29.00, is due now; the period is
    // 2026-11-22 10:00 → 2026-12-22 10:00 (one month from the clock).
    await expectText(d.locator('[data-slot="due-now"]'), '$29.00');
    await expectText(d.locator('[data-slot="renewal"]'), /Dec 22, 2026/);
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, 'The plan is now Starter. $29.00 was charged.');
    const invoiceUrl = await d.getByRole('link', { name: 'View invoice' }).getAttribute('href');
    expect(await invoiceAmount(invoiceUrl!)).toBe('$29.00');

    const { subAccount, billingBadge } = await detail('sa_bluebird');
    expect(subAccount.subscription?.terms.id).toBe('plan_starter');
    expect(subAccount.subscription?.status).toBe('active');
    expect(subAccount.subscription?.periodStart).toBe('2026-11-22T10:00:00.000Z');
    expect(subAccount.subscription?.periodEnd).toBe('2026-12-22T10:00:00.000Z');
    expect(billingBadge).toBe('active');
    await done(page);
  });
});

describe('given a free sub-account without a card (Cedar Dental)', () => {
  it('starts an offline plan with its included minutes, nothing due now and the first period requested', async () => {
    const page = await world.open('/users');
    const d = await changePlan(page, 'Cedar Dental', /^Basic \(invoiced\)/);
    // offline_new: Basic (invoiced) includes 200 minutes, granted now; nothing is charged.
    await expectText(d.locator('[data-slot="due-now"]'), '$0.00');
    await expectText(d.locator('[data-slot="minutes"]'), '200');
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(
      d,
      'The plan is now Basic (invoiced). 200 minutes were added. A payment request for $20.00 was created.',
    );

    const { subAccount } = await detail('sa_cedar');
    expect(subAccount.subscription?.terms.id).toBe('plan_offline_basic');
    expect(subAccount.usage.includedMinutes).toBe(200);
    expect(subAccount.usage.voiceSeconds).toBe(0);
    await done(page);
  });
});

describe('given a paid Stripe sub-account mid-period (Harbor Fitness on Growth)', () => {
  // Growth ($49.00, 1,000 min) started 10 days before the clock: period 2026-11-12 10:00 →
  // 2026-12-12 10:00 = 2,592,000 s. At 2026-11-22 10:00, 1,728,000 s remain: f = 2/3.

  it('charges the prorated difference now, to the cent, and adds the extra minutes', async () => {
    const page = await world.open('/users');
    const d = await changePlan(page, 'Harbor Fitness', /^Pro/);
    // credit = −round(4900 × 2/3) = −round(3266.67) = −3267; charge = round(9900 × 2/3) = 6600;
    // due = 6600 − 3267 = 3333 → $33.33. Extra minutes: 3000 − 1000 = 2000, not prorated.
    await expectText(d.locator('[data-slot="due-now"]'), '$33.33');
    const lines = await d.locator('[data-slot="proration-lines"] li').allTextContents();
    expect(lines.join(' | ')).toMatch(/-\$32\.67|−\$32\.67/);
    expect(lines.join(' | ')).toContain('$66.00');
    await expectText(d.locator('[data-slot="minutes"]'), '2,000');
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, 'The plan is now Pro. $33.33 was charged. 2,000 minutes were added.');
    const invoiceUrl = await d.getByRole('link', { name: 'View invoice' }).getAttribute('href');
    expect(await invoiceAmount(invoiceUrl!)).toBe('$33.33');

    const { subAccount } = await detail('sa_harbor');
    expect(subAccount.subscription?.terms.id).toBe('plan_pro');
    // The period does not move on an upgrade.
    expect(subAccount.subscription?.periodEnd).toBe('2026-12-12T10:00:00.000Z');
    expect(subAccount.usage.includedMinutes).toBe(3000);
    await done(page);

    // The card dates Pro's terms from the upgrade (Nov 22), not from Growth's start (Nov 12).
    expect(subAccount.subscription?.termsSince).toBe('2026-11-22T10:00:00.000Z');
    const billing = await world.open('/users/sa_harbor');
    await expectVisible(billing, /These terms took effect on Nov 22, 2026\./);
    await done(billing);
  });

  it('schedules a downgrade for the period end, shows it, cancels it, and applies it at renewal', async () => {
    const page = await world.open('/users');
    let d = await changePlan(page, 'Harbor Fitness', /^Starter/);
    // stripe_downgrade: nothing due now; takes effect at the period end, Dec 12, 2026.
    await expectText(d.locator('[data-slot="due-now"]'), '$0.00');
    await expectText(d.locator('[data-slot="effective"]'), /Dec 12, 2026/);
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, /The plan changes to Starter on Dec 12, 2026/);
    expect((await detail('sa_harbor')).subAccount.subscription?.scheduledChange?.targetPlanId).toBe('plan_starter');
    await page.keyboard.press('Escape');

    // Visible in Manage Users, then in the dialog as a banner with Cancel.
    await expectVisible(page.getByTestId('row-sa_harbor'), 'Changes to Starter');
    await openRowMenu(page, 'Harbor Fitness', 'Change plan');
    d = dialog(page, 'Change plan');
    await expectVisible(d, /Changes to Starter on Dec 12, 2026/);
    await d.getByRole('button', { name: 'Cancel scheduled change' }).click();
    await expectVisible(d, 'The scheduled change to Starter was cancelled.');
    expect((await detail('sa_harbor')).subAccount.subscription?.scheduledChange).toBeNull();

    // Schedule it again and move the clock to the period end from the client's Billing tab.
    await d.getByRole('radio', { name: /^Starter/ }).check();
    await expectText(d.locator('[data-slot="due-now"]'), '$0.00');
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, /The plan changes to Starter on Dec 12, 2026/);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Harbor Fitness' }).click();
    await expectVisible(page, 'Changes to Starter on Dec 12, 2026');
    await page.getByRole('button', { name: 'To period end' }).click();
    // Renewal at 2026-12-12 10:00: the new period runs to 2027-01-12 10:00 on Starter.
    await expectVisible(page, /Dec 12, 2026 – Jan 12, 2027/);
    await expectVisible(page, 'Starter');

    const { subAccount } = await detail('sa_harbor');
    expect(subAccount.subscription?.terms.id).toBe('plan_starter');
    expect(subAccount.subscription?.periodStart).toBe('2026-12-12T10:00:00.000Z');
    expect(subAccount.subscription?.periodEnd).toBe('2027-01-12T10:00:00.000Z');
    expect(subAccount.subscription?.scheduledChange).toBeNull();
    // Starter's 300 included minutes for the new period.
    expect(subAccount.usage.includedMinutes).toBe(300);
    await done(page);
  });

  it('lists only Stripe plans, and the server refuses an offline one', async () => {
    const page = await world.open('/users');
    await openRowMenu(page, 'Harbor Fitness', 'Change plan');
    const d = dialog(page, 'Change plan');
    await d.getByRole('radio', { name: /^Pro/ }).waitFor();
    const names = await d
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(names.some((n) => n.includes('(invoiced)'))).toBe(false);

    const context = await world.api<ChangePlanContextDto>(OWNER, '/v1/sub-accounts/sa_harbor/change-plan');
    expect(context.options.map((o) => o.plan.id)).not.toContain('plan_offline_basic');
    const refused = await fetch(`${world.server.url}/v1/sub-accounts/sa_harbor/change-plan/preview`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OWNER}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ targetPlanId: 'plan_offline_basic' }),
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('payment_type_mismatch');
    await done(page);
  });
});

describe('given an offline sub-account (Summit Logistics on Basic (invoiced))', () => {
  it('credits the price difference from the agency pool on upgrade, and nothing on downgrade', async () => {
    const poolBefore = (await world.api<MeDto>(OWNER, '/v1/me')).agency.creditPool?.amount ?? 0;
    const page = await world.open('/users');
    let d = await changePlan(page, 'Summit Logistics', /^Plus \(invoiced\)/);
    // offline_upgrade: credit = 4000 − 2000 = 2000 → $20.00, not prorated; nothing due.
    await expectText(d.locator('[data-slot="credit"]'), '$20.00');
    await expectText(d.locator('[data-slot="due-now"]'), '$0.00');
    await d.getByRole('button', { name: 'Confirm' }).click();
    // The period is topped up to Plus's 600 included minutes: 600 − 200 = 400.
    await expectVisible(
      d,
      'The plan is now Plus (invoiced). $20.00 was added to the credit balance. 400 minutes were added.',
    );
    let summit = await detail('sa_summit');
    expect(summit.subAccount.subscription?.terms.id).toBe('plan_offline_plus');
    expect(summit.subAccount.creditBalance).toEqual({ amount: 2000, currency: 'USD' });
    // Every credit granted is a debit of the agency's pool.
    const poolAfter = (await world.api<MeDto>(OWNER, '/v1/me')).agency.creditPool?.amount ?? 0;
    expect(poolBefore - poolAfter).toBe(2000);
    await page.keyboard.press('Escape');

    d = await changePlan(page, 'Summit Logistics', /^Basic \(invoiced\)/);
    // offline_downgrade: applies now, no credit.
    await expectText(d.locator('[data-slot="due-now"]'), '$0.00');
    await expectVisible(d, 'No credit is issued.');
    await d.getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(d, 'The plan is now Basic (invoiced).');
    summit = await detail('sa_summit');
    expect(summit.subAccount.subscription?.terms.id).toBe('plan_offline_basic');
    expect(summit.subAccount.creditBalance).toEqual({ amount: 2000, currency: 'USD' });
    await done(page);
  });
});

describe('given a sub-account blocked by the agency (Tidewater Marine)', () => {
  it('says how to fix it, and the server refuses the change', async () => {
    const page = await world.open('/users');
    await openRowMenu(page, 'Tidewater Marine', 'Change plan');
    const d = dialog(page, 'Change plan');
    await expectVisible(d, 'This sub-account is blocked. Unblock the sub-account first, then change the plan.');
    const refused = await fetch(`${world.server.url}/v1/sub-accounts/sa_tidewater/change-plan/preview`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OWNER}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ targetPlanId: 'plan_growth' }),
    });
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('sub_account_blocked');
    expect((await detail('sa_tidewater')).subAccount.subscription?.terms.id).toBe('plan_starter');
    await done(page);
  });
});

describe('with the keyboard only', () => {
  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(page: Page, matches: (el: Element) => boolean, max = 60) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (
        await page.evaluate(
          (test) => new Function('el', `return (${test})(el)`)(document.activeElement),
          matches.toString(),
        )
      )
        return;
    }
    throw new Error(`Tab never reached ${matches.toString()}`);
  }

  it('opens Change plan from the row menu, picks Pro with the arrow keys and confirms the upgrade', async () => {
    const page = await world.open('/users');
    await page.getByRole('button', { name: 'More actions for Harbor Fitness' }).waitFor();
    await tabTo(page, (el) => el.getAttribute('aria-label') === 'More actions for Harbor Fitness');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Open billing' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const d = dialog(page, 'Change plan');
    await d.getByRole('radio', { name: /^Pro/ }).waitFor();
    await tabTo(page, (el) => el instanceof HTMLInputElement && el.type === 'radio');
    for (let i = 0; i < 10 && !(await d.getByRole('radio', { name: /^Pro/ }).isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    // Same quote as with the mouse: due = 6600 − 3267 = 3333 → $33.33.
    await expectText(d.locator('[data-slot="due-now"]'), '$33.33');
    await tabTo(page, (el) => el.textContent === 'Confirm');
    await page.keyboard.press('Enter');
    await expectVisible(d, 'The plan is now Pro. $33.33 was charged. 2,000 minutes were added.');
    await page.keyboard.press('Escape');
    await d.waitFor({ state: 'detached' });
    // Focus returns to the row's menu button, where the keyboard user started.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'More actions for Harbor Fitness',
    );
    expect((await detail('sa_harbor')).subAccount.subscription?.terms.id).toBe('plan_pro');
    await done(page);
  });
});
