import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { NumberStateBadge, NumberSummary } from '../../src/numbers/parts';
import { ReleaseNumberDialog } from '../../src/numbers/ReleaseNumberDialog';
import { UnassignNumberDialog } from '../../src/numbers/UnassignNumberDialog';
import { assignedNumber, poolNumber } from '../../src/testing/fake-numbers';
import { NumbersHarness, type NumbersHarnessProps, page, paragraph, waitForStep } from './harness';

type Args = Omit<NumbersHarnessProps, 'children'> & {
  kind: 'unassign' | 'release';
  onSuccess?: () => void;
  defaultOpen?: boolean;
};

function Story({ kind, onSuccess, defaultOpen = true, ...harness }: Args) {
  return (
    <NumbersHarness {...harness}>
      {(fake) => {
        const props = { number: fake.number('num_1'), defaultOpen, onSuccess };
        return kind === 'unassign' ? <UnassignNumberDialog {...props} /> : <ReleaseNumberDialog {...props} />;
      }}
    </NumbersHarness>
  );
}

const meta = {
  title: 'Phone numbers/Unassign and release',
  component: Story,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Story>;
export default meta;
type S = StoryObj<typeof meta>;

const active = { numbers: [assignedNumber('active')] };

export const UnassignActive: S = {
  args: { kind: 'unassign', scenario: active, onSuccess: fn() },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'Unassign +1 415 555 0123?' });
    const stops = within(dialog).getByRole('region', { name: 'Stops working now' });
    await expect(within(stops).getByText('Front desk agent')).toBeVisible();
    await expect(within(stops).getByText('Winter recall campaign')).toBeVisible();
    await expect(within(stops).getByText('Missed-call text back')).toBeVisible();
    await expect(within(dialog).getByText('Assigned to Dana Whitfield (Northwind Dental)')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unassign now' }));
    await waitForStep(dialog, 'success');
    await expect(await paragraph(dialog, '+1 415 555 0123 is back in your pool as Unassigned.')).toBeVisible();
    await expect(within(dialog).getByText('Unassigned')).toBeVisible();
    await expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const UnassignPending: S = {
  args: { kind: 'unassign', scenario: { numbers: [assignedNumber('pending_payment')] } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog');
    await expect(within(dialog).getByText('Pending Payment')).toBeVisible();
    await expect(within(dialog).getByText('No agent, campaign or workflow uses this number.')).toBeVisible();
  },
};

export const UnassignFailed: S = {
  args: {
    kind: 'unassign',
    scenario: active,
    setup: (fake) => fake.failNext('unassign', { kind: 'network' }),
  },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unassign now' }));
    await waitForStep(dialog, 'error');
    await expect(
      await paragraph(dialog, 'Could not reach the server. Check your connection, then retry.'),
    ).toBeVisible();
  },
};

export const ReleaseActive: S = {
  args: { kind: 'release', scenario: active, onSuccess: fn() },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'Release +1 415 555 0123?' });
    await expect(within(dialog).getByText(/keep using the number until Dec 20, 2026/)).toBeVisible();
    await expect(within(dialog).getByRole('region', { name: 'Stops working on Dec 20, 2026' })).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Release at period end' }));
    await waitForStep(dialog, 'success');
    await expect(within(dialog).getByText('Releasing')).toBeVisible();
    await expect(ctx.args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

/** The number changed meanwhile (e.g. the agency unassigned it): the refusal says to refresh. */
export const ReleaseStale: S = {
  parameters: { covers: { reasons: ['illegal_transition'] } },
  args: {
    kind: 'release',
    scenario: active,
    setup: (fake) =>
      fake.failNext('release', {
        kind: 'refusal',
        refusal: { ok: false, reason: 'illegal_transition', params: { from: 'unassigned', event: 'release' } },
      }),
  },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Release at period end' }));
    await waitForStep(dialog, 'error');
    await expect(
      await paragraph(
        dialog,
        'A number in state Unassigned cannot take the Release action. Refresh to see its current state, then retry.',
      ),
    ).toBeVisible();
  },
};

/** Release applies to active numbers only: a pending one renders nothing. */
export const ReleaseNotAvailable: S = {
  args: { kind: 'release', scenario: { numbers: [assignedNumber('pending_payment')] } },
  play: async (ctx) => {
    await expect(page(ctx).queryByRole('dialog')).toBeNull();
    await expect(ctx.canvasElement.textContent).toBe('');
  },
};

export const ReleaseGerman: S = {
  args: { kind: 'release', scenario: active },
  parameters: { plankit: { locale: 'de' } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: '+1 415 555 0123 freigeben?' });
    await expect(within(dialog).getByRole('button', { name: 'Zum Periodenende freigeben' })).toBeVisible();
  },
};

export const UnassignDark: S = {
  args: { kind: 'unassign', scenario: active },
  parameters: { plankit: { theme: 'dark' } },
};

/** Every number state, as the pool list shows it. */
export const NumberStates: StoryObj = {
  render: () => (
    <div style={{ display: 'grid', gap: 12, maxWidth: 520 }}>
      {(['unassigned', 'pending_payment', 'active', 'releasing'] as const).map((state) => (
        <NumberSummary
          key={state}
          number={state === 'unassigned' ? poolNumber() : assignedNumber(state)}
          aside={<NumberStateBadge state={state} />}
        />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const label of ['Unassigned', 'Pending Payment', 'Active', 'Releasing']) {
      await expect(canvas.getByText(label)).toBeVisible();
    }
  },
};
