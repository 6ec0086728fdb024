import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChangePlanDialog, changePlanSuccessMessage, PlankitUIProvider, useT } from '../src/index';
import { de } from '../src/messages/de';
import { FakePlankitProvider } from '../src/testing/FakePlankitProvider';
import { FakePlankit } from '../src/testing/fake-plankit';
import { scenario } from '../src/testing/fixtures';

// A host's own toast, fed from onSuccess the way the README shows.
function HostRow({ toasts }: { toasts: string[] }) {
  const t = useT();
  return (
    <ChangePlanDialog
      subAccountId="sa_northwind"
      onSuccess={(result) => toasts.push(changePlanSuccessMessage(t, result))}
    />
  );
}

async function upgradeToScale(trigger: string, confirm: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: trigger }));
  const dialog = await screen.findByRole('dialog');
  await user.click(await within(dialog).findByRole('radio', { name: 'Scale' }));
  const button = within(dialog).getByRole('button', { name: confirm });
  await within(dialog).findByRole('region');
  await user.click(button);
  await within(dialog).findByRole('link');
}

describe('changePlanSuccessMessage', () => {
  describe('given a host that toasts the result of an upgrade', () => {
    it('toasts what the dialog says: the new plan, the amount charged and the minutes added', async () => {
      const toasts: string[] = [];
      render(
        <FakePlankitProvider fake={new FakePlankit(scenario())}>
          <HostRow toasts={toasts} />
        </FakePlankitProvider>,
      );
      await upgradeToScale('Change plan', 'Confirm');
      expect(toasts).toEqual(['The plan is now Scale. $63.50 was charged. 2,000 minutes were added.']);
    });

    it("speaks the host's language and locale", async () => {
      const toasts: string[] = [];
      render(
        <FakePlankitProvider fake={new FakePlankit(scenario())}>
          <PlankitUIProvider locale="de-DE" timeZone="Europe/Berlin" messages={de}>
            <HostRow toasts={toasts} />
          </PlankitUIProvider>
        </FakePlankitProvider>,
      );
      await upgradeToScale(de['changePlan.trigger'], de['changePlan.confirm']);
      expect(toasts.map((text) => text.replace(/\s/g, ' '))).toEqual([
        'Der Tarif ist jetzt Scale. 63,50 $ wurden berechnet. 2.000 Minuten wurden hinzugefügt.',
      ]);
    });
  });
});
