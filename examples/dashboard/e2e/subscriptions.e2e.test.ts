// Assign a Billing Plan, then start the subscription, from a client's Billing tab (the
// billing-plans seed). Amounts come from the seed's plans, computed by hand.
import type { SubAccountDetailDto } from '@plankit/sdk/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { done, OWNER, startWorld, type World } from './harness';
import { dialog, expectVisible, invoiceAmount } from './ui';

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

describe('given a client with no plan (Cedar Dental)', () => {
  it('assigns an offline plan and starts it with an open payment request and its minutes', async () => {
    const page = await world.open('/users/sa_cedar');
    await page.getByRole('button', { name: 'Assign a Billing Plan' }).click();
    const assign = dialog(page, 'Assign a Billing Plan');
    await assign.getByRole('combobox', { name: 'Billing plan' }).selectOption('plan_offline_basic');
    await assign.getByRole('button', { name: 'Assign Plan' }).click();
    const d = dialog(page, 'Start subscription for this client?');
    await expectVisible(d, 'Basic (invoiced)');
    expect((await detail('sa_cedar')).assignedPlan?.id).toBe('plan_offline_basic');

    await expectVisible(d, 'Activate the subscription with a billing period beginning now.');
    await expectVisible(d, 'Initialize usage tracking (included minutes and add-on balance) for this plan.');
    await expectVisible(d, 'Create a payment request for this billing cycle when applicable.');
    await d.getByRole('button', { name: 'Start subscription' }).click();
    // Basic (invoiced) is $20.00 a month: the first cycle's payment request is $20.00, open until
    // paid offline; its 200 included minutes are tracked from now.
    const started = dialog(page, 'Subscription started');
    await expectVisible(started, /The subscription to Basic \(invoiced\) has started\./);
    await expectVisible(started, /A payment request for \$20\.00 was created\./);
    await started.getByRole('button', { name: 'Done' }).click();
    await expectVisible(page, 'Current subscription');
    await expectVisible(page, /These terms took effect on Nov 22, 2026\./);
    await expectVisible(page, /Nov 22, 2026 – Dec 22, 2026/);

    const { subAccount, openInvoice } = await detail('sa_cedar');
    expect(subAccount.subscription?.terms.id).toBe('plan_offline_basic');
    expect(subAccount.subscription?.periodStart).toBe('2026-11-22T10:00:00.000Z');
    expect(subAccount.subscription?.periodEnd).toBe('2026-12-22T10:00:00.000Z');
    expect(subAccount.usage.includedMinutes).toBe(200);
    expect(openInvoice?.amount).toEqual({ amount: 2000, currency: 'USD' });
    await done(page);
  });
});

describe('given a client with Starter assigned and a card (Bluebird Bakery)', () => {
  it('starts the subscription and charges the first period to the card', async () => {
    const page = await world.open('/users/sa_bluebird');
    await expectVisible(page, 'Currently assigned to client');
    await page.getByRole('button', { name: 'Start subscription' }).click();
    const d = dialog(page, 'Start subscription for this client?');
    await expectVisible(d, 'Charge this billing cycle to the card on file when applicable.');
    await d.getByRole('button', { name: 'Start subscription' }).click();
    // Starter is $29.00 a month, charged to the card on file for the first cycle.
    const started = dialog(page, 'Subscription started');
    await expectVisible(started, /The card on file was charged \$29\.00\./);
    const url = await started.getByRole('link', { name: 'View invoice' }).getAttribute('href');
    expect(await invoiceAmount(url!)).toBe('$29.00');

    const { subAccount, openInvoice, billingBadge } = await detail('sa_bluebird');
    expect(subAccount.subscription?.terms.id).toBe('plan_starter');
    expect(subAccount.subscription?.status).toBe('active');
    expect(subAccount.usage.includedMinutes).toBe(300);
    // Paid by card: nothing stays open.
    expect(openInvoice).toBeNull();
    expect(billingBadge).toBe('active');
    await done(page);
  });
});
