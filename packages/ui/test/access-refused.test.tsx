// A drop-in whose server refuses the caller outright (403, 404) shows nothing, or the host's
// trigger disabled with the reason: never a dialog whose Retry cannot succeed.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssignNumberDialog } from '../src/numbers/AssignNumberDialog';
import { StartSubscriptionDialog } from '../src/subscription/StartSubscriptionDialog';
import { FakeNumbers, numbersScenario } from '../src/testing/fake-numbers';
import { catalogOf } from '../src/testing/fixtures';
import { renderWith } from './numbers/render';

const NOT_FOUND = 'This item was not found. Refresh the page and check you are in the right agency, then retry.';
const refusal = (reason: 'not_found' | 'not_agency_member') => ({
  kind: 'refusal' as const,
  refusal: { ok: false as const, reason, params: {} },
});

describe('StartSubscriptionDialog when the server refuses the client', () => {
  const fake = () => new FakeNumbers(numbersScenario({ plans: catalogOf('starter', 'growth') }));

  it("renders nothing for another agency's sub-account id (404), before anyone clicks", async () => {
    const numbers = fake();
    numbers.failNext('subAccount', refusal('not_found'));
    const { container } = renderWith(numbers, <StartSubscriptionDialog subAccountId="sa_elsewhere" />);
    await waitFor(() => expect(numbers.calls.map((c) => c.operation)).toContain('subAccount'));
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it("disables the host's trigger with the reason when the host asks", async () => {
    const numbers = fake();
    numbers.failNext('subAccount', refusal('not_found'));
    renderWith(
      numbers,
      <StartSubscriptionDialog subAccountId="sa_elsewhere" whenUnavailable="disable">
        <button type="button">Start billing</button>
      </StartSubscriptionDialog>,
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start billing' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Start billing' })).toHaveAccessibleDescription(NOT_FOUND);
  });

  it('keeps the trigger for a client the caller may start', async () => {
    const numbers = fake();
    renderWith(numbers, <StartSubscriptionDialog subAccountId="sa_new" />);
    await waitFor(() => expect(numbers.calls.map((c) => c.operation)).toContain('subAccount'));
    expect(screen.getByRole('button', { name: 'Start subscription' })).toBeEnabled();
    // The catalog waits for the dialog to open.
    expect(numbers.calls.map((c) => c.operation)).not.toContain('plans');
  });
});

describe('AssignNumberDialog when the server refuses the number', () => {
  it('closes and renders nothing once the search answers 403', async () => {
    const numbers = new FakeNumbers();
    numbers.failNext('eligibleUsers', refusal('not_agency_member'));
    const { user, container } = renderWith(
      numbers,
      <AssignNumberDialog number={numbers.number('num_1')} debounceMs={0} />,
    );
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  it("leaves the host's trigger disabled with the reason for a number of another agency (404)", async () => {
    const numbers = new FakeNumbers();
    numbers.failNext('eligibleUsers', refusal('not_found'));
    const { user } = renderWith(
      numbers,
      <AssignNumberDialog number={numbers.number('num_1')} debounceMs={0} whenUnavailable="disable">
        <button type="button">Give to a user</button>
      </AssignNumberDialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Give to a user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const trigger = screen.getByRole('button', { name: 'Give to a user' });
    expect(trigger).toBeDisabled();
    expect(trigger).toHaveAccessibleDescription(NOT_FOUND);
  });

  it('keeps the Retry for a network failure, which a retry can mend', async () => {
    const numbers = new FakeNumbers();
    numbers.failNext('eligibleUsers', { kind: 'network' });
    const { user } = renderWith(numbers, <AssignNumberDialog number={numbers.number('num_1')} debounceMs={0} />);
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign phone number' });
    expect(await within(dialog).findByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});
