import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AssignNumberDialog, ChangePlanDialog as PackageChangePlanDialog } from '../src';
import type { ChangePlanDialogProps } from '../src/change-plan/ChangePlanDialog';
import { type BodyLoader, bodyLoader, LazyDialogShell } from '../src/components/lazyDialog';
import { FakePlankitProvider } from '../src/testing/FakePlankitProvider';
import { FakePlankit } from '../src/testing/fake-plankit';
import { scenario } from '../src/testing/fixtures';

// Each test makes a fresh shell, so each starts with the body not loaded yet; `load` is the real
// dynamic import, watched.
function setup() {
  const load = vi.fn(() => import('../src/change-plan/ChangePlanDialog').then((module) => module.ChangePlanDialog));
  const body = bodyLoader<ChangePlanDialogProps>('ChangePlanDialog', 'changePlan.trigger', load);
  return { body, load, fake: new FakePlankit(scenario()) };
}

function ChangePlanDialog({ body, ...props }: ChangePlanDialogProps & { body: BodyLoader<ChangePlanDialogProps> }) {
  return <LazyDialogShell loader={body} props={props} />;
}

/** Waits until the shell has asked for its body and the body has arrived. */
async function bodyLoaded(load: ReturnType<typeof setup>['load']) {
  await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  await act(async () => {
    await load.mock.results[0]?.value;
  });
}

describe('the package entry', () => {
  it('exports the drop-in dialogs as shells whose body can be fetched ahead', async () => {
    await expect(PackageChangePlanDialog.preload()).resolves.toBeUndefined();
    await expect(AssignNumberDialog.preload()).resolves.toBeUndefined();
  });
});

describe('a drop-in dialog whose body loads on first use', () => {
  function renderDialog(props: { children?: ReactElement } = {}) {
    const { body, load, fake } = setup();
    const user = userEvent.setup();
    render(
      <FakePlankitProvider fake={fake}>
        <ChangePlanDialog body={body} subAccountId="sa_northwind" {...props} />
      </FakePlankitProvider>,
    );
    return { user, load };
  }

  it('keeps the trigger on screen while the body loads on a cold click, then opens the dialog', async () => {
    const { load } = renderDialog();
    expect(load).not.toHaveBeenCalled();
    // A click with no hover before it (a touch, or a hover too short to load anything).
    fireEvent.click(screen.getByRole('button', { name: 'Change plan' }));
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Change plan' })).toBeInTheDocument();
    await bodyLoaded(load);
    const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
    expect(await within(dialog).findByText('Current plan')).toBeVisible();
  }, 30_000); // a cold import of the dialog's module graph is slow on a loaded machine

  it('loads the body on hover, so the click opens the dialog at once', async () => {
    const { user, load } = renderDialog();
    await user.hover(screen.getByRole('button', { name: 'Change plan' }));
    await bodyLoaded(load);
    await user.click(screen.getByRole('button', { name: 'Change plan' }));
    expect(screen.getByRole('dialog', { name: 'Change plan' })).toBeVisible();
  });

  it('loads the body on keyboard focus and leaves focus on the trigger', async () => {
    const { user, load } = renderDialog();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Change plan' })).toHaveFocus();
    await bodyLoaded(load);
    expect(screen.getByRole('button', { name: 'Change plan' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Change plan' })).toBeVisible();
  });

  it("does not open when the host's trigger cancels the click", async () => {
    const { user, load } = renderDialog({
      children: (
        <button type="button" onClick={(event) => event.preventDefault()}>
          Change plan
        </button>
      ),
    });
    await user.click(screen.getByRole('button', { name: 'Change plan' }));
    await bodyLoaded(load);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens a controlled dialog from the host state alone, with no trigger of its own', async () => {
    const { body, fake } = setup();
    render(
      <FakePlankitProvider fake={fake}>
        <ChangePlanDialog body={body} subAccountId="sa_northwind" open onOpenChange={() => {}} />
      </FakePlankitProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Change plan' })).toBeNull();
    expect(await screen.findByRole('dialog', { name: 'Change plan' })).toBeVisible();
  });
});
