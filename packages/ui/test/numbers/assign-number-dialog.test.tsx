import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AssignNumberDialog } from '../../src/numbers/AssignNumberDialog';
import {
  baseCandidates,
  FakeNumbers,
  manyCandidates,
  numbersScenario,
  poolNumber,
} from '../../src/testing/fake-numbers';
import { renderWith } from './render';

function setup(fake = new FakeNumbers(), number = fake.number('num_1')) {
  const onSuccess = vi.fn();
  const onError = vi.fn();
  const view = renderWith(
    fake,
    <AssignNumberDialog number={number} debounceMs={0} onSuccess={onSuccess} onError={onError} />,
  );
  return { ...view, fake, onSuccess, onError };
}

async function open(user: ReturnType<typeof setup>['user']) {
  await user.click(screen.getByRole('button', { name: 'Assign' }));
  return screen.findByRole('dialog', { name: 'Assign phone number' });
}

describe('AssignNumberDialog', () => {
  describe('given an unassigned pool number and a few users', () => {
    it('shows the number with its capabilities and lists only eligible users', async () => {
      const { user } = setup();
      const dialog = await open(user);
      expect(within(dialog).getByText('+1 415 555 0123')).toBeVisible();
      expect(within(dialog).getByText('Voice')).toBeVisible();
      expect(within(dialog).getByText('SMS')).toBeVisible();
      const listbox = await within(dialog).findByRole('listbox', { name: 'Sub-account user' });
      const names = within(listbox)
        .getAllByRole('option')
        .map((o) => o.querySelector('.plankit-user-name')?.textContent);
      // Pending, card-less, canceled and EUR-plan users are left out.
      expect(names).toEqual([
        'Dana Whitfield',
        'Omar Haddad',
        'Lena Brooks',
        'Maximiliane Alexandra von Hohenzollern-Sigmaringen',
      ]);
      expect(within(dialog).getByRole('button', { name: 'Assign' })).toBeDisabled();
    });

    it('is operable by keyboard: type to search, arrow to a user, Enter picks, the price shows, Assign reserves', async () => {
      const { user, fake, onSuccess } = setup();
      const dialog = await open(user);
      const combobox = within(dialog).getByRole('combobox', { name: 'Sub-account user' });
      await user.click(combobox);
      await user.keyboard('lena');
      await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
      await user.keyboard('{ArrowDown}');
      const option = within(dialog).getByRole('option', { name: /Lena Brooks/ });
      expect(combobox).toHaveAttribute('aria-activedescendant', option.id);
      await user.keyboard('{Enter}');
      expect(option).toHaveAttribute('aria-selected', 'true');

      const price = within(dialog).getByRole('region', { name: 'Monthly price for Lena Brooks' });
      expect(within(price).getByText('Telco cost').nextElementSibling).toHaveTextContent('$1.15');
      expect(within(price).getByText('Phone number price (their plan)').nextElementSibling).toHaveTextContent('$3.00');
      expect(within(price).getByText('They pay each month').nextElementSibling).toHaveTextContent('$4.15/mo');

      await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
      await within(dialog).findByText(/is reserved for Lena Brooks at \$4\.15\/mo/, { selector: 'p' });
      expect(within(dialog).getByText('Pending Payment')).toBeVisible();
      expect(fake.number('num_1').state).toBe('pending_payment');
      expect(fake.number('num_1').assignedTo?.monthlyPrice).toEqual({ amount: 415, currency: 'USD' });
      expect(onSuccess).toHaveBeenCalledTimes(1);
      expect(fake.calls.filter((c) => c.operation === 'assign')).toHaveLength(1);
    });

    it('says when nobody matches the search', async () => {
      const { user } = setup();
      const dialog = await open(user);
      await user.type(within(dialog).getByRole('combobox'), 'zzz');
      expect(await within(dialog).findByText(/No eligible user matches “zzz”/)).toBeVisible();
    });
  });

  describe('given a number linked to an agent', () => {
    it('explains the fix and offers no Assign', async () => {
      const fake = new FakeNumbers(numbersScenario({ numbers: [poolNumber({ agentId: 'agent_front' })] }));
      const { user } = setup(fake);
      const dialog = await open(user);
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'This number cannot be assigned yetThis number is linked to an agent. Detach the number from the agent, then retry.',
      );
      expect(within(dialog).queryByRole('combobox')).toBeNull();
      expect(within(dialog).queryByRole('button', { name: 'Assign' })).toBeNull();
    });
  });

  describe.each([
    ['user_not_approved', { status: 'pending' }, 'This user is not approved. Approve the user, then retry.'],
    [
      'user_subscription_inactive',
      { status: 'canceled' },
      "This user's sub-account has no active plan. Start the sub-account's subscription or bring it back to active, then retry.",
    ],
    [
      'payment_method_required',
      {},
      'The user’s sub-account has no payment method on file. Ask them to add a card, then retry.',
    ],
    [
      'currency_mismatch',
      { numberCurrency: 'USD', planCurrency: 'EUR' },
      'This number is billed in USD but the user’s plan is in EUR. Pick a number priced in EUR, or move the sub-account to a plan in USD, then retry.',
    ],
  ] as const)('when the server refuses with %s', (reason, params, text) => {
    it('shows the refusal with its fix and lets the agency retry', async () => {
      const fake = new FakeNumbers().failNext('assign', { kind: 'refusal', refusal: { ok: false, reason, params } });
      const { user, onError } = setup(fake);
      const dialog = await open(user);
      await user.click(await within(dialog).findByRole('option', { name: /Dana Whitfield/ }));
      await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(`The number was not assigned${text}`);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(fake.number('num_1').state).toBe('unassigned');
      expect(within(dialog).getByRole('button', { name: 'Assign' })).toBeEnabled();
    });
  });

  describe('given 10,000 eligible users', () => {
    it('loads one page, says how many match, and narrows on the server as the user types', async () => {
      const fake = new FakeNumbers(numbersScenario({ candidates: manyCandidates(10_000) }));
      const { user } = setup(fake);
      const dialog = await open(user);
      await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(50));
      expect(within(dialog).getByText('Showing 50 of 10,000. Keep typing to narrow the list.')).toBeVisible();
      await user.type(within(dialog).getByRole('combobox'), 'Hugo Costa 2');
      await waitFor(() => expect(within(dialog).getAllByRole('option')[0]).toHaveTextContent(/^Hugo Costa 272/));
      const searches = fake.calls.filter((c) => c.operation === 'eligibleUsers');
      expect(searches.at(-1)?.args).toEqual(['num_1', { q: 'Hugo Costa 2', cursor: null, limit: 50 }]);
    });

    it('fetches the next page when arrowing near the end', async () => {
      const fake = new FakeNumbers(numbersScenario({ candidates: manyCandidates(10_000) }));
      const { user } = setup(fake);
      const dialog = await open(user);
      await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(50));
      await user.click(within(dialog).getByRole('combobox'));
      await user.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}');
      await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(100));
    });
  });

  it('speaks German', async () => {
    const fake = new FakeNumbers(numbersScenario({ candidates: baseCandidates.slice(0, 1) }));
    const { user } = renderWith(fake, <AssignNumberDialog number={fake.number('num_1')} debounceMs={0} />, {
      german: true,
    });
    await user.click(screen.getByRole('button', { name: 'Zuweisen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Telefonnummer zuweisen' });
    await user.click(await within(dialog).findByRole('option', { name: /Dana Whitfield/ }));
    expect(within(dialog).getByText('Monatlich zu zahlen').nextElementSibling?.textContent?.replace(/\s/g, ' ')).toBe(
      '4,15 $/Monat',
    );
  });
});
