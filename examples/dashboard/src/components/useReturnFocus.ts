import { useCallback, useRef } from 'react';

/**
 * A dialog the host opens itself (controlled, no Radix trigger) has nowhere to return focus on
 * close. Capture the element that opened it, and give focus back once the dialog is gone.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  const capture = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const restore = useCallback(() => {
    const element = opener.current;
    opener.current = null;
    // After the dialog's own close handling has run.
    if (element) setTimeout(() => element.isConnected && element.focus(), 0);
  }, []);
  return { capture, restore };
}
