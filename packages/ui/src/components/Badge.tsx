import type { HTMLAttributes } from 'react';

export type BadgeVariant = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  /** Colour role, exposed as `data-variant`. Default `'neutral'`. */
  variant?: BadgeVariant | undefined;
}

/** A short label. Styling hooks: `data-slot="badge"`, `data-variant`. */
export function Badge({ variant = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      {...props}
      className={['plankit-badge', className].filter(Boolean).join(' ')}
      data-slot="badge"
      data-variant={variant}
    />
  );
}
