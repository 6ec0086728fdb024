export interface LiveRegionProps {
  /** The text to announce; changing it announces again. Empty announces nothing. */
  message: string;
  /** `'polite'` waits for the screen reader to finish; `'assertive'` interrupts. Default `'polite'`. */
  politeness?: 'polite' | 'assertive' | undefined;
}

/**
 * A visually hidden live region that announces results (plan changed, request failed).
 * Rendered always, so the region exists before its text changes, as screen readers require.
 * Styling hook: `data-slot="live-region"`.
 */
export function LiveRegion({ message, politeness = 'polite' }: LiveRegionProps) {
  return (
    <div
      className="plankit-sr-only"
      data-slot="live-region"
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
    >
      {message}
    </div>
  );
}
