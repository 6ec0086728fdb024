import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChangePlanDialog } from '../src/change-plan/ChangePlanDialog';
import { FakePlankitProvider } from '../src/testing/FakePlankitProvider';
import { FakePlankit } from '../src/testing/fake-plankit';
import { type Scenario, scenario, subAccount } from '../src/testing/fixtures';

function setup(s: Scenario = scenario(), props: Partial<Parameters<typeof ChangePlanDialog>[0]> = {}) {
  const fake = new FakePlankit(s);
  const onSuccess = vi.fn();
  const onError = vi.fn();
  const user = userEvent.setup();
  render(
    <FakePlankitProvider fake={fake}>
      <ChangePlanDialog subAccountId="sa_northwind" onSuccess={onSuccess} onError={onError} {...props} />
    </FakePlankitProvider>,
  );
  return { fake, onSuccess, onError, user };
}

async function open(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Change plan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
  await within(dialog).findByText('Current plan');
  return dialog;
}

describe('ChangePlanDialog', () => {
  describe('given a Stripe sub-account on Growth mid-period', () => {
    it('shows the current plan and lists same-type plans with the current one disabled', async () => {
      const { user } = setup();
      const dialog = await open(user);
      expect(within(dialog).getByText('Growth', { selector: '.plankit-current-plan-name' })).toBeVisible();
      const radios = within(dialog).getAllByRole('radio');
      expect(radios.map((r) => r.closest('label')?.querySelector('.plankit-option-name')?.textContent)).toEqual([
        // ordered by price per average day: $790/yr is less per day than $79/mo
        'Starter',
        'Growth (yearly)',
        'Growth (current)',
        'Growth Plus',
        'Scale',
        'Professional Services Unlimited Omnichannel Contact Centre Edition',
        'Enterprise',
      ]);
      expect(within(dialog).getByRole('radio', { name: 'Growth (current)' })).toBeDisabled();
      expect(within(dialog).getByRole('button', { name: 'Confirm' })).toBeDisabled();
    });

    it('upgrades now: shows the prorated amount due, confirms once and reports the invoice', async () => {
      const { user, onSuccess, fake } = setup();
      const dialog = await open(user);
      await user.click(within(dialog).getByRole('radio', { name: 'Scale' }));
      const impact = await within(dialog).findByRole('region', { name: 'Billing impact' });
      // Period Nov 8 09:00 → Dec 8 09:00 = 2,592,000 s; at Nov 22 12:00, 1,371,600 s remain: f = 0.52916…
      // credit −round(7900 × f) = −4180, charge +round(19900 × f) = 10530, due 6350.
      expect(impact).toHaveAttribute('data-kind', 'stripe_upgrade');
      expect(impact.querySelector('[data-slot="due-now"]')).toHaveTextContent('$63.50');
      expect(within(impact).getByRole('list', { name: 'How the amount is calculated' })).toHaveTextContent(
        /-\$41\.80.*\$105\.30/,
      );
      const confirm = within(dialog).getByRole('button', { name: 'Confirm' });
      expect(confirm).toBeEnabled();
      await user.click(confirm);
      await within(dialog).findByRole('link', { name: 'View invoice' });
      expect(onSuccess).toHaveBeenCalledTimes(1);
      expect(fake.calls.filter((c) => c.operation === 'change')).toHaveLength(1);
      const done = 'The plan is now Scale. $63.50 was charged. 2,000 minutes were added.';
      expect(within(dialog).getByText(done, { selector: '[data-slot="notice"] p' })).toBeVisible();
      expect(within(dialog).getByText(done, { selector: '[data-slot="live-region"]' })).toBeInTheDocument();
    });
  });

  describe('given a sub-account without a payment method', () => {
    it('explains the fix and keeps Confirm disabled', async () => {
      const { user } = setup(scenario({ subAccount: subAccount({ fields: { hasPaymentMethod: false } }) }));
      const dialog = await open(user);
      await user.click(within(dialog).getByRole('radio', { name: 'Scale' }));
      expect(
        await within(dialog).findByText(
          'The sub-account has no payment method on file. Ask them to add a card, then retry.',
        ),
      ).toBeVisible();
      expect(within(dialog).getByRole('button', { name: 'Confirm' })).toBeDisabled();
    });
  });
});
