import * as RadixDialog from '@radix-ui/react-dialog';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { usePlankitUI } from '../i18n/context';
import { useT } from '../i18n/useT';
import { composeEventHandlers } from '../primitives/compose';
import { isDevelopment } from '../primitives/dev';
import { shadowRootOf, trapTab } from '../primitives/shadowFocus';

export interface DialogProps {
  /** Controlled open state. Leave undefined to let the dialog manage it (with a trigger). */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. Default false. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog asks to open or close (trigger, Escape, close button, outside click). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Names the component in development warnings. */
  name?: string | undefined;
  children?: ReactNode | undefined;
}

/** The dialog's root: holds the open state, controlled or not. */
export function Dialog({ open, defaultOpen = false, onOpenChange, name = 'Dialog', children }: DialogProps) {
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
    name: `${name} \`open\``,
  });
  return (
    <RadixDialog.Root open={isOpen} onOpenChange={setOpen}>
      {children}
    </RadixDialog.Root>
  );
}

/** Opens the dialog. With `asChild` the host's element is the trigger; its `preventDefault()` cancels opening. */
export const DialogTrigger = RadixDialog.Trigger;
/** Closes the dialog. */
export const DialogClose = RadixDialog.Close;

export interface DialogContentProps {
  /** The dialog's title, wired to `aria-labelledby`. Required: a dialog without a name fails WCAG 4.1.2. */
  title: ReactNode;
  /** One sentence under the title, wired to `aria-describedby`. */
  description?: ReactNode | undefined;
  /** Buttons at the bottom, right-aligned (stacked on narrow screens). */
  footer?: ReactNode | undefined;
  /**
   * Where the dialog is portalled. Default: the shadow root the dialog is rendered in, if any (so the
   * `plankitStyles` placed there apply), else `document.body`.
   */
  container?: HTMLElement | null | undefined;
  /** Extra class on the dialog panel. */
  className?: string | undefined;
  /**
   * Runs when the dialog has closed, before focus moves. Call `preventDefault()` to place focus yourself;
   * otherwise focus returns to the element that had it when the dialog opened, or to the trigger.
   */
  onCloseAutoFocus?: ((event: Event) => void) | undefined;
  children?: ReactNode | undefined;
}

/**
 * The modal panel: overlay, focus on the panel when it opens, focus trap, Escape and outside click to
 * close, an icon close button with an sr-only label. On close, focus returns to the element that had it
 * when the dialog opened (a host's own button for a controlled dialog), else to the trigger.
 * Styling hooks: `data-slot="dialog-overlay" | "dialog" | "dialog-title" | "dialog-description" |
 * "dialog-footer" | "dialog-close"`, and `data-state="open" | "closed"` on overlay and panel.
 */
export function DialogContent({
  title,
  description,
  footer,
  container,
  className,
  onCloseAutoFocus,
  children,
}: DialogContentProps) {
  const t = useT();
  const { theme } = usePlankitUI();
  // A controlled dialog opened from the host's own control has no Radix trigger to return focus to.
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  // A hidden marker where the dialog sits in the host's tree tells which shadow root it is in.
  const anchor = useRef<HTMLSpanElement>(null);
  const [shadowRoot, setShadowRoot] = useState<ShadowRoot | null>(null);
  useIsomorphicLayoutEffect(() => setShadowRoot(shadowRootOf(anchor.current)), []);
  useEffect(() => {
    if (isDevelopment() && !title) {
      console.warn('Plankit: a dialog has no title. Screen readers announce it unnamed; pass `title`.');
    }
  }, [title]);
  return (
    <>
      <span ref={anchor} hidden data-slot="dialog-anchor" />
      <RadixDialog.Portal container={container === undefined ? shadowRoot : container}>
        <RadixDialog.Overlay
          className="plankit plankit-overlay"
          data-slot="dialog-overlay"
          data-plankit-theme={theme}
        />
        <RadixDialog.Content
          className={['plankit', 'plankit-dialog', className].filter(Boolean).join(' ')}
          data-slot="dialog"
          data-plankit-theme={theme}
          // Focus the panel itself: screen readers read its title and description first, and content
          // that loads after opening cannot leave focus on a footer button. Tab then enters the form.
          onOpenAutoFocus={(event) => {
            const panel = event.currentTarget as HTMLElement | null;
            // Runs before focus moves in, so the active element is still whatever opened the dialog.
            opener.current = focusTarget(panel?.ownerDocument.activeElement ?? null);
            event.preventDefault();
            panel?.focus();
          }}
          onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
            const element = opener.current;
            opener.current = null;
            if (!element?.isConnected) return;
            element.focus();
            // Not focusable any more (disabled, hidden): leave Radix's default, the trigger.
            if (element.ownerDocument.activeElement === element) event.preventDefault();
          })}
          onKeyDown={(event) => trapTab(event, event.currentTarget)}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="plankit-dialog-header" data-slot="dialog-header">
            <RadixDialog.Title className="plankit-dialog-title" data-slot="dialog-title">
              {title}
            </RadixDialog.Title>
            {description ? (
              <RadixDialog.Description className="plankit-dialog-description" data-slot="dialog-description">
                {description}
              </RadixDialog.Description>
            ) : null}
          </div>
          {children}
          {footer ? (
            <div className="plankit-dialog-footer" data-slot="dialog-footer">
              {footer}
            </div>
          ) : null}
          <RadixDialog.Close className="plankit-dialog-close" data-slot="dialog-close">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
            </svg>
            <span className="plankit-sr-only">{t('common.close')}</span>
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </>
  );
}

// useLayoutEffect warns when rendered on the server; the marker is only read in the browser.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** The element to give focus back to, if any: not the page itself (Safari does not focus clicked buttons). */
function focusTarget(element: Element | null): HTMLElement | SVGElement | null {
  if (!element || element === element.ownerDocument.body || element === element.ownerDocument.documentElement) {
    return null;
  }
  return typeof (element as HTMLElement).focus === 'function' ? (element as HTMLElement | SVGElement) : null;
}
