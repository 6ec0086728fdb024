import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { expect, userEvent, waitFor } from 'storybook/test';
import { plankitStyles } from '../../src/styles';
import { Harness, stepOf } from './harness';

/** A host that mounts the kit inside an open shadow root, with `plankitStyles` in it and no `container`. */
function ShadowHost({ children }: { children: ReactNode }) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const attach = useCallback((element: HTMLDivElement | null) => {
    if (element) setRoot(element.shadowRoot ?? element.attachShadow({ mode: 'open' }));
  }, []);
  return (
    <div ref={attach} data-testid="shadow-host">
      {root
        ? createPortal(
            <>
              <style>{plankitStyles}</style>
              <div className="plankit">{children}</div>
            </>,
            root,
          )
        : null}
    </div>
  );
}

const meta = {
  title: 'Change plan/In a shadow root',
  component: Harness,
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <ShadowHost>
      <Harness {...args} />
    </ShadowHost>
  ),
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

const shadowOf = (canvas: HTMLElement) => {
  const root = canvas.querySelector('[data-testid="shadow-host"]')?.shadowRoot;
  if (!root) throw new Error('No shadow root in the story');
  return root;
};

/** Opens into the shadow root by itself (styled there), and Tab keeps focus inside the dialog. */
export const FocusStaysInside: Story = {
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    const trigger = await waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('button');
      if (!button) throw new Error('No trigger yet');
      return button;
    });
    await userEvent.click(trigger);
    const dialog = await waitFor(() => {
      const found = root.querySelector<HTMLElement>('[role="dialog"]');
      if (!found) throw new Error('No dialog in the shadow root');
      return found;
    });
    await expect(canvasElement.ownerDocument.body.querySelector('[role="dialog"]')).toBeNull();
    // The kit's stylesheet inside the shadow root reaches the portalled panel.
    await expect(getComputedStyle(dialog).position).toBe('fixed');
    await waitFor(() => expect(stepOf(dialog)).toBe('choosing'));
    const visited = new Set<Element>();
    for (let press = 0; press < 13; press++) {
      const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
      (root.activeElement ?? dialog).dispatchEvent(event);
      await expect(event.defaultPrevented).toBe(true);
      await expect(dialog.contains(root.activeElement)).toBe(true);
      if (root.activeElement) visited.add(root.activeElement);
    }
    // Close, the plan group (once), Cancel, then around again: more than one stop, all inside.
    await expect(visited.size).toBeGreaterThan(2);
  },
};
