// A host renders a dialog in each row of a list that the dialog's own mutation refreshes: the row
// leaves the list (and the dialog unmounts) as soon as the server has changed. The host must still
// hear the outcome, once.

import type { Checkout } from '@plankit/sdk';
import { plankitKeys } from '@plankit/sdk/react';
import { useQuery } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChangePlanDialog } from '../src/change-plan/ChangePlanDialog';
import { AssignNumberDialog } from '../src/numbers/AssignNumberDialog';
import { PayToActivate } from '../src/numbers/PayToActivate';
import { ReleaseNumberDialog } from '../src/numbers/ReleaseNumberDialog';
import { UnassignNumberDialog } from '../src/numbers/UnassignNumberDialog';
import { StartSubscriptionDialog } from '../src/subscription/StartSubscriptionDialog';
import { FakePlankitProvider } from '../src/testing/FakePlankitProvider';
import { assignedNumber, FakeNumbers, numbersScenario } from '../src/testing/fake-numbers';
import { FakePlankit } from '../src/testing/fake-plankit';
import { catalogOf, scenario } from '../src/testing/fixtures';
import { renderWith } from './numbers/render';

interface ListProps {
  /** Under a key the dialog's mutation invalidates, as a host's own list query would be. */
  queryKey: readonly unknown[];
  /** Whether the row is still in the list, read from the server's state. */
  listed: () => boolean;
  row: () => ReactElement;
}

/**
 * The host's list: one row while the server says it belongs there. Beside it, another panel under
 * the same key answers later, so the list has re-rendered (and the dialog unmounted) before the
 * mutation's invalidation, and so the mutation itself, has finished.
 */
function HostList({ queryKey, listed, row }: ListProps) {
  const { data } = useQuery({ queryKey: [...queryKey, 'host-list'], queryFn: async () => (listed() ? ['row'] : []) });
  const slower = useQuery({
    queryKey: [...queryKey, 'host-panel'],
    queryFn: () => new Promise<string>((resolve) => setTimeout(() => resolve('Updated'), 50)),
  });
  if (data === undefined) return <p>Loading the list…</p>;
  return (
    <>
      <p>{slower.data}</p>
      <ul aria-label="Host list">
        {data.map((id) => (
          <li key={id}>{row()}</li>
        ))}
      </ul>
    </>
  );
}

async function rowGone() {
  await waitFor(() =>
    expect(within(screen.getByRole('list', { name: 'Host list' })).queryAllByRole('listitem')).toEqual([]),
  );
}

describe('a dialog in a list row that its own success removes', () => {
  it('AssignNumberDialog reports the assigned number once', async () => {
    const fake = new FakeNumbers();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const unchanged = JSON.stringify(fake.number('num_1'));
    const { user } = renderWith(
      fake,
      <HostList
        queryKey={plankitKeys.numberPool()}
        listed={() => JSON.stringify(fake.number('num_1')) === unchanged}
        row={() => (
          <AssignNumberDialog number={fake.number('num_1')} debounceMs={0} onSuccess={onSuccess} onError={onError} />
        )}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign phone number' });
    await user.click(await within(dialog).findByRole('option', { name: /Lena Brooks/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    await rowGone();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ id: 'num_1', state: 'pending_payment' }));
    expect(onError).not.toHaveBeenCalled();
  });

  it('AssignNumberDialog reports a refusal once, though the row left meanwhile', async () => {
    const fake = new FakeNumbers();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    let listed = true;
    fake.failNext('assign', { kind: 'refusal', refusal: { ok: false, reason: 'payment_method_required', params: {} } });
    const { user, queryClient } = renderWith(
      fake,
      <HostList
        queryKey={plankitKeys.numberPool()}
        listed={() => listed}
        row={() => (
          <AssignNumberDialog number={fake.number('num_1')} debounceMs={0} onSuccess={onSuccess} onError={onError} />
        )}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign phone number' });
    await user.click(await within(dialog).findByRole('option', { name: /Lena Brooks/ }));
    // Someone else took the number: the host's list drops it while the request runs.
    listed = false;
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    await queryClient.invalidateQueries({ queryKey: plankitKeys.numberPool() });
    await rowGone();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('UnassignNumberDialog reports the number back in the pool once', async () => {
    const fake = new FakeNumbers(numbersScenario({ numbers: [assignedNumber('active')] }));
    const onSuccess = vi.fn();
    const { user } = renderWith(
      fake,
      <HostList
        queryKey={plankitKeys.numberPool()}
        listed={() => fake.number('num_1').state !== 'unassigned'}
        row={() => <UnassignNumberDialog number={fake.number('num_1')} onSuccess={onSuccess} />}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Unassign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unassign +1 415 555 0123?' });
    await user.click(within(dialog).getByRole('button', { name: 'Unassign now' }));
    await rowGone();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ state: 'unassigned' }));
  });

  it('ReleaseNumberDialog reports the release once', async () => {
    const fake = new FakeNumbers(numbersScenario({ numbers: [assignedNumber('active')] }));
    const onSuccess = vi.fn();
    const { user } = renderWith(
      fake,
      <HostList
        queryKey={plankitKeys.numberPool()}
        listed={() => fake.number('num_1').state === 'active'}
        row={() => <ReleaseNumberDialog number={fake.number('num_1')} onSuccess={onSuccess} />}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Release' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Release at period end' }));
    await rowGone();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ state: 'releasing' }));
  });

  it('StartSubscriptionDialog reports the started subscription once', async () => {
    const fake = new FakeNumbers(numbersScenario({ plans: catalogOf('starter', 'growth') }));
    const onSuccess = vi.fn();
    const { user } = renderWith(
      fake,
      <HostList
        queryKey={plankitKeys.subAccounts()}
        listed={() => fake.subAccount.subscription === null}
        row={() => <StartSubscriptionDialog subAccountId="sa_new" onSuccess={onSuccess} />}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Start subscription' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign a Billing Plan' });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Billing plan' }), 'plan_growth');
    await user.click(within(dialog).getByRole('button', { name: 'Assign Plan' }));
    await screen.findByRole('dialog', { name: 'Start subscription for this client?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start subscription' }));
    await rowGone();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(fake.calls.filter((c) => c.operation === 'startSubscription')).toHaveLength(1);
  });

  it('ChangePlanDialog reports the plan change once', async () => {
    const fake = new FakePlankit(scenario());
    const onSuccess = vi.fn();
    const unchanged = JSON.stringify(fake.subAccount.subscription);
    const user = userEvent.setup();
    render(
      <FakePlankitProvider fake={fake}>
        <HostList
          queryKey={plankitKeys.subAccounts()}
          listed={() => JSON.stringify(fake.subAccount.subscription) === unchanged}
          row={() => <ChangePlanDialog subAccountId="sa_northwind" onSuccess={onSuccess} />}
        />
      </FakePlankitProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Change plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Scale' }));
    const confirm = await within(dialog).findByRole('button', { name: 'Confirm' });
    await waitFor(() => expect(confirm).toBeEnabled());
    await user.click(confirm);
    await rowGone();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(fake.calls.filter((c) => c.operation === 'change')).toHaveLength(1);
  });

  it('PayToActivate reports the activated number once, though the row left before the answer arrived', async () => {
    // The server has the payment (the row's list, refetched on focus, already says Active) while the
    // component's own status check is still on its way back.
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    class SlowAnswers extends FakeNumbers {
      override async getCheckout(checkoutId: string): Promise<Checkout> {
        const view = await super.getCheckout(checkoutId);
        await answered;
        return view;
      }
    }
    const fake = new SlowAnswers(
      numbersScenario({
        numbers: [assignedNumber('pending_payment')],
        checkout: { outcome: 'complete', afterPolls: 1 },
      }),
    );
    const onSuccess = vi.fn();
    const { user, queryClient } = renderWith(
      fake,
      <HostList
        queryKey={plankitKeys.numberPool()}
        listed={() => fake.number('num_1').state === 'pending_payment'}
        row={() => (
          <PayToActivate number={fake.number('num_1')} checkout={() => {}} pollDelaysMs={[10]} onSuccess={onSuccess} />
        )}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Pay Now' }));
    await waitFor(() => expect(fake.number('num_1').state).toBe('active'));
    await queryClient.invalidateQueries({ queryKey: plankitKeys.numberPool() });
    await rowGone();
    expect(onSuccess).not.toHaveBeenCalled();
    release();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ id: 'num_1', state: 'active' }));
    expect(fake.calls.filter((c) => c.operation === 'startCheckout')).toHaveLength(1);
  });
});
