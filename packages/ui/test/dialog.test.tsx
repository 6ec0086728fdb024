import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { Button } from '../src/components/Button';
import { Dialog, DialogContent, DialogTrigger } from '../src/components/Dialog';
import { PlankitUIProvider } from '../src/i18n/context';
import { de } from '../src/messages/de';

function Example({ title = 'Change plan' as string, onOpenChange = vi.fn() }) {
  return (
    <Dialog onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>Open</Button>
      </DialogTrigger>
      <DialogContent title={title} description="Pick a plan." footer={<Button>Save</Button>}>
        <input aria-label="Search" />
      </DialogContent>
    </Dialog>
  );
}

describe('Dialog', () => {
  it('is named by its title, described by its description, and closes with an sr-only labelled button', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Change plan' });
    expect(dialog).toHaveAccessibleDescription('Pick a plan.');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible();
    expect(await axe(dialog)).toHaveNoViolations();
  });

  it('keeps focus inside and returns it to the trigger on close', async () => {
    const user = userEvent.setup();
    render(<Example />);
    const trigger = screen.getByRole('button', { name: 'Open' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('textbox', { name: 'Search' })).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(within(dialog).getByRole('textbox', { name: 'Search' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
  });

  it('translates the close label', async () => {
    const user = userEvent.setup();
    render(
      <PlankitUIProvider locale="de-DE" messages={de}>
        <Example title="Tarif ändern" />
      </PlankitUIProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeVisible();
  });

  it('warns in development when it has no title', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<Example title="" />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(warn).toHaveBeenCalledWith(
      'Plankit: a dialog has no title. Screen readers announce it unnamed; pass `title`.',
    );
    warn.mockRestore();
    error.mockRestore();
  });
});
