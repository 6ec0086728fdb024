import { planOptions } from '@plankit/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Badge } from '../../src/components/Badge';
import { Button } from '../../src/components/Button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '../../src/components/Dialog';
import { LiveRegion } from '../../src/components/LiveRegion';
import { MoneyText } from '../../src/components/MoneyText';
import { Notice } from '../../src/components/Notice';
import { PlanPicker } from '../../src/components/PlanPicker';
import { useT } from '../../src/i18n/useT';
import { catalog, subAccount } from '../../src/testing/fixtures';

const { options } = planOptions({ subAccount: subAccount(), plans: catalog, agencyId: 'agency_acme' });

/** Every foundation part on one page, so themes and languages can be reviewed together. */
function Gallery({ onConfirm }: { onConfirm?: () => void }) {
  const t = useT();
  const [selected, setSelected] = useState<string | null>('plan_scale');
  const [pending, setPending] = useState(false);
  return (
    <div style={{ display: 'grid', gap: 20, maxWidth: 560 }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button
          variant="primary"
          pending={pending}
          onClick={() => {
            setPending(true);
            onConfirm?.();
          }}
        >
          {t('changePlan.confirm')}
        </Button>
        <Button variant="secondary">{t('common.cancel')}</Button>
        <Button variant="ghost">{t('common.retry')}</Button>
        <Button variant="danger">{t('scheduled.cancel')}</Button>
        <Button disabled>{t('changePlan.trigger')}</Button>
      </div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Badge>{t('plan.badge.recurring.off')}</Badge>
        <Badge variant="accent">{t('plan.badge.usage.on', { rate: { amount: 15, currency: 'USD', scale: 1 } })}</Badge>
        <Badge variant="success">{t('plan.badge.add_on_packs.on')}</Badge>
        <Badge variant="warning">{t('plan.contactSales')}</Badge>
        <Badge variant="danger">{t('plan.badge.chat', { chatsPerMinute: 4 })}</Badge>
      </div>
      <p style={{ margin: 0 }}>
        <MoneyText value={{ amount: 123456, currency: 'USD' }} /> ·{' '}
        <MoneyText value={{ amount: 1234, currency: 'JPY' }} /> ·{' '}
        <MoneyText value={{ amount: 12345, currency: 'KWD' }} /> ·{' '}
        <MoneyText value={{ amount: -4180, currency: 'EUR' }} />
      </p>
      <Notice variant="info">
        <p>{t('scheduled.banner', { plan: 'Starter', date: new Date('2026-12-08T09:00:00Z') })}</p>
      </Notice>
      <Notice variant="success" role="none">
        <p>{t('changePlan.success.now', { plan: 'Scale' })}</p>
      </Notice>
      <Notice variant="warning" role="none" title={t('impact.overLimitHeading')}>
        <p>{t('impact.overLimitRow', { resource: 'agents', usage: 4, cap: 2 })}</p>
      </Notice>
      <Notice variant="error" role="none" title={t('impact.blockedHeading')}>
        <p>{t.reason({ reason: 'payment_method_required' })}</p>
      </Notice>
      <PlanPicker options={options} value={selected} onValueChange={setSelected} />
      <LiveRegion message={pending ? t('changePlan.confirming') : ''} />
    </div>
  );
}

const meta = {
  title: 'Foundations/Gallery',
  component: Gallery,
  args: { onConfirm: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Gallery>;
export default meta;
type Story = StoryObj<typeof meta>;

const pendingPlay: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const confirm = canvas.getAllByRole('button')[0] as HTMLElement;
  await userEvent.click(confirm);
  await expect(confirm).toHaveAttribute('aria-busy', 'true');
  await userEvent.click(confirm);
  await expect(args.onConfirm).toHaveBeenCalledTimes(1);
};

export const Light: Story = { play: pendingPlay };
export const Dark: Story = { parameters: { plankit: { theme: 'dark' } }, play: pendingPlay };
export const CustomTheme: Story = { parameters: { plankit: { theme: 'brand' } }, play: pendingPlay };
export const German: Story = {
  parameters: { plankit: { locale: 'de' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Neuer Tarif' })).toBeVisible();
    await expect(canvas.getByText('1.234,56 $')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Growth (aktuell)' })).toBeDisabled();
  },
};

export const PlanPickerKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const scale = canvas.getByRole('radio', { name: 'Scale' });
    scale.focus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('radio', { name: 'Growth Plus' })).toBeChecked();
    // The current plan is disabled: arrows skip it.
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('radio', { name: 'Growth (yearly)' })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'Growth (current)' })).toBeDisabled();
    await expect(canvas.getByRole('radio', { name: 'Enterprise' })).toHaveAccessibleDescription(
      '$999.00/mo 20,000 minutes included Contact sales',
    );
  },
};

function DialogDemo() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Open dialog</Button>
      </DialogTrigger>
      <DialogContent
        title="A dialog"
        description="Focus stays inside until it closes."
        footer={
          <DialogClose asChild>
            <Button variant="primary">Done</Button>
          </DialogClose>
        }
      >
        <p style={{ margin: 0 }}>Tab cycles between Done and Close.</p>
      </DialogContent>
    </Dialog>
  );
}

export const DialogFocus: StoryObj = {
  render: () => <DialogDemo />,
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Open dialog' });
    await userEvent.click(trigger);
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: 'A dialog' });
    await expect(dialog).toHaveAccessibleDescription('Focus stays inside until it closes.');
    await expect(dialog).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};
