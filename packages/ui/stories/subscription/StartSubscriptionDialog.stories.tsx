import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { StartSubscriptionDialog } from '../../src/subscription/StartSubscriptionDialog';
import { catalogOf, subAccount } from '../../src/testing/fixtures';
import { NumbersHarness, type NumbersHarnessProps, page, paragraph, waitForStep } from '../numbers/harness';

type Args = Omit<NumbersHarnessProps, 'children'> & {
  onSuccess?: () => void;
  dialog?: Partial<ComponentProps<typeof StartSubscriptionDialog>>;
};

function Story({ onSuccess, dialog, ...harness }: Args) {
  return (
    <NumbersHarness {...harness}>
      {() => <StartSubscriptionDialog subAccountId="sa_new" defaultOpen onSuccess={onSuccess} {...dialog} />}
    </NumbersHarness>
  );
}

const meta = {
  title: 'Subscriptions/StartSubscriptionDialog',
  component: Story,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Story>;
export default meta;
type S = StoryObj<typeof meta>;

const assigned = subAccount({
  on: null,
  fields: { id: 'sa_new', name: 'Bayview Clinic', assignedPlanId: 'plan_growth' },
});

/** Assign a Billing Plan, then start: the whole flow. */
export const AssignThenStart: S = {
  args: { onSuccess: fn() },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'Assign a Billing Plan' });
    await waitForStep(dialog, 'assigning');
    const select = within(dialog).getByRole('combobox', { name: 'Billing plan' });
    await expect(within(select).getByRole('option', { name: 'Select a plan…' })).toBeInTheDocument();
    // Archived plans are not offered.
    await expect(within(select).queryByRole('option', { name: /Legacy/ })).toBeNull();
    await expect(within(dialog).getByRole('button', { name: 'Assign Plan' })).toBeDisabled();
    await userEvent.selectOptions(select, 'plan_starter');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assign Plan' }));

    await waitForStep(dialog, 'confirming');
    await expect(page(ctx).getByRole('dialog', { name: 'Start subscription for this client?' })).toBe(dialog);
    await expect(within(dialog).getByText('Currently assigned to client')).toBeVisible();
    await expect(within(dialog).getByText('$29.00/mo')).toBeVisible();
    await expect(within(dialog).getByText('300 minutes included', { selector: 'dd' })).toBeVisible();
    await expect(
      within(dialog).getByText('Activate the subscription with a billing period beginning now.'),
    ).toBeVisible();
    await expect(
      within(dialog).getByText('Initialize usage tracking (included minutes and add-on balance) for this plan.'),
    ).toBeVisible();
    await expect(
      within(dialog).getByText('Charge this billing cycle to the card on file when applicable.'),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start subscription' }));

    await waitForStep(dialog, 'success');
    await expect(page(ctx).getByRole('dialog', { name: 'Subscription started' })).toBe(dialog);
    await expect(
      await paragraph(dialog, 'The subscription to Starter has started. The card on file was charged $29.00.'),
    ).toBeVisible();
    await expect(within(dialog).getByRole('link', { name: 'View invoice' })).toBeVisible();
    await expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const AlreadyAssigned: S = {
  args: { scenario: { client: assigned } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'Start subscription for this client?' });
    await waitForStep(dialog, 'confirming');
    await expect(within(dialog).getByText('Growth', { selector: '.plankit-card-plan' })).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assign another plan' }));
    await waitForStep(dialog, 'assigning');
    await expect(within(dialog).getByRole('combobox', { name: 'Billing plan' })).toHaveValue('plan_growth');
  },
};

export const NoPlans: S = {
  args: { scenario: { plans: catalogOf('archived') } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog');
    await expect(await paragraph(dialog, /There is no active plan to assign/)).toBeVisible();
  },
};

export const StartRefused: S = {
  args: {
    scenario: { client: assigned },
    setup: (fake) =>
      fake.failNext('startSubscription', {
        kind: 'refusal',
        refusal: { ok: false, reason: 'payment_method_required' },
      }),
  },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog');
    await waitForStep(dialog, 'confirming');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start subscription' }));
    await expect(
      await paragraph(dialog, 'The sub-account has no payment method on file. Ask them to add a card, then retry.'),
    ).toBeVisible();
  },
};

export const AlreadyRunning: S = {
  args: { scenario: { client: subAccount({ fields: { id: 'sa_new', name: 'Bayview Clinic' } }) } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog');
    await expect(await paragraph(dialog, 'This client already has a running subscription.')).toBeVisible();
  },
};

export const LoadFailed: S = {
  args: { setup: (fake) => fake.failNext('subAccount', { kind: 'network' }) },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog');
    await expect(await paragraph(dialog, 'The client’s billing could not be loaded.')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitForStep(dialog, 'assigning');
  },
};

export const German: S = {
  args: { scenario: { client: assigned } },
  parameters: { plankit: { locale: 'de' } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'Abonnement für diesen Kunden starten?' });
    await expect(await within(dialog).findByText('Dem Kunden zugewiesen')).toBeVisible();
  },
};

export const Dark: S = { args: { scenario: { client: assigned } }, parameters: { plankit: { theme: 'dark' } } };
export const CustomTheme: S = { parameters: { plankit: { theme: 'brand' } } };

/** Another agency's client: the server answers 404 before anyone clicks, so the host's trigger is disabled with the reason. */
export const NotInYourAgency: S = {
  args: {
    setup: (fake) =>
      fake.failNext('subAccount', { kind: 'refusal', refusal: { ok: false, reason: 'not_found', params: {} } }),
    dialog: { defaultOpen: false, whenUnavailable: 'disable' },
  },
  play: async (ctx) => {
    const trigger = () => within(ctx.canvasElement).getByRole('button', { name: 'Start subscription' });
    await waitFor(() => expect(trigger()).toBeDisabled());
    await expect(trigger()).toHaveAccessibleDescription(
      'This item was not found. Refresh the page and check you are in the right agency, then retry.',
    );
    await expect(page(ctx).queryByRole('dialog')).toBeNull();
  },
};
