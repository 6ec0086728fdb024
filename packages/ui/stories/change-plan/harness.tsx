import { type ComponentProps, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ChangePlanDialog } from '../../src/change-plan/ChangePlanDialog';
import { FakePlankitProvider } from '../../src/testing/FakePlankitProvider';
import { FakePlankit, type FakePlankitOptions } from '../../src/testing/fake-plankit';
import { type Scenario, scenario } from '../../src/testing/fixtures';

export type DialogProps = Omit<ComponentProps<typeof ChangePlanDialog>, 'subAccountId'>;

export interface HarnessProps {
  /** The server's state. */
  scenario?: Partial<Scenario>;
  /** Scripts what happens on the server meanwhile (failures, clock, catalog edits). */
  setup?: (fake: FakePlankit) => void;
  options?: FakePlankitOptions;
  dialog?: DialogProps;
  subAccountId?: string;
}

/** A ChangePlanDialog over its own in-memory backend, fresh for every render of the story. */
export function Harness({ scenario: overrides, setup, options, dialog, subAccountId = 'sa_northwind' }: HarnessProps) {
  const [fake] = useState(() => {
    const instance = new FakePlankit(scenario(overrides), { latencyMs: 40, ...options });
    setup?.(instance);
    return instance;
  });
  return (
    <FakePlankitProvider fake={fake}>
      <ChangePlanDialog subAccountId={subAccountId} {...dialog} />
    </FakePlankitProvider>
  );
}

type Canvas = { canvasElement: HTMLElement };

/** The whole document: Radix portals the dialog to <body>. */
export const page = ({ canvasElement }: Canvas) => within(canvasElement.ownerDocument.body);

/** The flow's step, from the body's `data-step`. */
export const stepOf = (dialog: HTMLElement) => dialog.querySelector('[data-step]')?.getAttribute('data-step');

/** Waits until the dialog has left `step`. */
export async function leave(dialog: HTMLElement, step: string) {
  await waitFor(() => expect(stepOf(dialog)).not.toBe(step));
}

/** Opens the dialog from its trigger and waits for the plans. */
export async function openDialog(ctx: Canvas): Promise<HTMLElement> {
  await userEvent.click(await within(ctx.canvasElement).findByRole('button', { name: /Change plan|Tarif ändern/ }));
  const dialog = await page(ctx).findByRole('dialog');
  await waitFor(() => expect(stepOf(dialog)).toBeTruthy());
  await leave(dialog, 'loading');
  return dialog;
}

/** Opens the dialog, picks `plan` and waits for its quote. */
export async function pick(ctx: Canvas, plan: string): Promise<HTMLElement> {
  const dialog = await openDialog(ctx);
  await userEvent.click(await within(dialog).findByRole('radio', { name: plan }));
  await leave(dialog, 'choosing');
  await leave(dialog, 'previewing');
  return dialog;
}

/** The text of one `data-slot` inside the dialog. */
export function slot(dialog: HTMLElement, name: string): string | null {
  return dialog.querySelector(`[data-slot="${name}"]`)?.textContent ?? null;
}

export const confirmButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: /^(Confirm|Bestätigen)$/ });
