import type { Ref, RefCallback, SyntheticEvent } from 'react';

/**
 * Runs the host's handler first; ours runs only if the host did not call `preventDefault()`,
 * so a host can veto what a Plankit trigger does.
 */
export function composeEventHandlers<E extends SyntheticEvent | Event>(
  host: ((event: E) => void) | undefined,
  ours: ((event: E) => void) | undefined,
): (event: E) => void {
  return (event) => {
    host?.(event);
    if (!event.defaultPrevented) ours?.(event);
  };
}

/** One ref callback that sets every given ref. */
export function composeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}
