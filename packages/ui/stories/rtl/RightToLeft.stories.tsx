import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SubscriptionCard } from '../../src/subscription/SubscriptionCard';
import { Harness, leave, page } from '../change-plan/harness';
import { clientOn, NumbersHarness } from '../numbers/harness';

/** Stories under `dir="rtl"` with a Hebrew catalog (stories/rtl/he.ts): review their screenshots. */
const meta = {
  title: 'Right to left/Hebrew',
  component: Harness,
  parameters: { layout: 'fullscreen', plankit: { locale: 'he' } },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

const box = (element: Element) => element.getBoundingClientRect();

/** Picks Scale: the panel mirrors (close button on the left, text from the right), amounts stay LTR. */
export const ChangePlan: Story = {
  play: async (ctx) => {
    await userEvent.click(await within(ctx.canvasElement).findByRole('button', { name: 'שינוי תוכנית' }));
    const dialog = await page(ctx).findByRole('dialog', { name: 'שינוי תוכנית' });
    await leave(dialog, 'loading');
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Scale' }));
    await leave(dialog, 'choosing');
    await leave(dialog, 'previewing');
    await expect(getComputedStyle(dialog).direction).toBe('rtl');
    const close = within(dialog).getByRole('button', { name: 'סגירה' });
    await expect(box(close).right).toBeLessThan(box(dialog).left + box(dialog).width / 2);
    const dueNow = dialog.querySelector('[data-slot="due-now"] [data-slot="money"]');
    await expect(dueNow && getComputedStyle(dueNow).direction).toBe('ltr');
    await expect(within(dialog).getByRole('button', { name: 'אישור' })).toBeEnabled();
  },
};

/** The subscription card, right to left. */
export const Subscription: Story = {
  render: () => (
    <NumbersHarness scenario={{ client: clientOn() }}>
      {() => <SubscriptionCard subAccountId="sa_new" />}
    </NumbersHarness>
  ),
  play: async ({ canvasElement }) => {
    const root = await within(canvasElement).findByRole('region');
    await waitFor(() => expect(root).not.toHaveAttribute('data-state', 'loading'));
    await expect(getComputedStyle(root).direction).toBe('rtl');
  },
};
