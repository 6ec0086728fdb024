import type { ReasonCode } from '@plankit/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AssignNumberDialog } from '../../src/numbers/AssignNumberDialog';
import { baseCandidates, manyCandidates, poolNumber } from '../../src/testing/fake-numbers';
import { NumbersHarness, type NumbersHarnessProps, page, paragraph, waitForStep } from './harness';

type Args = Omit<NumbersHarnessProps, 'children'> & {
  dialog?: Partial<ComponentProps<typeof AssignNumberDialog>>;
};

function Story({ dialog, ...harness }: Args) {
  return (
    <NumbersHarness {...harness}>
      {(fake) => <AssignNumberDialog number={fake.number('num_1')} defaultOpen debounceMs={150} {...dialog} />}
    </NumbersHarness>
  );
}

const meta = {
  title: 'Phone numbers/AssignNumberDialog',
  component: Story,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Story>;
export default meta;
type S = StoryObj<typeof meta> & { parameters?: { covers?: { reasons?: ReasonCode[] } } };

const dialogOf = (ctx: { canvasElement: HTMLElement }) =>
  page(ctx).findByRole('dialog', { name: /Assign phone number|Telefonnummer zuweisen/ });

/** Presses Tab until `target` has focus (at most 12 times). */
async function tabTo(target: HTMLElement) {
  for (let i = 0; i < 12 && target.ownerDocument.activeElement !== target; i++) await userEvent.tab();
  await expect(target).toHaveFocus();
}

async function pickUser(dialog: HTMLElement, name: RegExp) {
  await userEvent.click(await within(dialog).findByRole('option', { name }));
}

export const Unassigned: S = {
  args: { dialog: { onSuccess: fn() } },
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    await expect(within(dialog).getByText('+1 415 555 0123')).toBeVisible();
    await expect(within(dialog).getByText('Unassigned')).toBeVisible();
    await expect(await within(dialog).findAllByRole('option')).toHaveLength(4);
    await expect(within(dialog).getByRole('button', { name: 'Assign' })).toBeDisabled();
    await expect(within(dialog).getByText('Pick a user to see the monthly price they will pay.')).toBeVisible();
  },
};

/** Keyboard only: type, arrow, Enter, Tab to Assign, Enter. */
export const KeyboardOnly: S = {
  args: { dialog: { onSuccess: fn() } },
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    const combobox = within(dialog).getByRole('combobox', { name: 'Sub-account user' });
    await tabTo(combobox);
    await userEvent.keyboard('omar');
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(within(dialog).getByRole('option', { name: /Omar Haddad/ })).toHaveAttribute('aria-selected', 'true');
    await expect(within(dialog).getByText('They pay each month').nextElementSibling).toHaveTextContent('$4.15/mo');
    const assign = within(dialog).getByRole('button', { name: 'Assign' });
    await tabTo(assign);
    await userEvent.keyboard('{Enter}');
    await waitForStep(dialog, 'success');
    await expect(await paragraph(dialog, /is reserved for Omar Haddad at \$4\.15\/mo/)).toBeVisible();
    await expect(ctx.args.dialog?.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const LinkedToAgent: S = {
  parameters: { covers: { reasons: ['number_linked_to_agent'] } },
  args: { scenario: { numbers: [poolNumber({ agentId: 'agent_front' })] } },
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    await expect(
      await paragraph(dialog, 'This number is linked to an agent. Detach the number from the agent, then retry.'),
    ).toBeVisible();
    await expect(within(dialog).queryByRole('combobox')).toBeNull();
  },
};

function refusal(reason: ReasonCode, params: Record<string, string>, text: string): S {
  return {
    parameters: { covers: { reasons: [reason] } },
    args: {
      setup: (fake) => fake.failNext('assign', { kind: 'refusal', refusal: { ok: false, reason, params } }),
      dialog: { onError: fn() },
    },
    play: async (ctx) => {
      const dialog = await dialogOf(ctx);
      await pickUser(dialog, /Dana Whitfield/);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Assign' }));
      await waitForStep(dialog, 'error');
      await expect(await paragraph(dialog, text)).toBeVisible();
      await expect(ctx.args.dialog?.onError).toHaveBeenCalledTimes(1);
    },
  };
}

export const UserNotApproved = refusal(
  'user_not_approved',
  { status: 'pending' },
  'This user is not approved. Approve the user, then retry.',
);
export const NoActivePlan = refusal(
  'user_subscription_inactive',
  { status: 'canceled' },
  "This user's sub-account has no active plan. Start the sub-account's subscription or bring it back to active, then retry.",
);
export const NoPaymentMethod = refusal(
  'payment_method_required',
  {},
  'The user’s sub-account has no payment method on file. Ask them to add a card, then retry.',
);
export const CurrencyMismatch = refusal(
  'currency_mismatch',
  { numberCurrency: 'USD', planCurrency: 'EUR' },
  'This number is billed in USD but the user’s plan is in EUR. Pick a number priced in EUR, or move the sub-account to a plan in USD, then retry.',
);
export const TakenMeanwhile = refusal(
  'number_not_unassigned',
  { state: 'pending_payment' },
  'This number is already assigned. Unassign it first, or pick an unassigned number.',
);

/** Nobody in the agency can take a number yet. */
export const NoEligibleUsers: S = {
  args: { scenario: { candidates: baseCandidates.filter((c) => c.user.status !== 'approved') } },
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    await expect(await paragraph(dialog, /No sub-account user can take a number yet/)).toBeVisible();
  },
};

export const TenThousandUsers: S = {
  args: { scenario: { candidates: manyCandidates(10_000) } },
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    await expect(await paragraph(dialog, 'Showing 50 of 10,000. Keep typing to narrow the list.')).toBeVisible();
    await userEvent.type(within(dialog).getByRole('combobox'), 'Ines Ito 9');
    await waitFor(() => expect(within(dialog).getAllByRole('option')[0]).toHaveTextContent(/^Ines Ito 9/));
  },
};

export const SearchFailed: S = {
  args: { setup: (fake) => fake.failNext('eligibleUsers', { kind: 'network' }) },
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    await expect(await paragraph(dialog, 'The users could not be loaded.')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await expect(await within(dialog).findAllByRole('option')).toHaveLength(4);
  },
};

/** A number of another agency: the first search answers 404, so the dialog closes and the host's trigger is disabled with the reason. */
export const NotInYourAgency: S = {
  parameters: { covers: { reasons: ['not_found'] } },
  args: {
    setup: (fake) =>
      fake.failNext('eligibleUsers', { kind: 'refusal', refusal: { ok: false, reason: 'not_found', params: {} } }),
    dialog: { defaultOpen: false, whenUnavailable: 'disable' },
  },
  play: async (ctx) => {
    const trigger = () => within(ctx.canvasElement).getByRole('button', { name: 'Assign' });
    await userEvent.click(trigger());
    await waitFor(() => expect(page(ctx).queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger()).toBeDisabled());
    await expect(trigger()).toHaveAccessibleDescription(
      'This item was not found. Refresh the page and check you are in the right agency, then retry.',
    );
  },
};

export const LongNames: S = {
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    await pickUser(dialog, /Maximiliane/);
    await expect(within(dialog).getByRole('region', { name: /Monthly price for Maximiliane Alexandra/ })).toBeVisible();
  },
};

export const Dark: S = {
  parameters: { plankit: { theme: 'dark' } },
  play: async (ctx) => pickUser(await dialogOf(ctx), /Lena Brooks/),
};

export const German: S = {
  parameters: { plankit: { locale: 'de' } },
  play: async (ctx) => {
    const dialog = await dialogOf(ctx);
    await pickUser(dialog, /Lena Brooks/);
    await expect(within(dialog).getByText('Monatlich zu zahlen')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Zuweisen' })).toBeEnabled();
  },
};

export const CustomTheme: S = {
  parameters: { plankit: { theme: 'brand' } },
  play: async (ctx) => pickUser(await dialogOf(ctx), /Dana Whitfield/),
};
