import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChangePlanDialog } from '../src/change-plan/ChangePlanDialog';
import { FakePlankitProvider } from '../src/testing/FakePlankitProvider';
import { FakePlankit } from '../src/testing/fake-plankit';
import { scenario } from '../src/testing/fixtures';

const step = (dialog: HTMLElement) => dialog.querySelector('[data-step]')?.getAttribute('data-step');

describe('given a successful plan change, with the dialog still open on its success step', () => {
  it('asks for no quote of the plan that is now current (no 422 same_plan in the console)', async () => {
    const fake = new FakePlankit(scenario());
    const user = userEvent.setup();
    render(
      <FakePlankitProvider fake={fake}>
        <ChangePlanDialog subAccountId="sa_northwind" />
      </FakePlankitProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Change plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Scale' }));
    const confirm = await within(dialog).findByRole('button', { name: 'Confirm' });
    await waitFor(() => expect(confirm).toBeEnabled());
    await user.click(confirm);
    await waitFor(() => expect(step(dialog)).toBe('success'));
    // The refreshed context (now on Scale) has arrived; focus comes back to the window meanwhile.
    await waitFor(() => expect(fake.calls.filter((c) => c.operation === 'context')).toHaveLength(2));
    window.dispatchEvent(new Event('focus'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.calls.map((c) => c.operation)).toEqual(['context', 'preview', 'change', 'context']);
    expect(step(dialog)).toBe('success');
  });
});
