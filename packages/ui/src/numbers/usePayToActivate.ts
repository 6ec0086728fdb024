import type { PhoneNumberView } from '@plankit/sdk';
import { plankitKeys } from '@plankit/sdk/react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBackend } from './backend';
import { session, storageKey } from './checkoutStorage';
import { type Failure, toFailure } from './failure';
import { followCheckout } from './followCheckout';

/** Where paying for a pending number is. */
export type PayToActivateStep =
  | 'idle'
  | 'starting'
  /** The browser is leaving for the checkout page. */
  | 'redirecting'
  /** Checkout is open (popup) or the user came back: asking the server until it says. */
  | 'waiting'
  | 'active'
  | 'declined'
  | 'expired'
  /** Still no answer after the last poll. */
  | 'gave_up'
  | 'popup_blocked'
  | 'error';

/** How checkout opens: leave the page, a popup window, or the host's own function. */
export type CheckoutMode = 'redirect' | 'popup' | ((url: string) => void);

export interface UsePayToActivateOptions {
  number: PhoneNumberView;
  /** Default `'redirect'`. */
  checkout?: CheckoutMode | undefined;
  /** Where checkout returns to. Default: the current page. */
  returnUrl?: string | undefined;
  /**
   * A checkout to follow up on, e.g. read from the return URL. Without it, the component resumes the
   * checkout it started before the redirect (remembered in sessionStorage).
   */
  checkoutId?: string | undefined;
  /** Waits between status checks, in ms; after the last one it gives up. Default 1, 2, 4, 8, 8, 8, 8 s (~40 s). */
  pollDelaysMs?: readonly number[] | undefined;
  onSuccess?: ((number: PhoneNumberView) => void) | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

export interface PayToActivateState {
  step: PayToActivateStep;
  /** Pay Now / Pay again: starts a checkout. */
  pay(): void;
  /** After giving up: ask the server again. */
  checkAgain(): void;
  /** The number as the server last described it. */
  number: PhoneNumberView;
  failure: Failure | undefined;
}

export const DEFAULT_POLL_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 8000, 8000, 8000];

/**
 * Paying for a pending number: starts checkout (redirect, popup or the host's function), then asks
 * the server with backoff until the checkout completes and the number is active, is declined or
 * expires, or gives up with a message. Resumes after a redirect. SSR-safe: no window at render.
 */
export function usePayToActivate({
  number,
  checkout = 'redirect',
  returnUrl,
  checkoutId,
  pollDelaysMs = DEFAULT_POLL_DELAYS_MS,
  onSuccess,
  onError,
}: UsePayToActivateOptions): PayToActivateState {
  const client = useBackend();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<PayToActivateStep>('idle');
  const [latest, setLatest] = useState<PhoneNumberView>(number);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [following, setFollowing] = useState<string | null>(null);
  const callbacks = useRef({ onSuccess, onError });
  callbacks.current = { onSuccess, onError };
  const delays = useRef(pollDelaysMs);
  delays.current = pollDelaysMs;

  useEffect(() => setLatest(number), [number]);

  // Resume a checkout after coming back from a redirect.
  useEffect(() => {
    const resumed = checkoutId ?? session()?.getItem(storageKey(number.id)) ?? null;
    if (resumed !== null && (number.state === 'pending_payment' || number.state === 'active')) {
      setFollowing(resumed);
      setStep('waiting');
    }
  }, [checkoutId, number.id, number.state]);

  // Poll the checkout with backoff. The poll outlives this component, and its outcome is reported
  // to the host once per checkout even when the component unmounted meanwhile (a host's list row
  // that the paid number left).
  const reported = useRef(new Set<string>());
  useEffect(() => {
    if (following === null || step !== 'waiting') return;
    let mounted = true;
    void followCheckout(client, following, delays.current).then((outcome) => {
      if (outcome.kind === 'settled') {
        const { checkout } = outcome;
        session()?.removeItem(storageKey(number.id));
        const active = checkout.status === 'complete';
        if (active && !reported.current.has(checkout.id)) {
          reported.current.add(checkout.id);
          callbacks.current.onSuccess?.(checkout.number);
          void queryClient.invalidateQueries({ queryKey: plankitKeys.numberPool() });
          void queryClient.invalidateQueries({ queryKey: plankitKeys.allSubAccountNumbers() });
        }
        if (!mounted) return;
        setLatest(checkout.number);
        setStep(active ? 'active' : checkout.status === 'declined' ? 'declined' : 'expired');
        return;
      }
      if (outcome.kind === 'unknown') session()?.removeItem(storageKey(number.id));
      if (!mounted) return;
      if (outcome.kind === 'unknown') {
        setFollowing(null);
        setStep('idle');
      } else {
        setStep('gave_up');
      }
    });
    return () => {
      mounted = false;
    };
  }, [following, step, client, number.id, queryClient]);

  const pay = useCallback(() => {
    if (step === 'starting' || step === 'redirecting' || step === 'waiting') return;
    setFailure(undefined);
    // A popup must open inside the click, before any await, or the browser blocks it.
    const popup =
      checkout === 'popup' && typeof window !== 'undefined'
        ? window.open('', 'plankit-checkout', 'popup,width=480,height=720')
        : null;
    if (checkout === 'popup' && popup === null) {
      setStep('popup_blocked');
      return;
    }
    setStep('starting');
    const back = returnUrl ?? (typeof window === 'undefined' ? '' : window.location.href);
    client.startCheckout(number.id, { returnUrl: back }).then(
      (started) => {
        session()?.setItem(storageKey(number.id), started.id);
        setFollowing(started.id);
        if (checkout === 'redirect') {
          setStep('redirecting');
          window.location.assign(started.url);
        } else {
          if (popup) popup.location.href = started.url;
          else if (typeof checkout === 'function') checkout(started.url);
          setStep('waiting');
        }
      },
      (error: unknown) => {
        popup?.close();
        setFailure(toFailure(error));
        setStep('error');
        callbacks.current.onError?.(error);
      },
    );
  }, [step, checkout, returnUrl, client, number.id]);

  const checkAgain = useCallback(() => {
    if (following !== null) setStep('waiting');
  }, [following]);

  return { step, pay, checkAgain, number: latest, failure };
}
