import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { ChangePlanDialog, type ChangePlanDialogProps } from '../src/change-plan/ChangePlanDialog';
import { FakePlankitProvider } from '../src/testing/FakePlankitProvider';
import { FakePlankit } from '../src/testing/fake-plankit';
import { agency, catalogOf, type Scenario, scenario, subAccount, subAccountUser } from '../src/testing/fixtures';

type Props = Partial<ChangePlanDialogProps>;

function setup(s: Partial<Scenario> = {}, props: Props = {}, script?: (fake: FakePlankit) => void) {
  const fake = new FakePlankit(scenario(s));
  script?.(fake);
  const onSuccess = vi.fn();
  const onError = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <FakePlankitProvider fake={fake}>
      <ChangePlanDialog subAccountId="sa_northwind" onSuccess={onSuccess} onError={onError} {...props} />
    </FakePlankitProvider>,
  );
  return { fake, onSuccess, onError, user, view };
}

const step = (dialog: HTMLElement) => dialog.querySelector('[data-step]')?.getAttribute('data-step');

async function openAndPick(user: ReturnType<typeof userEvent.setup>, plan?: string) {
  await user.click(await screen.findByRole('button', { name: 'Change plan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
  await waitFor(() => expect(step(dialog)).toBe('choosing'));
  if (plan) {
    await user.click(within(dialog).getByRole('radio', { name: plan }));
    await waitFor(() => expect(step(dialog)).not.toBe('previewing'));
  }
  return dialog;
}

const confirm = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Confirm' });

/** A host that owns the open state. */
function Host({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open it
      </button>
      <ChangePlanDialog
        subAccountId="sa_northwind"
        open={open}
        onOpenChange={(next) => {
          onOpenChange(next);
          setOpen(next);
        }}
      />
    </>
  );
}

describe('ChangePlanDialog flows', () => {
  describe('before a plan is picked', () => {
    it('asks to pick one and keeps Confirm disabled', async () => {
      const { user } = setup();
      const dialog = await openAndPick(user);
      expect(within(dialog).getByText('Pick a plan to see what it will cost.')).toBeVisible();
      expect(confirm(dialog)).toBeDisabled();
    });

    it('has no axe violations', async () => {
      const { user } = setup();
      const dialog = await openAndPick(user, 'Scale');
      expect(await axe(dialog)).toHaveNoViolations();
    });
  });

  describe('given a confirm that is clicked twice', () => {
    it('sends one change: the pending button ignores the second click', async () => {
      const { user, fake } = setup();
      const dialog = await openAndPick(user, 'Scale');
      const button = confirm(dialog);
      await user.dblClick(button);
      await within(dialog).findByRole('link', { name: 'View invoice' });
      expect(fake.calls.filter((c) => c.operation === 'change')).toHaveLength(1);
    });
  });

  describe('given a quote older than the policy allows', () => {
    it('re-quotes, says so, and changes only on the second confirm', async () => {
      const { user, fake, onSuccess, onError } = setup({}, {}, (f) => f.onNext('change', (x) => x.advance(601)));
      const dialog = await openAndPick(user, 'Scale');
      await user.click(confirm(dialog));
      expect(
        await within(dialog).findByText(
          'The quote expired or the subscription changed. Review the new amounts, then confirm again.',
          { selector: 'p' },
        ),
      ).toBeVisible();
      await waitFor(() => expect(step(dialog)).toBe('ready'));
      expect(dialog.querySelector('[data-slot="due-now"]')).toHaveTextContent('$63.47');
      expect(onSuccess).not.toHaveBeenCalled();
      expect(onError).not.toHaveBeenCalled();
      await user.click(confirm(dialog));
      await within(dialog).findByRole('link', { name: 'View invoice' });
      const changes = fake.calls.filter((c) => c.operation === 'change');
      expect(changes).toHaveLength(2);
      expect(onSuccess).toHaveBeenCalledTimes(1);
    });
  });

  describe('given the connection drops on confirm', () => {
    it('says nothing changed, reports the error, and Retry completes it', async () => {
      const { user, onError, onSuccess } = setup({}, {}, (f) => f.failNext('change', { kind: 'network' }));
      const dialog = await openAndPick(user, 'Scale');
      await user.click(confirm(dialog));
      expect(await within(dialog).findByText('The plan was not changed.')).toBeVisible();
      expect(
        within(dialog).getByText('Could not reach the server. Check your connection, then retry.', { selector: 'p' }),
      ).toBeVisible();
      expect(onError).toHaveBeenCalledTimes(1);
      await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
      await within(dialog).findByRole('link', { name: 'View invoice' });
      expect(onSuccess).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a card on file that declines on confirm', () => {
    it('says the card was declined, not that a card is missing, and that the plan was not changed', async () => {
      const { user, onSuccess } = setup({}, {}, (f) =>
        f.failNext('change', { kind: 'refusal', refusal: { ok: false, reason: 'card_declined', params: {} } }),
      );
      const dialog = await openAndPick(user, 'Scale');
      await user.click(confirm(dialog));
      expect(await within(dialog).findByText('The plan was not changed.')).toBeVisible();
      expect(
        within(dialog).getByText(
          "The sub-account's card was declined, so nothing changed. Ask them to update their card or use another one, then retry.",
          { selector: 'p' },
        ),
      ).toBeVisible();
      expect(within(dialog).queryByText(/no payment method on file/)).toBeNull();
      expect(onSuccess).not.toHaveBeenCalled();
    });
  });

  describe('given a scheduled downgrade', () => {
    it('shows it as a banner and cancels it', async () => {
      const { user, fake } = setup();
      // Schedule a downgrade the way the server does, then open the dialog again.
      const first = await openAndPick(user, 'Starter');
      await user.click(confirm(first));
      await user.click(await within(first).findByRole('button', { name: 'Done' }));
      const dialog = await openAndPick(user);
      expect(within(dialog).getByText('Changes to Starter on Dec 8, 2026.')).toBeVisible();
      await user.click(within(dialog).getByRole('button', { name: 'Cancel scheduled change' }));
      expect(
        await within(dialog).findByText('The scheduled change to Starter was cancelled.', { selector: 'p' }),
      ).toBeVisible();
      expect(fake.subAccount.subscription?.scheduledChange).toBeNull();
    });
  });

  describe('given a plan that goes through sales', () => {
    it('shows Contact sales instead of Confirm', async () => {
      const onContactSales = vi.fn();
      const { user } = setup({}, { onContactSales });
      const dialog = await openAndPick(user, 'Enterprise');
      expect(within(dialog).queryByRole('button', { name: 'Confirm' })).toBeNull();
      await user.click(within(dialog).getByRole('button', { name: 'Contact sales' }));
      expect(onContactSales).toHaveBeenCalledWith(expect.objectContaining({ id: 'plan_enterprise' }));
    });
  });

  describe('given a sub-account with nothing to move to', () => {
    it('explains the empty list and keeps Confirm disabled', async () => {
      const { user } = setup({
        subAccount: subAccount({ on: 'offlineBasic' }),
        plans: catalogOf('offlineBasic', 'growth'),
      });
      const dialog = await openAndPick(user);
      expect(
        within(dialog).getByText(
          'No other active plan uses this sub-account’s payment type and currency. Create or activate one, then try again.',
        ),
      ).toBeVisible();
      expect(confirm(dialog)).toBeDisabled();
    });
  });

  describe('without permission', () => {
    it('renders nothing by default once the server says the feature is off', async () => {
      const { view, fake } = setup({ agency: agency({ changePlan: false }) });
      await waitFor(() => expect(fake.calls).toHaveLength(1));
      await waitFor(() => expect(view.container).toBeEmptyDOMElement());
    });

    it('renders the trigger disabled, with the reason, when the host asks', async () => {
      setup({ actor: subAccountUser }, { whenUnavailable: 'disable' });
      await waitFor(() => expect(screen.getByRole('button', { name: 'Change plan' })).toBeDisabled());
      expect(screen.getByRole('button', { name: 'Change plan' })).toHaveAccessibleDescription(
        "Only the agency's team members can change this sub-account's plan. Ask an agency team member to make the change.",
      );
    });
  });

  describe('when the server refuses the sub-account itself', () => {
    const refused = (reason: 'not_agency_member' | 'not_found') => (fake: FakePlankit) =>
      fake.failNext('context', { kind: 'refusal', refusal: { ok: false, reason, params: {} } });

    it('renders nothing for a sub-account user without self-serve (403)', async () => {
      const { view, fake } = setup({ actor: subAccountUser }, {}, refused('not_agency_member'));
      await waitFor(() => expect(fake.calls).toHaveLength(1));
      await waitFor(() => expect(view.container).toBeEmptyDOMElement());
    });

    it("renders nothing for another agency's sub-account id (404)", async () => {
      const { view, fake } = setup({}, {}, refused('not_found'));
      await waitFor(() => expect(fake.calls).toHaveLength(1));
      await waitFor(() => expect(view.container).toBeEmptyDOMElement());
    });

    it("disables the host's trigger with the reason, instead of a dialog whose Retry cannot succeed", async () => {
      setup({}, { whenUnavailable: 'disable' }, refused('not_found'));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Change plan' })).toBeDisabled());
      expect(screen.getByRole('button', { name: 'Change plan' })).toHaveAccessibleDescription(
        'This item was not found. Refresh the page and check you are in the right agency, then retry.',
      );
    });
  });

  describe('controlled', () => {
    it('opens and closes only through the host', async () => {
      const onOpenChange = vi.fn();
      const user = userEvent.setup();
      render(
        <FakePlankitProvider fake={new FakePlankit(scenario())}>
          <Host onOpenChange={onOpenChange} />
        </FakePlankitProvider>,
      );
      expect(screen.queryByRole('button', { name: 'Change plan' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Open it' }));
      const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    });
  });

  describe('reopening', () => {
    it('starts a fresh choice', async () => {
      const { user } = setup();
      const dialog = await openAndPick(user, 'Scale');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      const again = await openAndPick(user);
      expect(within(again).getByRole('radio', { name: 'Scale' })).not.toBeChecked();
      expect(dialog).not.toBeInTheDocument();
    });
  });
});
