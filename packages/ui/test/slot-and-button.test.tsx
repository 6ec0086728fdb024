import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../src/components/Button';
import { Slot } from '../src/primitives/Slot';

describe('Slot', () => {
  it('runs the host handler first, then ours', async () => {
    const order: string[] = [];
    render(
      <Slot onClick={() => order.push('ours')}>
        <button type="button" onClick={() => order.push('host')}>
          Open
        </button>
      </Slot>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(order).toEqual(['host', 'ours']);
  });

  it("skips ours when the host calls preventDefault (the host's veto wins)", async () => {
    const ours = vi.fn();
    render(
      <Slot onClick={ours}>
        <button type="button" onClick={(event) => event.preventDefault()}>
          Open
        </button>
      </Slot>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(ours).not.toHaveBeenCalled();
  });

  it('joins classes, keeps the child props and sets both refs', () => {
    const ours = createRef<HTMLElement>();
    const theirs = createRef<HTMLAnchorElement>();
    render(
      <Slot className="ours" ref={ours} aria-label="ignored">
        <a href="/billing" className="theirs" ref={theirs} aria-label="Billing">
          Billing
        </a>
      </Slot>,
    );
    const link = screen.getByRole('link', { name: 'Billing' });
    expect(link).toHaveClass('ours', 'theirs');
    expect(ours.current).toBe(link);
    expect(theirs.current).toBe(link);
  });
});

describe('Button', () => {
  it('submits once per click when idle', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Confirm</Button>);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  describe('given a pending button', () => {
    it('stays focusable but is busy and ignores clicks (no double submit)', async () => {
      const onClick = vi.fn();
      render(
        <Button variant="primary" pending onClick={onClick}>
          Confirm
        </Button>,
      );
      const button = screen.getByRole('button', { name: 'Confirm' });
      await userEvent.click(button);
      await userEvent.keyboard('{Enter}');
      expect(onClick).not.toHaveBeenCalled();
      expect(button).toHaveAttribute('aria-busy', 'true');
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAttribute('data-state', 'pending');
      expect(button).toBeEnabled();
    });
  });
});
