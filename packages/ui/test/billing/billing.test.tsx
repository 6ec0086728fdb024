import { money } from '@plankit/rules';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CreditBalance } from '../../src/billing/CreditBalance';
import { InvoiceDetail } from '../../src/billing/InvoiceDetail';
import { InvoiceList } from '../../src/billing/InvoiceList';
import { PlankitUIProvider } from '../../src/i18n/context';
import { de } from '../../src/messages/de';
import { SubscriptionCard } from '../../src/subscription/SubscriptionCard';
import { FakeNumbers, numbersScenario } from '../../src/testing/fake-numbers';
import {
  agencyPool,
  clientCredit,
  invoiceHistory,
  noCredit,
  openRequest,
  paidByTransfer,
  seenBy,
  stripeUpgradeInvoice,
  voidRequest,
} from '../../src/testing/invoices';
import { clientOn } from '../../stories/numbers/harness';
import { renderWith } from '../numbers/render';

function show(ui: ReactElement, { german = false } = {}) {
  const user = userEvent.setup();
  render(
    <PlankitUIProvider
      {...(german ? { locale: 'de-DE', messages: de, timeZone: 'Europe/Berlin' } : { timeZone: 'UTC' })}
    >
      {ui}
    </PlankitUIProvider>,
  );
  return user;
}
const lineTexts = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-slot="invoice-lines"] li')].map((li) => [
    li.querySelector('span')?.textContent,
    li.querySelector('[data-slot="money"]')?.textContent,
  ]);
const rowOf = (id: string) => {
  const row = screen.getAllByRole('row')[invoiceHistory.findIndex((i) => i.id === id) + 1];
  if (row === undefined) throw new Error(`no row for ${id}`);
  return row;
};
const agency = invoiceHistory.map((invoice) => seenBy(invoice, 'agency'));
const buttons = (root: HTMLElement) =>
  within(root)
    .queryAllByRole('button')
    .map((b) => b.textContent);

describe('InvoiceList', () => {
  describe('given the client', () => {
    it('lists every document newest first and offers Pay now on the open request only', async () => {
      const onPay = vi.fn(async () => undefined);
      const user = show(<InvoiceList invoices={invoiceHistory} onPay={onPay} />);
      const rows = screen.getAllByRole('row').slice(1);
      expect(
        rows.map((r) =>
          within(r)
            .getAllByRole('cell')
            .slice(0, 5)
            .map((c) => c.textContent),
        ),
      ).toEqual([
        ['Nov 22, 2026', 'Invoice', 'Paid', '—', '$63.50'],
        ['Nov 8, 2026', 'Payment requestNov 8, 2026 – Dec 8, 2026', 'Open', 'Nov 15, 2026', '$15.00'],
        ['Oct 8, 2026', 'Payment requestOct 8, 2026 – Nov 8, 2026', 'Paid', '—', '$20.00'],
        ['Sep 8, 2026', 'Payment requestSep 8, 2026 – Oct 8, 2026', 'Void', '—', '$20.00'],
      ]);
      expect(rows.map(buttons)).toEqual([[], ['Pay now'], [], []]);
      await user.click(within(rowOf('pr_nov')).getByRole('button', { name: 'Pay now' }));
      expect(onPay).toHaveBeenCalledWith(openRequest);
    });

    it('links each document to its hosted page', () => {
      show(<InvoiceList invoices={invoiceHistory} />);
      expect(within(rowOf('in_upgrade')).getByRole('link', { name: 'Open hosted page' })).toHaveAttribute(
        'href',
        'https://billing.example.com/invoices/in_upgrade',
      );
      // No handler, no button: the host decides what the kit may do.
      expect(screen.queryByRole('button', { name: 'Pay now' })).toBeNull();
    });
  });

  describe('given the agency', () => {
    it('offers Mark paid and Void on the open payment request, nothing on paid or void ones', async () => {
      const onVoid = vi.fn(async () => undefined);
      const user = show(<InvoiceList invoices={agency} onMarkPaid={vi.fn()} onVoid={onVoid} />);
      expect(screen.getAllByRole('row').slice(1).map(buttons)).toEqual([[], ['Mark paid', 'Void'], [], []]);
      await user.click(within(rowOf('pr_nov')).getByRole('button', { name: 'Void' }));
      expect(onVoid).toHaveBeenCalledWith(seenBy(openRequest, 'agency'));
    });

    it('says why an action failed, and keeps the request open', async () => {
      // Matched by name, as errors from another bundle are.
      const offline = Object.assign(new Error('fetch failed'), { name: 'PlankitNetworkError' });
      const user = show(
        <InvoiceList invoices={[seenBy(openRequest, 'agency')]} onVoid={vi.fn(async () => Promise.reject(offline))} />,
      );
      await user.click(screen.getByRole('button', { name: 'Void' }));
      expect(await screen.findByText('That did not go through.')).toBeVisible();
      expect(screen.getByText('Could not reach the server. Check your connection, then retry.')).toBeVisible();
      expect(screen.getByRole('button', { name: 'Void' })).toBeEnabled();
    });

    it('says so when there is nothing yet', () => {
      show(<InvoiceList invoices={[]} />);
      expect(screen.getByText('No invoices or payment requests yet.')).toBeVisible();
    });
  });
});

describe('InvoiceDetail', () => {
  it('given a Stripe upgrade, shows the same two lines and total as its preview, and how it was paid', () => {
    show(<InvoiceDetail invoice={stripeUpgradeInvoice} />);
    const root = screen.getByRole('region', { name: 'Invoice of Nov 22, 2026' });
    // 1,371,600 of 2,592,000 s left = 381 of 720 hours: round(7,900 × 381/720) = 4,180; round(19,900 × 381/720) = 10,530.
    expect(lineTexts(root)).toEqual([
      ['Unused time on Growth, 381 of 720 hours × $79.00', '-$41.80'],
      ['Remaining time on Scale, 381 of 720 hours × $199.00', '$105.30'],
    ]);
    expect(root.querySelector('[data-slot="invoice-total"]')?.textContent).toBe('$63.50');
    expect(root.querySelector('[data-slot="invoice-settled"]')?.textContent).toBe('Paid by card on Nov 22, 2026');
    expect(within(root).getByText('Paid')).toHaveAttribute('data-state', 'paid');
  });

  it('given an offline request with credit, shows the fee, the credit applied and what is left', () => {
    show(<InvoiceDetail invoice={openRequest} onPay={vi.fn()} />);
    const root = screen.getByRole('region', { name: 'Payment request of Nov 8, 2026' });
    expect(lineTexts(root)).toEqual([
      ['Offline Basic from Nov 8, 2026 to Dec 8, 2026', '$20.00'],
      ['Credit balance applied', '-$5.00'],
    ]);
    expect(root.querySelector('[data-slot="invoice-total"]')?.textContent).toBe('$15.00');
    expect(root.querySelector('[data-slot="invoice-due"]')?.textContent).toBe('Nov 15, 2026');
    expect(root.querySelector('[data-slot="invoice-blocked"]')?.textContent).toBe('Nov 18, 2026');
    expect(buttons(root)).toEqual(['Pay now']);
  });

  it('given the agency, records the bank transfer with its reference', async () => {
    const onMarkPaid = vi.fn(async () => undefined);
    const request = seenBy(openRequest, 'agency');
    const user = show(<InvoiceDetail invoice={request} onMarkPaid={onMarkPaid} onVoid={vi.fn()} />);
    await user.type(screen.getByLabelText('Bank transfer reference'), '  TRX-2211 ');
    await user.click(screen.getByRole('button', { name: 'Mark paid' }));
    expect(onMarkPaid).toHaveBeenCalledWith(request, 'TRX-2211');
  });

  it('given a paid request, offers nothing and names the transfer', () => {
    show(<InvoiceDetail invoice={seenBy(paidByTransfer, 'agency')} onMarkPaid={vi.fn()} onVoid={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Bank transfer received on Oct 12, 2026 (reference TRX-2210)')).toBeVisible();
  });

  it('given a void request, offers no Void again', () => {
    show(<InvoiceDetail invoice={seenBy(voidRequest, 'agency')} onMarkPaid={vi.fn()} onVoid={vi.fn()} />);
    expect(screen.getByText('Void')).toHaveAttribute('data-state', 'void');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reads in German', () => {
    show(<InvoiceDetail invoice={stripeUpgradeInvoice} />, { german: true });
    const root = screen.getByRole('region', { name: 'Rechnung vom 22.11.2026' });
    expect(lineTexts(root)[0]?.[0]?.replace(/\s/g, ' ')).toBe(
      'Nicht genutzte Zeit für Growth, 381 von 720 Stunden × 79,00 $',
    );
  });
});

describe('CreditBalance', () => {
  it("given a client's balance, shows it and each movement newest first", () => {
    show(<CreditBalance credit={clientCredit} />);
    const root = screen.getByRole('region', { name: 'Credit balance' });
    expect(root.querySelector('[data-slot="credit-amount"]')?.textContent).toBe('$15.00');
    expect([...root.querySelectorAll('[data-slot="credit-movements"] li')].map((li) => li.textContent)).toEqual([
      'Nov 8, 2026 · Applied to a payment request-$5.00',
      'Nov 1, 2026 · Upgrade to Offline Plus$20.00',
    ]);
  });

  it("given the agency's pool, names it and what moved out of it", () => {
    show(<CreditBalance credit={agencyPool} scope="agency" />);
    const root = screen.getByRole('region', { name: 'Agency credit pool' });
    expect(root.querySelector('[data-slot="credit-amount"]')?.textContent).toBe('$480.00');
    expect(within(root).getByText(/Moved to Summit for an upgrade to Offline Plus/)).toBeVisible();
  });

  it('says when a balance is not tracked', () => {
    show(<CreditBalance credit={noCredit} />);
    expect(screen.getByText('Not tracked')).toBeVisible();
    expect(screen.getByText('No movements yet.')).toBeVisible();
  });
});

describe('SubscriptionCard payment banner', () => {
  const unpaid = () =>
    clientOn({ on: 'offlineBasic', terms: { paymentDueDays: 7, graceDays: 10 }, subscription: { periodPaid: false } });

  it('given the client past due, Pay now settles the request and the badge returns to Active', async () => {
    const fake = new FakeNumbers(numbersScenario({ client: unpaid() }));
    const onPayNow = vi.fn(async () => {
      fake.settleOpenRequest();
      await view.queryClient.invalidateQueries();
    });
    const view = renderWith(fake, <SubscriptionCard subAccountId="sa_new" onPayNow={onPayNow} />);
    const root = await screen.findByRole('region', { name: 'Current subscription' });
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'past_due'));
    expect(within(root).getByText('Payment due Nov 15, 2026; blocked from Nov 25, 2026 if unpaid.')).toBeVisible();
    await view.user.click(within(root).getByRole('button', { name: 'Pay now' }));
    expect(onPayNow).toHaveBeenCalledWith(expect.objectContaining({ id: 'pr_period', amount: money(2000, 'USD') }));
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'active'));
    expect(within(root).queryByRole('button', { name: 'Pay now' })).toBeNull();
  });

  it('given the agency, offers Mark paid instead', async () => {
    const fake = new FakeNumbers(numbersScenario({ client: unpaid() }));
    renderWith(
      fake,
      <SubscriptionCard subAccountId="sa_new" viewer="agency" onMarkPaid={vi.fn()} onPayNow={vi.fn()} />,
    );
    const root = await screen.findByRole('region', { name: 'Current subscription' });
    expect(await within(root).findByRole('button', { name: 'Mark paid' })).toBeVisible();
    expect(within(root).queryByRole('button', { name: 'Pay now' })).toBeNull();
  });

  it('shows the credit balance among the facts', async () => {
    const fake = new FakeNumbers(numbersScenario({ client: { ...unpaid(), creditBalance: money(1500, 'USD') } }));
    renderWith(fake, <SubscriptionCard subAccountId="sa_new" />);
    const root = await screen.findByRole('region', { name: 'Current subscription' });
    await waitFor(() => expect(root.querySelector('[data-slot="credit-balance"]')?.textContent).toBe('$15.00'));
  });
});
