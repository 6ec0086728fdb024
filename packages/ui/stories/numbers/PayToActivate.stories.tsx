import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PayToActivate } from '../../src/numbers/PayToActivate';
import { assignedNumber, type CheckoutScript } from '../../src/testing/fake-numbers';
import { NumbersHarness, type NumbersHarnessProps } from './harness';

type Args = Omit<NumbersHarnessProps, 'children' | 'scenario'> & {
  state?: 'pending_payment' | 'active';
  checkout?: CheckoutScript;
  onOpen?: (url: string) => void;
  onSuccess?: () => void;
  pollDelaysMs?: number[];
};

function Story({ state = 'pending_payment', checkout, onOpen = () => {}, onSuccess, pollDelaysMs, ...harness }: Args) {
  // Each story starts without a checkout remembered from the one before.
  useState(() => window.sessionStorage.removeItem('plankit:checkout:num_1'));
  return (
    <NumbersHarness {...harness} scenario={{ numbers: [assignedNumber(state)], ...(checkout ? { checkout } : {}) }}>
      {(fake) => (
        <div style={{ maxWidth: 560 }}>
          <PayToActivate
            number={fake.number('num_1')}
            checkout={onOpen}
            onSuccess={onSuccess}
            pollDelaysMs={pollDelaysMs ?? [100, 200, 400]}
          />
        </div>
      )}
    </NumbersHarness>
  );
}

const meta = {
  title: 'Phone numbers/PayToActivate',
  component: Story,
} satisfies Meta<typeof Story>;
export default meta;
type S = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-slot="pay-to-activate"]') as HTMLElement;
const stateOf = (canvasElement: HTMLElement) => root(canvasElement)?.getAttribute('data-state');

async function payNow(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pay Now' }));
}

export const Pending: S = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Pending Payment')).toBeVisible();
    await expect(canvas.getByText('Reserved for you. Pay $4.15/mo to activate it.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Pay Now' })).toBeEnabled();
  },
};

/** Checkout is open in another window; the component waits for the server. */
export const Paying: S = {
  args: { checkout: { outcome: 'open', afterPolls: 1 }, pollDelaysMs: [60_000], onOpen: fn() },
  play: async ({ canvasElement, args }) => {
    await payNow(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('waiting'));
    await expect(args.onOpen).toHaveBeenCalledWith('https://checkout.example.com/pay/cs_1');
    await expect(within(canvasElement).getByRole('button', { name: 'Pay Now' })).toHaveAttribute('aria-busy', 'true');
  },
};

export const Activated: S = {
  args: { checkout: { outcome: 'complete', afterPolls: 2 }, onSuccess: fn() },
  play: async ({ canvasElement, args }) => {
    await payNow(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('active'), { timeout: 4000 });
    await expect(within(canvasElement).getByText('Active')).toBeVisible();
    await expect(
      within(canvasElement).getByText('+1 415 555 0123 is active. You are billed $4.15 on this day each month.', {
        selector: 'p',
      }),
    ).toBeVisible();
    await expect(within(canvasElement).queryByRole('button', { name: 'Pay Now' })).toBeNull();
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const Declined: S = {
  args: { checkout: { outcome: 'declined', afterPolls: 1 } },
  play: async ({ canvasElement }) => {
    await payNow(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('declined'), { timeout: 4000 });
    await expect(
      within(canvasElement).getByText(/The card was declined, so the number is still pending/, { selector: 'p' }),
    ).toBeVisible();
    await expect(within(canvasElement).getByText('Pending Payment')).toBeVisible();
    await expect(within(canvasElement).getByRole('button', { name: 'Pay again' })).toBeEnabled();
  },
};

export const Expired: S = {
  args: { checkout: { outcome: 'expired', afterPolls: 1 } },
  play: async ({ canvasElement }) => {
    await payNow(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('expired'), { timeout: 4000 });
    await expect(within(canvasElement).getByRole('button', { name: 'Pay again' })).toBeEnabled();
  },
};

/** The server never confirms: after the last poll the component gives up and says what to do. */
export const GaveUp: S = {
  args: { checkout: { outcome: 'open', afterPolls: 1 } },
  play: async ({ canvasElement }) => {
    await payNow(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('gave_up'), { timeout: 4000 });
    await expect(
      within(canvasElement).getByText(/The payment has not been confirmed yet/, { selector: 'p' }),
    ).toBeVisible();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check again' }));
    await expect(stateOf(canvasElement)).toBe('waiting');
  },
};

export const StartFailed: S = {
  args: { setup: (fake) => fake.failNext('startCheckout', { kind: 'network' }) },
  play: async ({ canvasElement }) => {
    await payNow(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('error'));
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Checkout could not be started');
  },
};

/** An active number has nothing to pay: the component renders nothing. */
export const NotPending: S = {
  args: { state: 'active' },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toBeNull();
  },
};

export const German: S = {
  parameters: { plankit: { locale: 'de' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Zahlung ausstehend')).toBeVisible();
    await expect(within(canvasElement).getByRole('button', { name: 'Jetzt bezahlen' })).toBeVisible();
  },
};

export const Dark: S = { parameters: { plankit: { theme: 'dark' } } };
export const CustomTheme: S = { parameters: { plankit: { theme: 'brand' } } };
