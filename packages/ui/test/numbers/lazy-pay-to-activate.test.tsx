import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PayToActivate as PackagePayToActivate } from '../../src';
import { bodyLoader } from '../../src/components/lazyDialog';
import { LazyPayToActivate } from '../../src/numbers/LazyPayToActivate';
import { PayToActivate as Body, type PayToActivateProps } from '../../src/numbers/PayToActivate';
import { assignedNumber, FakeNumbers, numbersScenario } from '../../src/testing/fake-numbers';
import { renderWith } from './render';

// A fresh loader per test, so each starts with the body not loaded; `load` is the real dynamic import.
function setup(
  props: Partial<PayToActivateProps> = {},
  {
    state = 'pending_payment',
    afterPolls = 1,
    before,
  }: { state?: 'pending_payment' | 'active'; afterPolls?: number; before?: (fake: FakeNumbers) => void } = {},
) {
  const load = vi.fn(() => import('../../src/numbers/PayToActivate').then((module) => module.PayToActivateContent));
  const loader = bodyLoader('PayToActivate', 'payToActivate.payNow', load);
  const fake = new FakeNumbers(
    numbersScenario({ numbers: [assignedNumber(state)], checkout: { outcome: 'complete', afterPolls } }),
  );
  before?.(fake);
  const open = vi.fn();
  const all: PayToActivateProps = { number: fake.number('num_1'), checkout: open, pollDelaysMs: [10, 20], ...props };
  const view = renderWith(fake, <LazyPayToActivate loader={loader} props={all} />);
  return { ...view, load, fake, open, all };
}

async function bodyLoaded(load: ReturnType<typeof setup>['load']) {
  await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  await act(async () => {
    await load.mock.results[0]?.value;
  });
}

const stateOf = (container: HTMLElement) =>
  container.querySelector('[data-slot="pay-to-activate"]')?.getAttribute('data-state');

afterEach(() => window.sessionStorage.clear());

describe('PayToActivate from the package entry', () => {
  it('is a shell whose body can be fetched ahead', async () => {
    await expect(PackagePayToActivate.preload()).resolves.toBeUndefined();
  });
});

describe('PayToActivate before its body has loaded', () => {
  it('shows the same badge, price and Pay Now as the loaded body, and loads nothing yet', () => {
    const { container, load, fake, all } = setup();
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('Reserved for you. Pay $4.15/mo to activate it.')).toBeVisible();
    const loaded = renderWith(fake, <Body {...all} />);
    expect(container.innerHTML).toBe(loaded.container.innerHTML);
  });

  it('loads the body on hover, and Pay Now then starts checkout', async () => {
    const { user, load, open } = setup();
    await user.hover(screen.getByRole('button', { name: 'Pay Now' }));
    await bodyLoaded(load);
    await user.click(screen.getByRole('button', { name: 'Pay Now' }));
    expect(open).toHaveBeenCalledWith('https://checkout.example.com/pay/cs_1');
  });

  it('starts checkout once on a cold click, as soon as the body arrives, and keeps focus on Pay Now', async () => {
    const { load, open, fake, container } = setup({ pollDelaysMs: [10, 20, 40] }, { afterPolls: 4 });
    const button = screen.getByRole('button', { name: 'Pay Now' });
    button.focus();
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Pay Now' })).toHaveAttribute('aria-disabled', 'true');
    await bodyLoaded(load);
    await waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    expect(fake.calls.filter((c) => c.operation === 'startCheckout')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Pay Now' })).toHaveFocus();
    await waitFor(() => expect(stateOf(container)).toBe('active'));
  });

  it('loads the body at once to follow up a checkout started here before a redirect', async () => {
    const { load, container } = setup(
      {},
      {
        before: (fake) => {
          void fake.startCheckout('num_1', { returnUrl: 'https://app.example.com/numbers' });
          window.sessionStorage.setItem('plankit:checkout:num_1', 'cs_1');
        },
      },
    );
    await bodyLoaded(load);
    await waitFor(() => expect(stateOf(container)).toBe('active'));
    expect(screen.getByText('Active')).toBeVisible();
  });

  it('renders nothing, and loads nothing, for a number that is not pending payment', () => {
    const { container, load } = setup({}, { state: 'active' });
    expect(container.querySelector('[data-slot="pay-to-activate"]')).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });
});
