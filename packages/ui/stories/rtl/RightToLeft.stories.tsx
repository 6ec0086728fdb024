import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CreditBalance } from '../../src/billing/CreditBalance';
import { InvoiceDetail } from '../../src/billing/InvoiceDetail';
import { InvoiceList } from '../../src/billing/InvoiceList';
import { AssignNumberDialog } from '../../src/numbers/AssignNumberDialog';
import { PayToActivate } from '../../src/numbers/PayToActivate';
import { ReleaseNumberDialog } from '../../src/numbers/ReleaseNumberDialog';
import { UnassignNumberDialog } from '../../src/numbers/UnassignNumberDialog';
import { StartSubscriptionDialog } from '../../src/subscription/StartSubscriptionDialog';
import { SubscriptionCard } from '../../src/subscription/SubscriptionCard';
import { assignedNumber } from '../../src/testing/fake-numbers';
import { subAccount } from '../../src/testing/fixtures';
import { invoiceHistory } from '../../src/testing/invoices';
import { BillingHarness, region } from '../billing/harness';
import { Harness, leave, page } from '../change-plan/harness';
import { clientOn, NumbersHarness, waitForStep } from '../numbers/harness';

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

/** Mirrored: the close button sits on the left, the start of a right-to-left line. */
async function expectMirrored(dialog: HTMLElement) {
  await expect(getComputedStyle(dialog).direction).toBe('rtl');
  const close = dialog.querySelector('[data-slot="dialog-close"]') as HTMLElement;
  await expect(close).toHaveAccessibleName('סגירה');
  await expect(box(close).right).toBeLessThan(box(dialog).left + box(dialog).width / 2);
}

/** The phone number and every amount keep their left-to-right order inside the mirrored text. */
async function expectDigitsLeftToRight(root: HTMLElement) {
  const runs = root.querySelectorAll('[data-slot="number-e164"], [data-slot="money"]');
  await expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) await expect(getComputedStyle(run).direction).toBe('ltr');
}

/** Assign: search, pick a user, the monthly price, all right to left. */
export const AssignNumber: Story = {
  render: () => (
    <NumbersHarness>
      {(fake) => <AssignNumberDialog number={fake.number('num_1')} defaultOpen debounceMs={150} />}
    </NumbersHarness>
  ),
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'שיוך מספר טלפון' });
    await expectMirrored(dialog);
    const search = within(dialog).getByRole('combobox', { name: 'משתמש תת־חשבון' });
    await expect(getComputedStyle(search).direction).toBe('rtl');
    await userEvent.click(await within(dialog).findByRole('option', { name: /Omar Haddad/ }));
    await expect(within(dialog).getByText('תשלום חודשי')).toBeVisible();
    await expectDigitsLeftToRight(dialog);
    await expect(within(dialog).getByRole('button', { name: 'שיוך' })).toBeEnabled();
  },
};

/** Unassign: what stops working now, listed right to left. */
export const UnassignNumber: Story = {
  render: () => (
    <NumbersHarness scenario={{ numbers: [assignedNumber('active')] }}>
      {(fake) => <UnassignNumberDialog number={fake.number('num_1')} defaultOpen />}
    </NumbersHarness>
  ),
  play: async (ctx) => {
    // The number is isolated inside the title, so it reads "+1 415 555 0123" and not "0123 555 415 1+".
    const dialog = await page(ctx).findByRole('dialog', { name: 'לבטל את השיוך של \u2068+1 415 555 0123\u2069?' });
    await expectMirrored(dialog);
    await expect(within(dialog).getByRole('region', { name: 'מפסיק לעבוד עכשיו' })).toBeVisible();
    await expectDigitsLeftToRight(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'ביטול שיוך עכשיו' }));
    await waitForStep(dialog, 'success');
    await expect(within(dialog).getAllByText(/חזר למאגר שלכם כלא משויך/)[0]).toBeVisible();
  },
};

/** Release at period end, right to left. */
export const ReleaseNumber: Story = {
  render: () => (
    <NumbersHarness scenario={{ numbers: [assignedNumber('active')] }}>
      {(fake) => <ReleaseNumberDialog number={fake.number('num_1')} defaultOpen />}
    </NumbersHarness>
  ),
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: /לשחרר את/ });
    await expectMirrored(dialog);
    await expectDigitsLeftToRight(dialog);
    await expect(within(dialog).getByRole('button', { name: 'שחרור בסוף התקופה' })).toBeEnabled();
  },
};

/** Pay to activate: the hint and Pay Now, right to left. */
export const PayToActivateNumber: Story = {
  render: () => {
    window.sessionStorage.removeItem('plankit:checkout:num_1');
    return (
      <NumbersHarness scenario={{ numbers: [assignedNumber('pending_payment')] }}>
        {(fake) => (
          <div style={{ maxWidth: 560 }}>
            <PayToActivate number={fake.number('num_1')} checkout={() => {}} pollDelaysMs={[100, 200, 400]} />
          </div>
        )}
      </NumbersHarness>
    );
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="pay-to-activate"]') as HTMLElement;
    await waitFor(() => expect(root).toBeTruthy());
    await expect(getComputedStyle(root).direction).toBe('rtl');
    await expect(within(canvasElement).getByText('ממתין לתשלום')).toBeVisible();
    // Hebrew formats the price its own way (amount, then the sign), isolated from the words around it.
    await expect(
      within(canvasElement).getByText('שמור עבורכם. שלמו \u2068\u200f4.15 \u200f$\u2069 לחודש כדי להפעיל אותו.'),
    ).toBeVisible();
    await expect(within(canvasElement).getByRole('button', { name: 'לתשלום' })).toBeEnabled();
  },
};

/** Start subscription on an assigned plan, right to left. */
export const StartSubscription: Story = {
  render: () => (
    <NumbersHarness
      scenario={{
        client: subAccount({
          on: null,
          fields: { id: 'sa_new', name: 'Bayview Clinic', assignedPlanId: 'plan_growth' },
        }),
      }}
    >
      {() => <StartSubscriptionDialog subAccountId="sa_new" defaultOpen />}
    </NumbersHarness>
  ),
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'להפעיל מנוי ללקוח הזה?' });
    await expectMirrored(dialog);
    await expect(await within(dialog).findByText('ההפעלה תבצע:')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'הפעלת מנוי' })).toBeEnabled();
  },
};

/** The agency's invoice list right to left: dates and amounts keep their order, Mark paid opens the reference. */
export const Invoices: Story = {
  render: () => (
    <BillingHarness scenario={{ viewer: 'agency', invoices: invoiceHistory }}>
      {() => <InvoiceList subAccountId="sa_new" />}
    </BillingHarness>
  ),
  parameters: { covers: { billing: { component: 'InvoiceList', states: ['rtl'] } } },
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'חשבוניות ודרישות תשלום');
    await expect(getComputedStyle(root).direction).toBe('rtl');
    await userEvent.click(await within(root).findByRole('button', { name: 'סימון כשולם' }));
    await expect(within(root).getByLabelText('אסמכתת העברה בנקאית')).toBeVisible();
    await expectDigitsLeftToRight(root);
  },
};

/** An offline request with its credit line, right to left. */
export const Invoice: Story = {
  render: () => (
    <BillingHarness scenario={{ invoices: invoiceHistory }}>
      {() => <InvoiceDetail invoiceId="pr_nov" />}
    </BillingHarness>
  ),
  parameters: { covers: { billing: { component: 'InvoiceDetail', states: ['rtl'] } } },
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, /מתאריך/);
    await expect(getComputedStyle(root).direction).toBe('rtl');
    await expect(within(root).getByText('יתרת זיכוי קוזזה')).toBeVisible();
    await expectDigitsLeftToRight(root);
  },
};

/** The credit balance and its movements, right to left. */
export const Credit: Story = {
  render: () => <BillingHarness>{() => <CreditBalance subAccountId="sa_new" />}</BillingHarness>,
  parameters: { covers: { billing: { component: 'CreditBalance', states: ['rtl'] } } },
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'יתרת זיכוי');
    await expect(getComputedStyle(root).direction).toBe('rtl');
    await expectDigitsLeftToRight(root);
  },
};
