import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReleaseNumberDialog } from '../../src/numbers/ReleaseNumberDialog';
import { UnassignNumberDialog } from '../../src/numbers/UnassignNumberDialog';
import { assignedNumber, FakeNumbers, numbersScenario, poolNumber } from '../../src/testing/fake-numbers';
import { renderWith } from './render';

const fakeWith = (number = assignedNumber('active')) => new FakeNumbers(numbersScenario({ numbers: [number] }));

describe('UnassignNumberDialog', () => {
  describe('given an active number used by an agent, a campaign and a workflow', () => {
    it('lists what stops working now, then returns the number to the pool', async () => {
      const fake = fakeWith();
      const onSuccess = vi.fn();
      const { user } = renderWith(fake, <UnassignNumberDialog number={fake.number('num_1')} onSuccess={onSuccess} />);
      await user.click(screen.getByRole('button', { name: 'Unassign' }));
      const dialog = await screen.findByRole('dialog', { name: 'Unassign +1 415 555 0123?' });
      const stops = within(dialog).getByRole('region', { name: 'Stops working now' });
      expect([...stops.querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual([
        'Agents',
        'Front desk agent',
        'Campaigns',
        'Winter recall campaign',
        'Workflows',
        'Missed-call text back',
      ]);
      await user.click(within(dialog).getByRole('button', { name: 'Unassign now' }));
      expect(
        await within(dialog).findByText('+1 415 555 0123 is back in your pool as Unassigned.', { selector: 'p' }),
      ).toBeVisible();
      expect(fake.number('num_1')).toMatchObject({ state: 'unassigned', agentId: null, assignedTo: null });
      expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ state: 'unassigned' }));
    });
  });

  it('renders nothing for an unassigned number', () => {
    const fake = fakeWith(poolNumber());
    const { container } = renderWith(fake, <UnassignNumberDialog number={fake.number('num_1')} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps the dialog open with the reason when the server refuses', async () => {
    const fake = fakeWith().failNext('unassign', {
      kind: 'refusal',
      refusal: { ok: false, reason: 'not_found' },
    });
    const onError = vi.fn();
    const { user } = renderWith(
      fake,
      <UnassignNumberDialog number={fake.number('num_1')} defaultOpen onError={onError} />,
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Unassign now' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The number was not unassignedThis item was not found. Refresh the page and check you are in the right agency, then retry.',
    );
    expect(onError).toHaveBeenCalledTimes(1);
    expect(fake.number('num_1').state).toBe('active');
  });
});

describe('ReleaseNumberDialog', () => {
  it('releases an active number at period end, without refund, after listing what stops working then', async () => {
    const fake = fakeWith();
    const { user } = renderWith(fake, <ReleaseNumberDialog number={fake.number('num_1')} />);
    await user.click(screen.getByRole('button', { name: 'Release' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release +1 415 555 0123?' });
    expect(dialog).toHaveAccessibleDescription(
      'You can keep using the number until Dec 20, 2026, the end of the month you paid for. There is no refund for the rest of the month.',
    );
    expect(within(dialog).getByRole('region', { name: 'Stops working on Dec 20, 2026' })).toHaveTextContent(
      'Front desk agent',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Release at period end' }));
    expect(
      await within(dialog).findByText('+1 415 555 0123 will be released on Dec 20, 2026. It works until then.', {
        selector: 'p',
      }),
    ).toBeVisible();
    expect(fake.number('num_1').state).toBe('releasing');
    expect(within(dialog).getByText('Releasing')).toBeVisible();
  });

  it.each(['pending_payment', 'releasing'] as const)('renders nothing for a %s number', (state) => {
    const fake = fakeWith(assignedNumber(state));
    const { container } = renderWith(fake, <ReleaseNumberDialog number={fake.number('num_1')} />);
    expect(container).toBeEmptyDOMElement();
  });
});
