import type { Refusal } from '@plankit/rules';
import { cloneElement, type ReactElement, useId } from 'react';
import { useT } from '../i18n/useT';
import { Button } from './Button';

/** What a drop-in renders when the caller may not use it: nothing, or the trigger disabled with the reason. */
export type WhenUnavailable = 'hide' | 'disable';

export interface UnavailableProps {
  /** Why the caller may not. */
  refusal: Pick<Refusal, 'reason' | 'params'>;
  whenUnavailable: WhenUnavailable;
  /** The host's trigger; default a button labelled `label`. */
  trigger: ReactElement | undefined;
  label: string;
  /** `data-slot` of the wrapper, so hosts can style it per component. */
  slot: string;
}

/** A drop-in's place when the server refuses the caller: nothing, or the host's trigger disabled with the reason. */
export function Unavailable({ refusal, whenUnavailable, trigger, label, slot }: UnavailableProps) {
  const t = useT();
  const reasonId = useId();
  if (whenUnavailable === 'hide') return null;
  const reason = t.reason(refusal);
  const element = (trigger ?? <Button>{label}</Button>) as ReactElement<Record<string, unknown>>;
  return (
    <span data-slot={slot}>
      <span className="plankit-sr-only" id={reasonId}>
        {reason}
      </span>
      {cloneElement(element, { disabled: true, 'aria-describedby': reasonId, title: reason })}
    </span>
  );
}
