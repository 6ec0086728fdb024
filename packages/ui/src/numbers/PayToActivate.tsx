import type { PhoneNumberView } from '@plankit/sdk';
import { useEffect, useRef } from 'react';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { LiveRegion } from '../components/LiveRegion';
import { Notice } from '../components/Notice';
import { type Translator, useT } from '../i18n/useT';
import { FailureNotice } from './FailureNotice';
import { formatPhoneNumber } from './parts';
import { type CheckoutMode, type PayToActivateState, usePayToActivate } from './usePayToActivate';

export interface PayToActivateProps {
  /** The sub-account's number. Renders nothing unless it is pending payment (or was just activated here). */
  number: PhoneNumberView;
  /** How checkout opens: `'redirect'` (leave the page), `'popup'`, or your own function. Default `'redirect'`. */
  checkout?: CheckoutMode | undefined;
  /** Where checkout returns to. Default: the current page. */
  returnUrl?: string | undefined;
  /** A checkout to follow up on, e.g. from the return URL. Default: the one started here before a redirect. */
  checkoutId?: string | undefined;
  /** Waits between status checks, in ms; after the last one it gives up. Default ~40 s with backoff. */
  pollDelaysMs?: readonly number[] | undefined;
  /** Called with the number once the server says it is active. */
  onSuccess?: ((number: PhoneNumberView) => void) | undefined;
  /** Called when checkout cannot be started. */
  onError?: ((error: unknown) => void) | undefined;
}

function message(t: Translator, state: PayToActivateState): string {
  const e164 = formatPhoneNumber(state.number.e164);
  const price = state.number.assignedTo?.monthlyPrice;
  switch (state.step) {
    case 'active':
      return t('payToActivate.activated', { number: e164, price });
    case 'waiting':
    case 'redirecting':
      return t('payToActivate.waiting');
    case 'declined':
      return t('payToActivate.declined');
    case 'expired':
      return t('payToActivate.expired');
    case 'gave_up':
      return t('payToActivate.gaveUp');
    case 'popup_blocked':
      return t('payToActivate.popupBlocked');
    default:
      return '';
  }
}

/**
 * A pending number's Pending Payment badge and Pay Now: starts checkout, then shows Active once the
 * server confirms, or the declined, expired or unconfirmed state with what to do. Renders nothing for
 * numbers that are not pending payment.
 * Styling hooks: `data-slot="pay-to-activate"`, `data-state` (the step).
 */
export function PayToActivate(props: PayToActivateProps) {
  return <PayToActivateContent {...props} clicked={null} />;
}

/**
 * PayToActivate's body, which the package's PayToActivate loads on first use. `clicked`: Pay Now
 * was clicked before the body arrived, so checkout starts at once (focus goes to Pay Now when the
 * click's button had it).
 */
export function PayToActivateContent({
  number,
  checkout,
  returnUrl,
  checkoutId,
  pollDelaysMs,
  onSuccess,
  onError,
  clicked,
}: PayToActivateProps & { readonly clicked: null | { readonly focused: boolean } }) {
  const t = useT();
  const state = usePayToActivate({ number, checkout, returnUrl, checkoutId, pollDelaysMs, onSuccess, onError });
  const payNow = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  const { pay } = state;
  useEffect(() => {
    if (clicked === null || started.current) return;
    started.current = true;
    if (clicked.focused) payNow.current?.focus();
    pay();
  }, [clicked, pay]);
  if (number.state !== 'pending_payment' && state.step !== 'active') return null;
  const price = state.number.assignedTo?.monthlyPrice;
  const busy = state.step === 'starting' || state.step === 'redirecting' || state.step === 'waiting';
  const text = message(t, state);
  return (
    <div className="plankit plankit-pay" data-slot="pay-to-activate" data-state={state.step}>
      <div className="plankit-pay-row">
        {state.step === 'active' ? (
          <Badge variant="success" data-slot="number-state" data-state="active">
            {t('number.state.active')}
          </Badge>
        ) : (
          <Badge variant="warning" data-slot="number-state" data-state="pending_payment">
            {t('number.state.pending_payment')}
          </Badge>
        )}
        {state.step === 'active' ? null : (
          <>
            <span className="plankit-pay-hint">{price ? t('payToActivate.hint', { price }) : null}</span>
            {state.step === 'gave_up' ? (
              <Button onClick={state.checkAgain}>{t('payToActivate.checkAgain')}</Button>
            ) : null}
            <Button ref={payNow} variant="primary" pending={busy} onClick={state.pay}>
              {state.step === 'declined' || state.step === 'expired' || state.step === 'gave_up'
                ? t('payToActivate.payAgain')
                : t('payToActivate.payNow')}
            </Button>
          </>
        )}
      </div>
      {state.step === 'waiting' ? (
        <p className="plankit-status plankit-flush">
          <span className="plankit-spinner" aria-hidden="true" />
          {checkout === 'popup' ? t('payToActivate.popupOpen') : t('payToActivate.waiting')}
        </p>
      ) : null}
      {state.step === 'active' ? (
        <Notice variant="success" role="none">
          <p>{text}</p>
        </Notice>
      ) : null}
      {state.step === 'declined' || state.step === 'popup_blocked' ? (
        <Notice variant="error" role="none">
          <p>{text}</p>
        </Notice>
      ) : null}
      {state.step === 'expired' || state.step === 'gave_up' ? (
        <Notice variant="warning" role="none">
          <p>{text}</p>
        </Notice>
      ) : null}
      {state.step === 'error' && state.failure ? (
        <FailureNotice failure={state.failure} title={t('payToActivate.startError')} />
      ) : null}
      <LiveRegion message={state.step === 'error' ? t('payToActivate.startError') : text} />
    </div>
  );
}
