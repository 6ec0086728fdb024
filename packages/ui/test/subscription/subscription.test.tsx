import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PlanBadges } from '../../src/subscription/PlanBadges';
import { StartSubscriptionDialog } from '../../src/subscription/StartSubscriptionDialog';
import { SubscriptionCard } from '../../src/subscription/SubscriptionCard';
import { subscriptionCardView } from '../../src/subscription/useSubscriptionCard';
import { FakeNumbers, numbersScenario } from '../../src/testing/fake-numbers';
import { catalogOf, plan, subAccount } from '../../src/testing/fixtures';
import { renderWith } from '../numbers/render';

const badgeTexts = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('PlanBadges', () => {
  it('shows the On forms with prices, and chat only when chat is on', () => {
    render(<PlanBadges plan={plan('growthPlus')} />);
    expect(badgeTexts()).toEqual([
      'Recurring · $79.00/mo',
      'Usage · $0.015/min',
      'Add-on packs · On',
      '1 min = 4 chats',
      '1,000 minutes included',
    ]);
  });

  it('shows the Off forms', () => {
    render(<PlanBadges plan={{ ...plan('starter'), price: null, usageRate: null, addOnPacks: false }} />);
    expect(badgeTexts()).toEqual(['Recurring · Off', 'Usage · Off', 'Add-on packs · Off', '300 minutes included']);
    expect(screen.getByText('Recurring · Off')).toHaveAttribute('data-state', 'off');
  });
});

describe('SubscriptionCard', () => {
  async function card(client = subAccount({ on: 'starter', fields: { id: 'sa_new', name: 'Bayview' } })) {
    const fake = new FakeNumbers(numbersScenario({ client }));
    renderWith(fake, <SubscriptionCard subAccountId="sa_new" />);
    const root = await screen.findByRole('region', { name: 'Current subscription' });
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'active'));
    return root;
  }

  it('given a paid Starter subscription, shows the snapshotted terms, period, renewal and included-minutes progress', async () => {
    const root = await card();
    expect(within(root).getByText('Active')).toBeVisible();
    expect(
      within(root).getByText(
        'These terms took effect on Oct 8, 2026. Later edits to the plan in the catalog do not change them.',
      ),
    ).toBeVisible();
    expect(within(root).getByText('Nov 8, 2026 – Dec 8, 2026')).toBeVisible();
    expect(within(root).getByText('Renews Dec 8, 2026')).toBeVisible();
    const bar = within(root).getByRole('progressbar', { name: 'Included minutes' });
    expect(bar).toHaveAttribute('aria-valuetext', '200 of 300 min used');
  });

  it('after a plan change mid-period, says the terms took effect at the change, not at the start', async () => {
    const root = await card(
      subAccount({
        on: 'growth',
        subscription: { version: 4, termsSince: '2026-11-20T15:30:00.000Z' },
        fields: { id: 'sa_new', name: 'Bayview' },
      }),
    );
    expect(root.querySelector('[data-slot="terms-note"]')?.textContent).toBe(
      'These terms took effect on Nov 20, 2026. Later edits to the plan in the catalog do not change them.',
    );
    expect(within(root).queryByText(/when this subscription started/)).toBeNull();
  });

  it('given a scheduled cancellation, says when it ends and what keeps working until then', async () => {
    const root = await card(
      subAccount({
        on: 'starter',
        subscription: { cancelAt: '2026-12-08T09:00:00.000Z' },
        fields: { id: 'sa_new', name: 'Bayview' },
      }),
    );
    expect(root.querySelector('[data-slot="scheduled-cancellation"]')?.textContent).toBe(
      'This subscription is canceled from Dec 8, 2026. Numbers, agents and included minutes keep working until then.',
    );
    // It does not renew: the period's badge says when it ends.
    expect(within(root).getByText('Ends Dec 8, 2026')).toBeVisible();
    expect(within(root).queryByText(/^Renews/)).toBeNull();
  });

  it('given usage past the included minutes and the wallet, bills the excess at the rate', async () => {
    const base = subAccount({ on: 'starter', fields: { id: 'sa_new', name: 'Bayview' } });
    const root = await card({ ...base, usage: { ...base.usage, voiceSeconds: 500 * 60, walletMinutes: 100 } });
    expect(root.querySelector('[data-slot="usage-excess"] .plankit-usage-value')?.textContent).toBe(
      '100 min · $1.50 at $0.015/min',
    );
  });

  it('given no subscription, says so without calling the reader "this client" (the portal shows it too)', async () => {
    const fake = new FakeNumbers(numbersScenario({ client: subAccount({ on: null, fields: { id: 'sa_new' } }) }));
    renderWith(fake, <SubscriptionCard subAccountId="sa_new" viewer="client" />);
    const root = await screen.findByRole('region', { name: 'Current subscription' });
    expect(await within(root).findByText('No subscription is running.')).toBeVisible();
    expect(within(root).queryByText(/this client/)).toBeNull();
  });
});

describe('StartSubscriptionDialog', () => {
  it('assigns a card plan, then starts the subscription and reports the charge to the card', async () => {
    const fake = new FakeNumbers(numbersScenario({ plans: catalogOf('starter', 'growth', 'archived') }));
    const onSuccess = vi.fn();
    const { user } = renderWith(fake, <StartSubscriptionDialog subAccountId="sa_new" onSuccess={onSuccess} />);
    await user.click(screen.getByRole('button', { name: 'Start subscription' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign a Billing Plan' });
    const select = await within(dialog).findByRole('combobox', { name: 'Billing plan' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Select a plan…',
      'Starter · $29.00/mo · 300 minutes included',
      'Growth · $79.00/mo · 1,000 minutes included',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Assign Plan' })).toBeDisabled();
    await user.selectOptions(select, 'plan_growth');
    await user.click(within(dialog).getByRole('button', { name: 'Assign Plan' }));
    await screen.findByRole('dialog', { name: 'Start subscription for this client?' });
    expect(fake.subAccount.assignedPlanId).toBe('plan_growth');
    expect(within(dialog).getByText('Currently assigned to client')).toBeVisible();
    expect([...dialog.querySelectorAll('[data-slot="start-effects"] li')].map((li) => li.textContent)).toEqual([
      'Activate the subscription with a billing period beginning now.',
      'Initialize usage tracking (included minutes and add-on balance) for this plan.',
      'Charge this billing cycle to the card on file when applicable.',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Start subscription' }));
    expect(
      await within(dialog).findByText('The subscription to Growth has started. The card on file was charged $79.00.', {
        selector: 'p',
      }),
    ).toBeVisible();
    // Started: the title no longer asks, and the link is to the card's invoice, not a request.
    expect(screen.getByRole('dialog', { name: 'Subscription started' })).toBe(dialog);
    expect(within(dialog).getByRole('link', { name: 'View invoice' })).toBeVisible();
    expect(within(dialog).queryByText(/payment request/)).toBeNull();
    expect(fake.subAccount.subscription).toMatchObject({ status: 'active', periodStart: fake.now });
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(fake.calls.filter((c) => c.operation === 'startSubscription')).toHaveLength(1);
  });

  it('starts an offline plan with a payment request, and says so', async () => {
    const fake = new FakeNumbers(numbersScenario({ plans: catalogOf('starter', 'offlineBasic') }));
    const { user } = renderWith(fake, <StartSubscriptionDialog subAccountId="sa_new" />);
    await user.click(screen.getByRole('button', { name: 'Start subscription' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign a Billing Plan' });
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Billing plan' }),
      'plan_offline_basic',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Assign Plan' }));
    await screen.findByRole('dialog', { name: 'Start subscription for this client?' });
    expect(within(dialog).getByText('Create a payment request for this billing cycle when applicable.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Start subscription' }));
    await screen.findByRole('dialog', { name: 'Subscription started' });
    expect(within(dialog).getByText(/A payment request for \$[\d.]+ was created\./, { selector: 'p' })).toBeVisible();
    expect(within(dialog).getByRole('link', { name: 'View payment request' })).toBeVisible();
  });

  it('asks the client about its own subscription, not "this client"', async () => {
    const client = subAccount({ on: null, fields: { id: 'sa_new', name: 'Bayview', assignedPlanId: 'plan_starter' } });
    const fake = new FakeNumbers(numbersScenario({ plans: catalogOf('starter'), client }));
    const { user } = renderWith(fake, <StartSubscriptionDialog subAccountId="sa_new" viewer="client" />);
    await user.click(screen.getByRole('button', { name: 'Start subscription' }));
    expect(await screen.findByRole('dialog', { name: 'Start your subscription?' })).toBeVisible();
    expect(screen.queryByText(/this client/)).toBeNull();
  });
});

describe('subscriptionCardView', () => {
  const detail = (fields: Partial<Parameters<typeof subscriptionCardView>[0]> = {}) => {
    const client = subAccount({ on: 'offlineBasic', subscription: { periodPaid: false } });
    return {
      subAccount: client,
      users: [],
      assignedPlan: null,
      billingBadge: 'past_due' as const,
      usage: null,
      openInvoice: null,
      ...fields,
    };
  };

  it('given an open offline request, gives the request’s own due and blocked instants, the ones the badge read', () => {
    const openInvoice = {
      id: 'pr_1',
      url: 'https://billing.example.com/invoices/pr_1',
      amount: { amount: 2000, currency: 'USD' },
      dueAt: new Date('2026-11-15T09:00:00.000Z'),
      blockedAt: new Date('2026-11-22T09:00:00.000Z'),
    };
    expect(subscriptionCardView(detail({ openInvoice }))?.deadlines).toEqual({
      dueAt: new Date('2026-11-15T09:00:00.000Z'),
      blockedAt: new Date('2026-11-22T09:00:00.000Z'),
    });
  });

  it('given an open card invoice, gives no offline deadlines (the provider’s retries decide)', () => {
    const openInvoice = {
      id: 'in_1',
      url: 'https://billing.example.com/invoices/in_1',
      amount: { amount: 4900, currency: 'USD' },
      dueAt: null,
      blockedAt: null,
    };
    const view = subscriptionCardView(detail({ openInvoice, billingBadge: 'active' }));
    expect([view?.deadlines, view?.openInvoice?.amount]).toEqual([null, { amount: 4900, currency: 'USD' }]);
  });

  it('given nothing open, gives no deadlines even for an unpaid period', () => {
    expect(subscriptionCardView(detail())?.deadlines).toBeNull();
  });

  it('given no running subscription, gives nothing to show', () => {
    expect(subscriptionCardView(detail({ subAccount: subAccount({ on: null }), billingBadge: 'inactive' }))).toBeNull();
  });
});
