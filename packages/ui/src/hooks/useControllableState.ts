import { useCallback, useEffect, useRef, useState } from 'react';
import { isDevelopment } from '../primitives/dev';

export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value?: T | undefined;
  /** The initial value when uncontrolled. */
  defaultValue: T;
  /** Called with every requested change, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
  /** Names the component and prop in the development warning, e.g. `ChangePlanDialog open`. */
  name?: string | undefined;
}

/**
 * State that a host may control (`value` + `onChange`) or leave to the component (`defaultValue`).
 * Warns in development when a component flips between the two, which loses state silently.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name = 'A Plankit component',
}: ControllableStateOptions<T>): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (isDevelopment() && wasControlled.current !== controlled) {
      const from = wasControlled.current ? 'controlled' : 'uncontrolled';
      const to = controlled ? 'controlled' : 'uncontrolled';
      console.warn(
        `${name} is changing from ${from} to ${to}. Decide between a controlled and an uncontrolled value for the lifetime of the component.`,
      );
    }
    wasControlled.current = controlled;
  }, [controlled, name]);

  const current = controlled ? value : inner;
  const currentRef = useRef(current);
  currentRef.current = current;

  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      if (!Object.is(next, currentRef.current)) onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
