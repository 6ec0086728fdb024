import { PlankitProvider } from '@plankit/sdk/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { InvoiceDetail } from '../../src/billing/InvoiceDetail';
import { InvoiceList } from '../../src/billing/InvoiceList';
import { PlankitUIProvider } from '../../src/i18n/context';
import { billingScenario, FakeBilling } from '../../src/testing/fake-billing';
import { fakeClient } from '../../src/testing/fake-client';
import { invoiceHistory, openRequest, seenBy } from '../../src/testing/invoices';

const request = seenBy(openRequest, 'agency');

function show(ui: ReactElement, fake?: FakeBilling) {
  const user = userEvent.setup();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <PlankitUIProvider timeZone="UTC">
        <PlankitProvider client={fakeClient(fake ?? {})}>{ui}</PlankitProvider>
      </PlankitUIProvider>
    </QueryClientProvider>,
  );
  return user;
}

const markPaid = (root: HTMLElement = document.body) => within(root).getByRole('button', { name: 'Mark paid' });
const why = (root: HTMLElement = document.body) => root.querySelector('[data-slot="mark-paid-why"]');

describe('Mark paid in InvoiceDetail', () => {
  it('is disabled until a reference is typed, and says why', async () => {
    const onMarkPaid = vi.fn(async () => undefined);
    const user = show(<InvoiceDetail invoice={request} onMarkPaid={onMarkPaid} />);
    expect(markPaid()).toBeDisabled();
    expect(why()?.textContent).toBe('Enter the transfer’s reference to mark this request paid.');
    expect(markPaid()).toHaveAccessibleDescription('Enter the transfer’s reference to mark this request paid.');
    // Spaces alone are no reference: the server refuses them too.
    await user.type(screen.getByLabelText('Bank transfer reference'), '   ');
    expect(markPaid()).toBeDisabled();
    await user.type(screen.getByLabelText('Bank transfer reference'), 'TRX-2211');
    expect(markPaid()).toBeEnabled();
    expect(why()).toBeNull();
    await user.click(markPaid());
    expect(onMarkPaid).toHaveBeenCalledWith(request, 'TRX-2211');
  });

  it('shows an error past 200 characters and sends nothing', async () => {
    const onMarkPaid = vi.fn(async () => undefined);
    const user = show(<InvoiceDetail invoice={request} onMarkPaid={onMarkPaid} />);
    const field = screen.getByLabelText('Bank transfer reference');
    await user.click(field);
    await user.paste('R'.repeat(200));
    expect(markPaid()).toBeEnabled();
    await user.type(field, 'X');
    expect(screen.getByRole('alert').textContent).toBe('The reference has 201 characters; shorten it to 200 or fewer.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(markPaid()).toBeDisabled();
    await user.type(field, '{Enter}');
    expect(onMarkPaid).not.toHaveBeenCalled();
  });

  it('offers no Mark paid to the client, whom the server does not allow', () => {
    show(<InvoiceDetail invoice={openRequest} onMarkPaid={vi.fn()} onPay={vi.fn()} />);
    expect(screen.queryByLabelText('Bank transfer reference')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark paid' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Pay now' })).toBeEnabled();
  });
});

describe('Mark paid in InvoiceList', () => {
  it('opens the reference field in the row, disabled until typed, and sends the trimmed reference', async () => {
    const onMarkPaid = vi.fn(async () => undefined);
    const user = show(<InvoiceList invoices={[request]} onMarkPaid={onMarkPaid} />);
    expect(screen.queryByLabelText('Bank transfer reference')).toBeNull();
    await user.click(markPaid());
    const form = screen.getByRole('row', { name: /Bank transfer reference/ });
    expect(markPaid(form)).toBeDisabled();
    expect(why(form)?.textContent).toBe('Enter the transfer’s reference to mark this request paid.');
    await user.type(within(form).getByLabelText('Bank transfer reference'), ' TRX-9 ');
    await user.click(markPaid(form));
    expect(onMarkPaid).toHaveBeenCalledWith(request, 'TRX-9');
  });

  it('shows the too-long error in the row', async () => {
    const user = show(<InvoiceList invoices={[request]} onMarkPaid={vi.fn()} />);
    await user.click(markPaid());
    await user.click(screen.getByLabelText('Bank transfer reference'));
    await user.paste('R'.repeat(250));
    expect(screen.getByRole('alert').textContent).toBe('The reference has 250 characters; shorten it to 200 or fewer.');
    expect(markPaid(screen.getByRole('row', { name: /Bank transfer reference/ }))).toBeDisabled();
  });

  it('Cancel closes the field without sending', async () => {
    const onMarkPaid = vi.fn();
    const user = show(<InvoiceList invoices={[request]} onMarkPaid={onMarkPaid} />);
    await user.click(markPaid());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Bank transfer reference')).toBeNull();
    expect(onMarkPaid).not.toHaveBeenCalled();
  });
});

describe('InvoiceList wired to the sdk', () => {
  it('given the agency, marks the open request paid on the server and the row reads Paid', async () => {
    const fake = new FakeBilling(billingScenario({ viewer: 'agency', invoices: invoiceHistory }));
    const user = show(<InvoiceList subAccountId="sa_new" />, fake);
    const row = () => screen.getAllByRole('row').find((r) => r.textContent?.includes('$15.00')) as HTMLElement;
    await user.click(await within(await waitFor(row)).findByRole('button', { name: 'Mark paid' }));
    await user.click(screen.getByLabelText('Bank transfer reference'));
    await user.paste('TRX-2211');
    await user.click(markPaid(screen.getByRole('row', { name: /Bank transfer reference/ })));
    await waitFor(() => expect(within(row()).getByText('Paid')).toHaveAttribute('data-state', 'paid'));
    expect(fake.calls.filter((c) => c.operation === 'markPaid')).toEqual([
      { operation: 'markPaid', args: ['pr_nov', 'TRX-2211'] },
    ]);
    expect(screen.queryByRole('button', { name: 'Mark paid' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Void' })).toBeNull();
  });

  it('given the client, Pay now pays on the server; a card invoice offers nothing', async () => {
    const fake = new FakeBilling(billingScenario({ viewer: 'client', invoices: invoiceHistory }));
    const user = show(<InvoiceList subAccountId="sa_new" />, fake);
    await user.click(await screen.findByRole('button', { name: 'Pay now' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Pay now' })).toBeNull());
    expect(fake.calls.filter((c) => c.operation === 'pay')).toEqual([{ operation: 'pay', args: ['pr_nov'] }]);
    expect(screen.queryByRole('button', { name: 'Mark paid' })).toBeNull();
  });

  it('says when the list cannot be loaded, and Retry loads it', async () => {
    const fake = new FakeBilling(billingScenario({ invoices: invoiceHistory })).failNext('list', { kind: 'network' });
    const user = show(<InvoiceList subAccountId="sa_new" />, fake);
    expect(await screen.findByText('The invoices could not be loaded.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('row')).toHaveLength(5);
  });

  it('pages older documents in with Show older', async () => {
    const fake = new FakeBilling(billingScenario({ invoices: invoiceHistory }));
    const user = show(<InvoiceList subAccountId="sa_new" pageSize={2} />, fake);
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(5));
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });
});
