import {
  Children,
  type CSSProperties,
  cloneElement,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { composeEventHandlers, composeRefs } from './compose';

type AnyProps = Record<string, unknown>;

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode | undefined;
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * Renders its only child with our props merged in (`asChild`): handlers are composed with the
 * child's running first (its `preventDefault()` cancels ours), classes joined, styles merged,
 * refs composed. The child's other props win.
 */
export function Slot({ children, ref, ...slotProps }: SlotProps) {
  const child = Children.only(children);
  if (!isValidElement(child)) return null;
  const childProps = (child as ReactElement<AnyProps>).props;
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const key of Object.keys(slotProps)) {
    const ours = (slotProps as AnyProps)[key];
    const theirs = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof ours === 'function') {
      merged[key] = composeEventHandlers(theirs as ((e: Event) => void) | undefined, ours as (e: Event) => void);
    } else if (key === 'className') {
      merged[key] = [ours, theirs].filter(Boolean).join(' ');
    } else if (key === 'style') {
      merged[key] = { ...(ours as CSSProperties), ...(theirs as CSSProperties) };
    }
  }
  merged.ref = composeRefs(ref, childProps.ref as Ref<HTMLElement> | undefined);
  return cloneElement(child as ReactElement<AnyProps>, merged);
}
