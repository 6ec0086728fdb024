// Every page of the dashboard, agency and client portal: axe finds nothing, and the suite writes
// the screenshots the README shows (light 1280 wide, one dark, one 390 wide).
import type { ChangePlanContextDto } from '@plankit/sdk/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { done, expectNoAxeViolations, screenshot, startWorld, type World } from './harness';
import { dialog, expectText, expectVisible, openRowMenu, switchUser } from './ui';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const HARBOR_USER = 'tok_harbor_approved';

describe('the agency side', () => {
  it('Manage Users lists every sub-account with its plan and billing status', async () => {
    const page = await world.open('/users');
    await expectVisible(page, 'Tidewater Marine');
    await expectVisible(page.getByTestId('row-sa_maple'), 'Past Due');
    await expectVisible(page.getByTestId('row-sa_oakridge'), 'Blocked');
    await expectNoAxeViolations(page);
    await screenshot(page, 'manage-users');
    await done(page);
  });

  it('Manage Users in the dark theme', async () => {
    const page = await world.open('/users', { dark: true });
    await expectVisible(page, 'Tidewater Marine');
    await expectNoAxeViolations(page);
    await screenshot(page, 'manage-users-dark');
    await done(page);
  });

  it('the Change plan dialog with an upgrade quoted', async () => {
    const page = await world.open('/users');
    await openRowMenu(page, 'Harbor Fitness', 'Change plan');
    const d = dialog(page, 'Change plan');
    await d.getByRole('radio', { name: /^Pro/ }).check();
    await expectText(d.locator('[data-slot="due-now"]'), '$33.33');
    await expectNoAxeViolations(page, '[role="dialog"]');
    await screenshot(page, 'change-plan-dialog');
    await done(page);
  });

  it("a client's Billing tab with its subscription", async () => {
    const page = await world.open('/users/sa_harbor');
    await expectVisible(page, 'Current subscription');
    await expectNoAxeViolations(page);
    await screenshot(page, 'client-billing');
    await done(page);
  });

  it("a free client's Billing tab offers Assign a Billing Plan", async () => {
    const page = await world.open('/users/sa_cedar');
    await page.getByRole('button', { name: 'Assign a Billing Plan' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Assign a Billing Plan' }).click();
    await dialog(page, 'Assign a Billing Plan').getByRole('combobox', { name: 'Billing plan' }).waitFor();
    // With a modal open the page behind is inert: check the dialog itself.
    await expectNoAxeViolations(page, '[role="dialog"]');
    await done(page);
  });

  it('Phone Numbers shows the pool with state, assignee and agent', async () => {
    const page = await world.open('/numbers');
    await expectVisible(page.getByTestId('number-num_ny_0104'), 'Pending Payment');
    await expectVisible(page.getByTestId('number-num_ny_0105'), 'Harbor Front Desk');
    await expectNoAxeViolations(page);
    await screenshot(page, 'agency-phone-numbers');
    await done(page);
  });
});

describe('an agency without the change-plan feature (Globex)', () => {
  it('shows no Change plan action, and the server refuses it as disabled', async () => {
    const page = await world.open('/users');
    await switchUser(page, 'tok_owner_globex');
    await expectVisible(page, 'Acme Widgets');
    await page.getByRole('button', { name: 'More actions for Acme Widgets' }).click();
    await page.getByRole('menuitem', { name: 'Open billing' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Change plan' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Open billing' }).click();
    await expectVisible(page, 'Current subscription');
    expect(await page.getByRole('button', { name: 'Change plan' }).count()).toBe(0);

    const context = await world.api<ChangePlanContextDto>(
      'tok_owner_globex',
      '/v1/sub-accounts/sa_globex_acme/change-plan',
    );
    expect(context.permission).toMatchObject({ allowed: false, reason: 'feature_disabled' });
    await done(page);
  });
});

describe('the client portal (Harbor Fitness)', () => {
  it('Billing shows the subscription card', async () => {
    const page = await world.open('/billing', { as: HARBOR_USER });
    await expectVisible(page, 'Current subscription');
    await expectNoAxeViolations(page);
    await screenshot(page, 'client-portal-billing');
    await done(page);
  });

  it('Phone Numbers shows Pay Now and the active numbers', async () => {
    const page = await world.open('/phone-numbers', { as: HARBOR_USER });
    await expectVisible(page, 'Pending Payment');
    await expectNoAxeViolations(page);
    await screenshot(page, 'client-portal-phone-numbers');
    await done(page);
  });

  it('Phone Numbers on a 390-wide phone', async () => {
    const page = await world.open('/phone-numbers', { as: HARBOR_USER, width: 390, height: 844 });
    await expectVisible(page, 'Pending Payment');
    await expectNoAxeViolations(page);
    await screenshot(page, 'client-portal-phone-numbers-mobile');
    await done(page);
  });
});

describe('a blocked sub-account user (Noah Patel, Harbor Fitness)', () => {
  it('cannot sign in, and the page says what to do', async () => {
    const page = await world.open('/', { as: 'tok_harbor_blocked' });
    await expectVisible(page, 'This user cannot sign in.');
    await expectVisible(page, /Pick another user in the header\./);
    await expectNoAxeViolations(page);
    await done(page);
  });
});

// Last in the file: it assigns a number and moves the clock a second.
describe('the Notifications page (Sofia Alvarez, Harbor Fitness)', () => {
  it('lists a delivered notification, in English and in German', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${world.server.url}${path}`, {
        method: 'POST',
        headers: {
          Authorization: 'Bearer tok_owner_northwind',
          'Content-Type': 'application/json',
          'Idempotency-Key': `e2e-notifications-${path}`,
        },
        body: JSON.stringify(body),
      });
    expect((await post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' })).status).toBe(200);
    // The delivery job runs when time moves on.
    expect((await post('/v1/dev/clock', { advanceSeconds: 1 })).status).toBe(200);
    const page = await world.open('/notifications', { as: HARBOR_USER });
    await expectVisible(page, 'A phone number is pending activation: +14155550101');
    await expectVisible(page, /Open Phone Numbers and choose Pay Now to activate it\./);
    await expectNoAxeViolations(page);
    await screenshot(page, 'client-portal-notifications');
    await page.getByLabel('Language').selectOption('de');
    await expectVisible(page, 'Eine Telefonnummer wartet auf Aktivierung: +14155550101');
    await done(page);
  });
});
