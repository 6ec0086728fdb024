import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CreditBalance } from '../../src/billing/CreditBalance';
import { InvoiceDetail } from '../../src/billing/InvoiceDetail';
import { InvoiceList } from '../../src/billing/InvoiceList';
import { InvoiceStatusBadge } from '../../src/billing/InvoiceStatusBadge';
import { SubscriptionCard } from '../../src/subscription/SubscriptionCard';
import type { FakeBilling, FakeBillingScenario } from '../../src/testing/fake-billing';
import {
  invoiceHistory,
  noCredit,
  openRequest,
  paidByTransfer,
  pastDueRequest,
  stripeUpgradeInvoice,
  voidRequest,
} from '../../src/testing/invoices';
import { clientOn } from '../numbers/harness';
import { BillingHarness, type BillingHarnessProps, region } from './harness';

/** The billing states every component shows in some story (checked by test/story-coverage.test.ts). */
export type BillingState =
  | 'open'
  | 'paid'
  | 'void'
  | 'past_due'
  | 'mark_paid'
  | 'credit_applied'
  | 'empty'
  | 'loading'
  | 'error'
  | 'agency_pool'
  | 'statuses';
export type BillingComponent = 'InvoiceList' | 'InvoiceDetail' | 'CreditBalance' | 'InvoiceStatusBadge';

type Args = Omit<BillingHarnessProps, 'children'> & { show: (fake: FakeBilling) => ReactNode };

function Story({ show, ...harness }: Args) {
  return <BillingHarness {...harness}>{show}</BillingHarness>;
}

const meta = {
  title: 'Billing/Invoices and credit',
  component: Story,
} satisfies Meta<typeof Story>;
export default meta;
type S = StoryObj<typeof meta>;

const covers = (component: BillingComponent, ...states: BillingState[]) => ({
  covers: { billing: { component, states } },
});
const agency = (scenario: Partial<FakeBillingScenario> = {}): Partial<FakeBillingScenario> => ({
  viewer: 'agency',
  ...scenario,
});
const hang = (operation: Parameters<FakeBilling['failNext']>[0]) => (fake: FakeBilling) =>
  fake.failNext(operation, { kind: 'hang' });
const offline = (operation: Parameters<FakeBilling['failNext']>[0]) => (fake: FakeBilling) =>
  fake.failNext(operation, { kind: 'network' });

const rowWith = (root: HTMLElement, text: string) =>
  within(root)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(text)) as HTMLElement;
const lines = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-slot="invoice-lines"] li')].map((li) => li.textContent);

// ── InvoiceList ──────────────────────────────────────────────────────────────────────────────

/** The client's history: an open request less its credit (Pay now), a paid card invoice, a paid transfer, a void request. */
export const ListForTheClient: S = {
  args: { scenario: { invoices: invoiceHistory }, show: () => <InvoiceList subAccountId="sa_new" /> },
  parameters: covers('InvoiceList', 'open', 'paid', 'void', 'credit_applied'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Invoices and payment requests');
    const open = await waitFor(() => rowWith(root, '$15.00'));
    await expect(within(open).getByText('Open')).toBeVisible();
    await expect(within(open).getByText('Nov 15, 2026')).toBeVisible();
    await expect(within(rowWith(root, 'Sep 8, 2026')).getByText('Void')).toBeVisible();
    await expect(
      within(root)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Pay now']);
    await userEvent.click(within(open).getByRole('button', { name: 'Pay now' }));
    await waitFor(() => expect(within(rowWith(root, '$15.00')).getByText('Paid')).toBeVisible(), { timeout: 4000 });
  },
};

/** The agency records a bank transfer: Mark paid opens the reference field, disabled until it is typed. */
export const ListMarkPaid: S = {
  args: { scenario: agency({ invoices: invoiceHistory }), show: () => <InvoiceList subAccountId="sa_new" /> },
  parameters: covers('InvoiceList', 'mark_paid', 'open', 'paid'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Invoices and payment requests');
    const open = await waitFor(() => rowWith(root, '$15.00'));
    await userEvent.click(within(open).getByRole('button', { name: 'Mark paid' }));
    const form = within(root).getByRole('row', { name: /Bank transfer reference/ });
    const confirm = within(form).getByRole('button', { name: 'Mark paid' });
    await expect(confirm).toBeDisabled();
    await expect(confirm).toHaveAccessibleDescription('Enter the transfer’s reference to mark this request paid.');
    await userEvent.type(within(form).getByLabelText('Bank transfer reference'), 'TRX-2211');
    await expect(confirm).toBeEnabled();
  },
};

/** An offline client past its due date: the card's banner and the request it reads, for the agency. */
export const ListPastDue: S = {
  args: {
    scenario: agency({ invoices: [pastDueRequest, paidByTransfer] }),
    numbers: {
      client: clientOn({
        on: 'offlineBasic',
        terms: { paymentDueDays: 7, graceDays: 10 },
        subscription: { periodPaid: false },
      }),
    },
    show: () => (
      <div className="plankit-stack" style={{ gap: 16 }}>
        <SubscriptionCard subAccountId="sa_new" viewer="agency" />
        <InvoiceList subAccountId="sa_new" />
      </div>
    ),
  },
  parameters: covers('InvoiceList', 'past_due'),
  play: async ({ canvasElement }) => {
    const card = await region(canvasElement, 'Current subscription');
    await expect(card).toHaveAttribute('data-state', 'past_due');
    await expect(
      within(card).getByText('Payment due Nov 15, 2026; blocked from Nov 25, 2026 if unpaid.'),
    ).toBeVisible();
    const root = await region(canvasElement, 'Invoices and payment requests');
    const open = await waitFor(() => rowWith(root, '$20.00'));
    await expect(within(open).getByText('Nov 15, 2026')).toBeVisible();
    await expect(within(open).getByRole('button', { name: 'Void' })).toBeEnabled();
  },
};

export const ListEmpty: S = {
  args: { scenario: { invoices: [] }, show: () => <InvoiceList subAccountId="sa_new" /> },
  parameters: covers('InvoiceList', 'empty'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Invoices and payment requests');
    await expect(await within(root).findByText('No invoices or payment requests yet.')).toBeVisible();
  },
};

export const ListLoading: S = {
  args: { setup: hang('list'), show: () => <InvoiceList subAccountId="sa_new" /> },
  parameters: covers('InvoiceList', 'loading'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

export const ListError: S = {
  args: {
    scenario: { invoices: invoiceHistory },
    setup: offline('list'),
    show: () => <InvoiceList subAccountId="sa_new" />,
  },
  parameters: covers('InvoiceList', 'error'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('The invoices could not be loaded.')).toBeVisible();
    await expect(canvas.getByText('Could not reach the server. Check your connection, then retry.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByText('$63.50')).toBeVisible();
  },
};

// ── InvoiceDetail ────────────────────────────────────────────────────────────────────────────

/** The client's open request: the period's fee, the credit applied, what is left; Pay now. */
export const DetailOpenWithCredit: S = {
  args: { scenario: { invoices: invoiceHistory }, show: () => <InvoiceDetail invoiceId="pr_nov" /> },
  parameters: covers('InvoiceDetail', 'open', 'credit_applied'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Payment request of Nov 8, 2026');
    await expect(lines(root)).toEqual([
      'Offline Basic from Nov 8, 2026 to Dec 8, 2026$20.00',
      'Credit balance applied-$5.00',
    ]);
    await expect(root.querySelector('[data-slot="invoice-total"]')).toHaveTextContent('$15.00');
    await expect(within(root).getByRole('button', { name: 'Pay now' })).toBeEnabled();
  },
};

/** A Stripe upgrade's invoice: the same two lines and total as its preview, paid by card. */
export const DetailStripeUpgrade: S = {
  args: { scenario: { invoices: invoiceHistory }, show: () => <InvoiceDetail invoiceId="in_upgrade" /> },
  parameters: covers('InvoiceDetail', 'paid'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Invoice of Nov 22, 2026');
    await expect(lines(root)).toEqual([
      'Unused time on Growth, 381 of 720 hours × $79.00-$41.80',
      'Remaining time on Scale, 381 of 720 hours × $199.00$105.30',
    ]);
    await expect(root.querySelector('[data-slot="invoice-settled"]')).toHaveTextContent('Paid by card on Nov 22, 2026');
    await expect(within(root).queryByRole('button')).toBeNull();
  },
};

export const DetailPaidByTransfer: S = {
  args: { scenario: agency({ invoices: invoiceHistory }), show: () => <InvoiceDetail invoiceId="pr_oct" /> },
  parameters: covers('InvoiceDetail', 'paid'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Payment request of Oct 8, 2026');
    await expect(within(root).getByText('Bank transfer received on Oct 12, 2026 (reference TRX-2210)')).toBeVisible();
    await expect(within(root).queryByRole('button')).toBeNull();
  },
};

/** A void request: nothing to do, and it never blocks. */
export const DetailVoid: S = {
  args: { scenario: agency({ invoices: [voidRequest] }), show: () => <InvoiceDetail invoiceId="pr_void" /> },
  parameters: covers('InvoiceDetail', 'void'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Payment request of Sep 8, 2026');
    await expect(within(root).getByText('Void')).toHaveAttribute('data-state', 'void');
    await expect(within(root).queryByRole('button')).toBeNull();
  },
};

/** The agency marks an offline request paid: a reference over 200 characters is refused before sending. */
export const DetailMarkPaid: S = {
  args: { scenario: agency({ invoices: [openRequest] }), show: () => <InvoiceDetail invoiceId="pr_nov" /> },
  parameters: covers('InvoiceDetail', 'mark_paid', 'open'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Payment request of Nov 8, 2026');
    const field = within(root).getByLabelText('Bank transfer reference');
    await userEvent.click(field);
    await userEvent.paste('R'.repeat(201));
    await expect(within(root).getByRole('alert')).toHaveTextContent(
      'The reference has 201 characters; shorten it to 200 or fewer.',
    );
    await expect(within(root).getByRole('button', { name: 'Mark paid' })).toBeDisabled();
    await userEvent.clear(field);
    await userEvent.type(field, 'TRX-2211');
    await userEvent.click(within(root).getByRole('button', { name: 'Mark paid' }));
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'paid'), { timeout: 4000 });
    await expect(within(root).getByText(/reference TRX-2211/)).toBeVisible();
  },
};

/** Past its due date: Void and Mark paid for the agency, with the Blocked date ahead. */
export const DetailPastDue: S = {
  args: { scenario: agency({ invoices: [pastDueRequest] }), show: () => <InvoiceDetail invoiceId="pr_past_due" /> },
  parameters: covers('InvoiceDetail', 'past_due'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Payment request of Nov 8, 2026');
    await expect(root.querySelector('[data-slot="invoice-due"]')).toHaveTextContent('Nov 15, 2026');
    await expect(root.querySelector('[data-slot="invoice-blocked"]')).toHaveTextContent('Nov 25, 2026');
    await expect(within(root).getByRole('button', { name: 'Void' })).toBeEnabled();
  },
};

export const DetailLoading: S = {
  args: { setup: hang('get'), show: () => <InvoiceDetail invoiceId="pr_nov" /> },
  parameters: covers('InvoiceDetail', 'loading'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

export const DetailError: S = {
  args: {
    scenario: { invoices: invoiceHistory },
    setup: offline('get'),
    show: () => <InvoiceDetail invoiceId="pr_nov" />,
  },
  parameters: covers('InvoiceDetail', 'error'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The document could not be loaded.')).toBeVisible();
  },
};

// ── CreditBalance ────────────────────────────────────────────────────────────────────────────

/** Summit after Basic → Plus: $20.00 granted, $5.00 applied to the Nov request, $15.00 left. */
export const CreditApplied: S = {
  args: { show: () => <CreditBalance subAccountId="sa_new" /> },
  parameters: covers('CreditBalance', 'credit_applied'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Credit balance');
    await expect(root.querySelector('[data-slot="credit-amount"]')).toHaveTextContent('$15.00');
    await expect(within(root).getByText(/Applied to a payment request/)).toBeVisible();
    await expect(within(root).getByText(/Upgrade to Offline Plus/)).toBeVisible();
  },
};

/** The agency's pool, 500.00 → 480.00 after Summit's upgrade. */
export const CreditAgencyPool: S = {
  args: { scenario: agency(), show: () => <CreditBalance /> },
  parameters: covers('CreditBalance', 'agency_pool'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Agency credit pool');
    await expect(root.querySelector('[data-slot="credit-amount"]')).toHaveTextContent('$480.00');
    await expect(within(root).getByText(/Moved to Summit for an upgrade to Offline Plus/)).toBeVisible();
  },
};

export const CreditNone: S = {
  args: { scenario: { credit: noCredit }, show: () => <CreditBalance subAccountId="sa_new" /> },
  parameters: covers('CreditBalance', 'empty'),
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Credit balance');
    await expect(within(root).getByText('Not tracked')).toBeVisible();
    await expect(within(root).getByText('No movements yet.')).toBeVisible();
  },
};

export const CreditLoading: S = {
  args: { setup: hang('credit'), show: () => <CreditBalance subAccountId="sa_new" /> },
  parameters: covers('CreditBalance', 'loading'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

export const CreditError: S = {
  args: { setup: offline('credit'), show: () => <CreditBalance subAccountId="sa_new" /> },
  parameters: covers('CreditBalance', 'error'),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The credit balance could not be loaded.')).toBeVisible();
  },
};

// ── InvoiceStatusBadge ───────────────────────────────────────────────────────────────────────

export const StatusBadges: S = {
  args: {
    show: () => (
      <p style={{ display: 'flex', gap: 8 }}>
        {(['draft', 'open', 'paid', 'void', 'uncollectible'] as const).map((status) => (
          <InvoiceStatusBadge key={status} status={status} />
        ))}
      </p>
    ),
  },
  parameters: covers('InvoiceStatusBadge', 'statuses'),
  play: async ({ canvasElement }) => {
    const badges = () => [...canvasElement.querySelectorAll('.plankit-badge')].map((b) => b.textContent);
    await waitFor(() => expect(badges()).toEqual(['Draft', 'Open', 'Paid', 'Void', 'Uncollectible']));
  },
};

// ── Dark and German ──────────────────────────────────────────────────────────────────────────

/** The agency's view in the dark theme: the list, a request's detail and the pool. */
export const AgencyDark: S = {
  args: {
    scenario: agency({ invoices: invoiceHistory }),
    show: () => (
      <div className="plankit-stack" style={{ gap: 16 }}>
        <InvoiceList subAccountId="sa_new" />
        <InvoiceDetail invoiceId="pr_nov" />
        <CreditBalance />
      </div>
    ),
  },
  parameters: { plankit: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    await region(canvasElement, 'Payment request of Nov 8, 2026');
    await region(canvasElement, 'Agency credit pool');
  },
};

export const German: S = {
  args: {
    scenario: { invoices: [stripeUpgradeInvoice, openRequest] },
    show: () => <InvoiceList subAccountId="sa_new" />,
  },
  parameters: { plankit: { locale: 'de' } },
  play: async ({ canvasElement }) => {
    const root = await region(canvasElement, 'Rechnungen und Zahlungsaufforderungen');
    await expect(await within(root).findAllByRole('row')).toHaveLength(3);
  },
};
