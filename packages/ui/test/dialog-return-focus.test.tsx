import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from '../src/components/Button';
import { Dialog, DialogContent, DialogTrigger } from '../src/components/Dialog';

/** A host that opens the dialog from its own button, through state: no Radix trigger. */
function HostOpened({
  unmountOnClose = false,
  onCloseAutoFocus,
}: {
  unmountOnClose?: boolean;
  onCloseAutoFocus?: (event: Event) => void;
}) {
  const [open, setOpen] = useState(false);
  const dialog = (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent title="Change plan" onCloseAutoFocus={onCloseAutoFocus}>
        <input aria-label="Search" />
      </DialogContent>
    </Dialog>
  );
  return (
    <>
      <button type="button">Skip to content</button>
      <button type="button" onClick={() => setOpen(true)}>
        More actions
      </button>
      <button type="button">Elsewhere</button>
      {unmountOnClose && !open ? null : dialog}
    </>
  );
}

/** The kit's own pattern: Radix's trigger opens it. */
function WithTrigger() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Open</Button>
      </DialogTrigger>
      <DialogContent title="Change plan">
        <input aria-label="Search" />
      </DialogContent>
    </Dialog>
  );
}

async function openWithKeyboard(name: string) {
  const user = userEvent.setup();
  const opener = screen.getByRole('button', { name });
  opener.focus();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('dialog', { name: 'Change plan' })).toHaveFocus();
  return { user, opener };
}

async function closeWithEscape(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('given a controlled dialog the host opens from its own button', () => {
  it('returns focus to that button when closed with Escape', async () => {
    render(<HostOpened />);
    const { user, opener } = await openWithKeyboard('More actions');
    await closeWithEscape(user);
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('returns focus to that button when the host unmounts the dialog as it closes', async () => {
    render(<HostOpened unmountOnClose />);
    const { user, opener } = await openWithKeyboard('More actions');
    await closeWithEscape(user);
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it("lets the host's onCloseAutoFocus place focus instead", async () => {
    render(
      <HostOpened
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          screen.getByRole('button', { name: 'Elsewhere' }).focus();
        }}
      />,
    );
    const { user } = await openWithKeyboard('More actions');
    await closeWithEscape(user);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'More actions' })).not.toHaveFocus();
  });
});

describe('given an uncontrolled dialog with an asChild trigger', () => {
  it('returns focus to the trigger when closed with Escape', async () => {
    render(<WithTrigger />);
    const { user, opener } = await openWithKeyboard('Open');
    await closeWithEscape(user);
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('returns focus to the trigger when it was opened without focusing it (Safari mouse click)', async () => {
    render(<WithTrigger />);
    const trigger = screen.getByRole('button', { name: 'Open' });
    // Safari does not focus a clicked button, so the page itself has focus while the dialog opens.
    (document.activeElement as HTMLElement | null)?.blur();
    trigger.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Change plan' })).toHaveFocus());
    await closeWithEscape(userEvent.setup());
    await waitFor(() => expect(trigger).toHaveFocus());
  });
});
