import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';
import { composeEventHandlers } from '../primitives/compose';
import { Slot } from '../primitives/Slot';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Look of the button, exposed as `data-variant`. Default `'secondary'`. */
  variant?: ButtonVariant | undefined;
  /**
   * A request started by this button is running: the button shows a spinner, sets `aria-busy`
   * and `data-state="pending"`, and ignores clicks so nothing is submitted twice. Default false.
   */
  pending?: boolean | undefined;
  /** Render the only child (e.g. a link) with the button's props instead of a `<button>`. Default false. */
  asChild?: boolean | undefined;
  ref?: Ref<HTMLButtonElement> | undefined;
}

/**
 * A button. Styling hooks: `data-slot="button"`, `data-variant`, `data-state="pending"` while pending.
 * A pending button stays focusable (so focus is not lost) but is `aria-disabled` and swallows clicks.
 */
export function Button({
  variant = 'secondary',
  pending = false,
  asChild = false,
  disabled,
  onClick,
  children,
  type,
  className,
  ...props
}: ButtonProps) {
  const guard = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) event.preventDefault();
  };
  const common = {
    'data-slot': 'button',
    'data-variant': variant,
    'data-state': pending ? 'pending' : undefined,
    'aria-busy': pending || undefined,
    'aria-disabled': pending || disabled || undefined,
    ...props,
    // The host's classes join the kit's, so its own rules can restyle the button without losing the theme.
    className: className ? `plankit-button ${className}` : 'plankit-button',
  };
  if (asChild) {
    return (
      <Slot {...common} onClick={onClick as never}>
        {children}
      </Slot>
    );
  }
  return (
    <button
      {...common}
      type={type ?? 'button'}
      disabled={disabled}
      onClick={composeEventHandlers(guard, pending ? undefined : onClick)}
    >
      {pending ? <span className="plankit-spinner" aria-hidden="true" data-slot="spinner" /> : null}
      {children}
    </button>
  );
}
