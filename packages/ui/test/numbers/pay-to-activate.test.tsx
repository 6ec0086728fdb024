import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PayToActivate } from '../../src/numbers/PayToActivate';
import { assignedNumber, type CheckoutScript, FakeNumbers, numbersScenario } from '../../src/testing/fake-numbers';
import { renderWith } from './render';

function setup(checkout: CheckoutScript, props: Partial<Parameters<typeof PayToActivate>[0]> = {}) {
  const fake = new FakeNumbers(numbersScenario({ numbers: [assignedNumber('pending_payment')], checkout }));
  const open = vi.fn();
  const onSuccess = vi.fn();
  const view = renderWith(
    fake,
    <PayToActivate
      number={fake.number('num_1')}
      checkout={open}
      pollDelaysMs={[10, 20, 40]}
      returnUrl="https://app.example.com/numbers"
      onSuccess={onSuccess}
      {...props}
    />,
  );
  return { ...view, fake, open, onSuccess };
}

const stateOf = (container: HTMLElement) =>
  container.querySelector('[data-slot="pay-to-activate"]')?.getAttribute('data-state');

afterEach(() => window.sessionStorage.clear());

describe('PayToActivate', () => {
  describe('given a number pending payment', () => {
    it('shows Pending Payment and Pay Now with the monthly price', () => {
      const { container } = setup({ outcome: 'complete', afterPolls: 1 });
      expect(screen.getByText('Pending Payment')).toBeVisible();
      expect(screen.getByText('Reserved for you. Pay $4.15/mo to activate it.')).toBeVisible();
      expect(stateOf(container)).toBe('idle');
    });

    it('opens checkout, polls until the server says active, then shows Active', async () => {
      const { user, fake, open, onSuccess, container } = setup({ outcome: 'complete', afterPolls: 3 });
      await user.click(screen.getByRole('button', { name: 'Pay Now' }));
      expect(open).toHaveBeenCalledWith('https://checkout.example.com/pay/cs_1');
      expect(fake.calls.find((c) => c.operation === 'startCheckout')?.args).toEqual([
        'num_1',
        { returnUrl: 'https://app.example.com/numbers' },
      ]);
      await waitFor(() => expect(stateOf(container)).toBe('active'));
      expect(fake.calls.filter((c) => c.operation === 'getCheckout')).toHaveLength(3);
      expect(screen.getByText('Active')).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Pay Now' })).toBeNull();
      expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ state: 'active' }));
    });

    it('shows the declined card and lets the user pay again', async () => {
      const { user, container } = setup({ outcome: 'declined', afterPolls: 1 });
      await user.click(screen.getByRole('button', { name: 'Pay Now' }));
      await waitFor(() => expect(stateOf(container)).toBe('declined'));
      expect(
        screen.getByText(
          'The card was declined, so the number is still pending. Add or update your card in checkout, then pay again.',
          { selector: 'p' },
        ),
      ).toBeVisible();
      expect(screen.getByText('Pending Payment')).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Pay again' }));
      await waitFor(() => expect(stateOf(container)).toBe('declined'));
    });

    it('gives up after the last poll with a clear message, and can check again', async () => {
      const { user, fake, container } = setup({ outcome: 'open', afterPolls: 1 });
      await user.click(screen.getByRole('button', { name: 'Pay Now' }));
      await waitFor(() => expect(stateOf(container)).toBe('gave_up'));
      // One check now and one after each of the three waits.
      expect(fake.calls.filter((c) => c.operation === 'getCheckout')).toHaveLength(4);
      expect(
        screen.getByText(
          'The payment has not been confirmed yet. If you completed it, check again in a minute; otherwise pay again.',
          { selector: 'p' },
        ),
      ).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Check again' }));
      await waitFor(() => expect(stateOf(container)).toBe('gave_up'));
      expect(fake.calls.filter((c) => c.operation === 'getCheckout')).toHaveLength(8);
    });

    it('redirects by default and resumes the checkout when the page loads again', async () => {
      const assign = vi.fn();
      vi.stubGlobal('location', { ...window.location, assign, href: 'https://app.example.com/numbers' });
      try {
        const first = setup({ outcome: 'complete', afterPolls: 1 }, { checkout: 'redirect' });
        await first.user.click(screen.getByRole('button', { name: 'Pay Now' }));
        await waitFor(() => expect(assign).toHaveBeenCalledWith('https://checkout.example.com/pay/cs_1'));
        expect(stateOf(first.container)).toBe('redirecting');
        expect(window.sessionStorage.getItem('plankit:checkout:num_1')).toBe('cs_1');
        first.unmount();

        // Back from checkout: a new page with the same server.
        const back = renderWith(first.fake, <PayToActivate number={first.fake.number('num_1')} pollDelaysMs={[10]} />);
        await waitFor(() => expect(stateOf(back.container)).toBe('active'));
        expect(window.sessionStorage.getItem('plankit:checkout:num_1')).toBeNull();
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('opens checkout in a popup inside the click, then follows it', async () => {
      const popup = { location: { href: '' }, close: vi.fn() };
      const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
      try {
        const { user, container } = setup({ outcome: 'complete', afterPolls: 1 }, { checkout: 'popup' });
        await user.click(screen.getByRole('button', { name: 'Pay Now' }));
        expect(open).toHaveBeenCalledWith('', 'plankit-checkout', 'popup,width=480,height=720');
        await waitFor(() => expect(stateOf(container)).toBe('active'));
        expect(popup.location.href).toBe('https://checkout.example.com/pay/cs_1');
      } finally {
        open.mockRestore();
      }
    });

    it('says how to allow a blocked popup, and starts no checkout', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      try {
        const { user, fake, container } = setup({ outcome: 'complete', afterPolls: 1 }, { checkout: 'popup' });
        await user.click(screen.getByRole('button', { name: 'Pay Now' }));
        expect(stateOf(container)).toBe('popup_blocked');
        expect(
          screen.getByText('The checkout window was blocked. Allow pop-ups for this site, then pay again.', {
            selector: 'p',
          }),
        ).toBeVisible();
        expect(fake.calls.filter((c) => c.operation === 'startCheckout')).toHaveLength(0);
      } finally {
        open.mockRestore();
      }
    });

    it('says when checkout cannot start', async () => {
      const { user, fake } = setup({ outcome: 'complete', afterPolls: 1 });
      fake.failNext('startCheckout', { kind: 'network' });
      await user.click(screen.getByRole('button', { name: 'Pay Now' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Checkout could not be startedCould not reach the server. Check your connection, then retry.',
      );
    });
  });

  it.each(['active', 'releasing'] as const)('renders nothing for a %s number', (state) => {
    const fake = new FakeNumbers(numbersScenario({ numbers: [assignedNumber(state)] }));
    const { container } = renderWith(fake, <PayToActivate number={fake.number('num_1')} />);
    expect(container).toBeEmptyDOMElement();
  });
});
