import { type ReactElement, useEffect, useRef } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { Button } from './Button';
import { DialogTrigger } from './Dialog';

/**
 * The props every drop-in dialog shares: its open state (controlled or not), its trigger, and the
 * outcome of its action. `TResult` is what `onSuccess` receives.
 */
export interface DialogControlProps<TResult> {
  /** Controlled open state. Default `undefined`: the dialog keeps its own state and opens from the trigger. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. Default `false`. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog asks to open or close (trigger, Escape, close button, outside click). Default none. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * The trigger, rendered with `asChild` (your button or menu item; its `preventDefault()` in onClick
   * cancels opening). Default: the dialog's own button when uncontrolled, none when controlled.
   */
  children?: ReactElement | undefined;
  /** Called with the server's result once the action has succeeded. Default none. */
  onSuccess?: ((result: TResult) => void) | undefined;
  /** Called when the action fails (refusal, network). Default none. */
  onError?: ((error: unknown) => void) | undefined;
}

/** What `useDialogControl` reads: the open state and the trigger, whatever the dialog's result. */
type DialogOpenProps = Pick<DialogControlProps<never>, 'open' | 'defaultOpen' | 'onOpenChange' | 'children'>;

export interface DialogControl {
  /** Whether the dialog is open, from `open` or its own state. */
  isOpen: boolean;
  /** Asks to open or close; pass to `Dialog`'s `onOpenChange`. */
  setOpen: (open: boolean) => void;
  /** The host's trigger or the default button, wrapped in `DialogTrigger`; `null` when controlled without one. */
  trigger: ReactElement | null;
}

/**
 * Open state and trigger for a drop-in dialog. `name` names the dialog in development warnings;
 * `triggerLabel` labels the default trigger button.
 */
export function useDialogControl(props: DialogOpenProps, name: string, triggerLabel: string): DialogControl {
  const { open, defaultOpen = false, onOpenChange, children } = props;
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
    name: `${name} \`open\``,
  });
  const element = children ?? (open === undefined ? <Button>{triggerLabel}</Button> : null);
  const trigger = element ? <DialogTrigger asChild>{element}</DialogTrigger> : null;
  return { isOpen, setOpen, trigger };
}

/**
 * Calls `reset` each time the dialog opens, so each opening starts a fresh choice. Call it after the
 * hook that owns `reset`, whose own effects should run first.
 */
export function useResetOnOpen(isOpen: boolean, reset: () => void): void {
  const wasOpen = useRef(isOpen);
  useEffect(() => {
    if (isOpen && !wasOpen.current) reset();
    wasOpen.current = isOpen;
  }, [isOpen, reset]);
}

/** Closes the dialog once the server refuses the caller outright: the drop-in then renders `Unavailable`. */
export function useCloseWhenRefused(refused: unknown, isOpen: boolean, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    if (refused && isOpen) setOpen(false);
  }, [refused, isOpen, setOpen]);
}
