import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AssignNumberDialog } from '../../src/numbers/AssignNumberDialog';
import { FakeNumbers } from '../../src/testing/fake-numbers';
import { renderWith } from './render';

function Host({ fake, onOpenChange }: { fake: FakeNumbers; onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Row menu: Assign
      </button>
      <AssignNumberDialog
        number={fake.number('num_1')}
        open={open}
        debounceMs={0}
        onOpenChange={(next) => {
          onOpenChange(next);
          setOpen(next);
        }}
      />
    </>
  );
}

describe('AssignNumberDialog, controlled by the host', () => {
  it('renders no trigger of its own, opens when the host says, and asks the host to close', async () => {
    const fake = new FakeNumbers();
    const onOpenChange = vi.fn();
    const { user } = renderWith(fake, <Host fake={fake} onOpenChange={onOpenChange} />);
    expect(screen.queryByRole('button', { name: 'Assign' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Row menu: Assign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign phone number' });
    expect(within(dialog).getByRole('combobox')).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    // Nothing was searched before the host opened it.
    expect(fake.calls.filter((c) => c.operation === 'eligibleUsers')).toHaveLength(1);
  });

  it('opens uncontrolled with its own trigger and keeps the host’s click handler', async () => {
    const fake = new FakeNumbers();
    const onClick = vi.fn();
    const { user } = renderWith(
      fake,
      <AssignNumberDialog number={fake.number('num_1')} debounceMs={0}>
        <button type="button" onClick={onClick}>
          Give to a user
        </button>
      </AssignNumberDialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Give to a user' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('dialog', { name: 'Assign phone number' })).toBeVisible();
  });
});
