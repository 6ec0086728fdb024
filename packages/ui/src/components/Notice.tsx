import type { ReactNode } from 'react';

export type NoticeVariant = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps {
  /** Severity, exposed as `data-variant`. Errors use `role="alert"`, others `role="status"`. Default `'info'`. */
  variant?: NoticeVariant | undefined;
  /** A short bold first line. */
  title?: ReactNode | undefined;
  /** Buttons or links under the text. */
  actions?: ReactNode | undefined;
  /** Override the role, e.g. `'none'` when a live region elsewhere announces the same text. */
  role?: 'alert' | 'status' | 'note' | 'none' | undefined;
  className?: string | undefined;
  children?: ReactNode | undefined;
}

/** A message in a box. Styling hooks: `data-slot="notice"`, `data-variant`. */
export function Notice({ variant = 'info', title, actions, role, className, children }: NoticeProps) {
  const resolvedRole = role ?? (variant === 'error' ? 'alert' : variant === 'info' ? 'note' : 'status');
  return (
    <div
      className={['plankit-notice', className].filter(Boolean).join(' ')}
      data-slot="notice"
      data-variant={variant}
      role={resolvedRole === 'none' ? undefined : resolvedRole}
    >
      {title ? <p className="plankit-notice-title">{title}</p> : null}
      {children}
      {actions ? (
        <div className="plankit-notice-actions" data-slot="notice-actions">
          {actions}
        </div>
      ) : null}
    </div>
  );
}
