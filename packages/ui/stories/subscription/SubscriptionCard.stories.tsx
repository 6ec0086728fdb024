import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { SubscriptionCard } from '../../src/subscription/SubscriptionCard';
import { plan } from '../../src/testing/fixtures';
import { type ClientOptions, clientOn, NumbersHarness } from '../numbers/harness';

type Args = { client?: ClientOptions; invoice?: boolean };

function Story({ client }: Args) {
  return (
    <NumbersHarness scenario={{ client: clientOn(client) }}>
      {() => <SubscriptionCard subAccountId="sa_new" />}
    </NumbersHarness>
  );
}

const meta = {
  title: 'Subscriptions/SubscriptionCard',
  component: Story,
} satisfies Meta<typeof Story>;
export default meta;
type S = StoryObj<typeof meta>;

/** The card, once its data has loaded. */
async function card(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await within(canvasElement).findByRole('region', { name: /Current subscription|Aktuelles Abonnement/ });
  await waitFor(() => expect(root).not.toHaveAttribute('data-state', 'loading'));
  return root;
}
const usageValue = (root: HTMLElement, slot: string) =>
  root.querySelector(`[data-slot="${slot}"] .plankit-usage-value`)?.textContent;

/** Growth, paid, 200 of 1,000 included minutes used. */
export const Active: S = {
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(within(root).getByText('Active')).toBeVisible();
    await expect(
      within(root).getByText(
        'These terms took effect on Oct 8, 2026. Later edits to the plan in the catalog do not change them.',
      ),
    ).toBeVisible();
    await expect(within(root).getByText('Recurring · $79.00/mo')).toBeVisible();
    await expect(within(root).getByText('Usage · $0.015/min')).toBeVisible();
    await expect(within(root).getByText('Add-on packs · On')).toBeVisible();
    await expect(within(root).getByText('1,000 minutes included')).toBeVisible();
    await expect(within(root).getByText('Nov 8, 2026 – Dec 8, 2026')).toBeVisible();
    await expect(within(root).getByText('Renews Dec 8, 2026')).toBeVisible();
    const bar = within(root).getByRole('progressbar', { name: 'Included minutes' });
    await expect(bar).toHaveAttribute('aria-valuenow', '200');
    await expect(bar).toHaveAttribute('aria-valuemax', '1000');
    await expect(bar).toHaveAttribute('aria-valuetext', '200 of 1,000 min used');
    await expect(usageValue(root, 'usage-excess')).toBe('None');
  },
};

/** Offline plan, period unpaid, past the payment due day but within grace. */
export const PastDue: S = {
  args: {
    client: { on: 'offlineBasic', terms: { paymentDueDays: 7, graceDays: 10 }, subscription: { periodPaid: false } },
  },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(within(root).getByText('Past Due')).toBeVisible();
    await expect(
      within(root).getByText('Payment due Nov 15, 2026; blocked from Nov 25, 2026 if unpaid.'),
    ).toBeVisible();
    await expect(within(root).getByText('7 days')).toBeVisible();
    await expect(within(root).getByText('10 days')).toBeVisible();
  },
};

/** Offline plan, unpaid past due and grace. */
export const Blocked: S = {
  args: {
    client: { on: 'offlineBasic', terms: { paymentDueDays: 3, graceDays: 3 }, subscription: { periodPaid: false } },
  },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(within(root).getByText('Blocked')).toBeVisible();
    await expect(root).toHaveAttribute('data-state', 'blocked');
  },
};

/** Stripe past_due maps to Past Due. */
export const StripePastDue: S = {
  args: { client: { subscription: { status: 'past_due' } } },
  play: async ({ canvasElement }) => {
    await expect(within(await card(canvasElement)).getByText('Past Due')).toBeVisible();
  },
};

/** Starter: 360 minutes used of 300 included; 60 come from the 100-minute wallet. */
export const UsageInWallet: S = {
  args: { client: { on: 'starter', usage: { voiceSeconds: 360 * 60, walletMinutes: 100 } } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(usageValue(root, 'usage-included')).toBe('300 of 300 min used');
    await expect(usageValue(root, 'usage-wallet')).toBe('60 min used · 40 min left');
    await expect(usageValue(root, 'usage-excess')).toBe('None');
  },
};

/** Starter: 500 minutes used, 300 included + 100 wallet, 100 excess at $0.015 = $1.50. */
export const UsageInExcess: S = {
  args: { client: { on: 'starter', usage: { voiceSeconds: 500 * 60, walletMinutes: 100 } } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(usageValue(root, 'usage-wallet')).toBe('100 min used · 0 min left');
    await expect(usageValue(root, 'usage-excess')).toBe('100 min · $1.50 at $0.015/min');
    await expect(root.querySelector('[data-slot="usage-excess"]')).toHaveAttribute('data-state', 'over');
  },
};

/** Over the included minutes without a wallet. */
export const UsageOverIncluded: S = {
  args: { client: { on: 'starter', usage: { voiceSeconds: 320 * 60 } } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(within(root).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '300');
    await expect(usageValue(root, 'usage-wallet')).toBe('No add-on minutes');
    await expect(usageValue(root, 'usage-excess')).toBe('20 min · $0.30 at $0.015/min');
  },
};

/** Usage billing off: excess minutes are counted but not billed. */
export const UsageOff: S = {
  args: { client: { on: 'starter', terms: { usageRate: null }, usage: { voiceSeconds: 320 * 60 } } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(within(root).getByText('Usage · Off')).toBeVisible();
    await expect(usageValue(root, 'usage-excess')).toBe('20 min · not billed (usage billing off)');
  },
};

/** Chat on: 40 chats count as 10 minutes at 4 chats a minute. */
export const ChatOn: S = {
  args: { client: { on: 'growthPlus' } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(within(root).getByText('1 min = 4 chats')).toBeVisible();
    await expect(usageValue(root, 'usage-included')).toBe('210 of 1,000 min used');
  },
};

export const ScheduledChange: S = {
  args: {
    client: {
      subscription: {
        scheduledChange: {
          targetPlanId: 'plan_starter',
          targetTerms: plan('starter'),
          kind: 'stripe_downgrade',
          effectiveAt: new Date('2026-12-08T09:00:00.000Z'),
          createdAt: new Date('2026-11-20T09:00:00.000Z'),
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(await card(canvasElement)).getByText('Changes to Starter on Dec 8, 2026.')).toBeVisible();
  },
};

/** Canceled at period end: the card says when it ends and what keeps working until then. */
export const ScheduledCancellation: S = {
  args: { client: { on: 'starter', subscription: { cancelAt: new Date('2026-12-08T09:00:00.000Z') } } },
  play: async ({ canvasElement }) => {
    await expect(
      within(await card(canvasElement)).getByText(
        'This subscription is canceled from Dec 8, 2026. Numbers, agents and included minutes keep working until then.',
      ),
    ).toBeVisible();
  },
};

/** Upgraded mid-period: the note dates the terms from the change, not from the start. */
export const AfterPlanChange: S = {
  args: { client: { subscription: { version: 4, termsSince: new Date('2026-11-20T15:30:00.000Z') } } },
  play: async ({ canvasElement }) => {
    await expect(
      within(await card(canvasElement)).getByText(
        'These terms took effect on Nov 20, 2026. Later edits to the plan in the catalog do not change them.',
      ),
    ).toBeVisible();
  },
};

export const NoSubscription: StoryObj = {
  render: () => <NumbersHarness>{() => <SubscriptionCard subAccountId="sa_new" />}</NumbersHarness>,
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(await within(root).findByText('No subscription is running.')).toBeVisible();
  },
};

export const Dark: S = {
  args: { client: { on: 'starter', usage: { voiceSeconds: 500 * 60, walletMinutes: 100 } } },
  parameters: { plankit: { theme: 'dark' } },
};
export const German: S = {
  args: { client: { on: 'growthPlus' } },
  parameters: { plankit: { locale: 'de' } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(within(root).getByText('Aktiv')).toBeVisible();
    await expect(within(root).getByText('1 Min. = 4 Chats')).toBeVisible();
  },
};
export const CustomTheme: S = {
  args: { client: { on: 'starter', usage: { voiceSeconds: 360 * 60, walletMinutes: 100 } } },
  parameters: { plankit: { theme: 'brand' } },
};
