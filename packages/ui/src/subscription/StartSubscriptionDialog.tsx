import type { Plan } from '@plankit/rules';
import type { StartSubscriptionResult } from '@plankit/sdk';
import { type ReactElement, useId } from 'react';
import type { BillingViewer } from '../billing/viewer';
import { Button } from '../components/Button';
import { Dialog, DialogClose, DialogContent } from '../components/Dialog';
import {
  type DialogControlProps,
  useCloseWhenRefused,
  useDialogControl,
  useResetOnOpen,
} from '../components/DialogControl';
import { LiveRegion } from '../components/LiveRegion';
import { Notice } from '../components/Notice';
import { planPriceLabel } from '../components/PlanPicker';
import { Unavailable, type WhenUnavailable } from '../components/Unavailable';
import { type Translator, useT } from '../i18n/useT';
import { FailureNotice } from '../numbers/FailureNotice';
import { PlanBadges } from './PlanBadges';
import { type StartSubscriptionState, useStartSubscriptionState } from './useStartSubscriptionState';

export interface StartSubscriptionDialogProps extends DialogControlProps<StartSubscriptionResult> {
  /** The client (sub-account) to bill. */
  subAccountId: string;
  /**
   * The trigger, rendered with `asChild`. Default: a "Start subscription" button when uncontrolled, none
   * when controlled.
   */
  children?: ReactElement | undefined;
  /** Called with the server's result once the subscription has started. Default none. */
  onSuccess?: ((result: StartSubscriptionResult) => void) | undefined;
  /** Called when assigning the plan or starting fails. Default none. */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * When the server refuses the caller this client (403: not allowed to start it, 404: not in the
   * agency): `'hide'` renders nothing, `'disable'` the trigger disabled with the reason. Default `'hide'`.
   */
  whenUnavailable?: WhenUnavailable | undefined;
  /** Where the dialog is portalled. Default `document.body`. */
  container?: HTMLElement | null | undefined;
  /** Who starts it: the agency (for its client) or the client (its own). Default `'agency'`. */
  viewer?: BillingViewer | undefined;
}

/** A card plan's first period is charged at once (an invoice); an offline one is a payment request. */
const charged = (result: StartSubscriptionResult) => result.subAccount.subscription?.terms.paymentType === 'stripe';

function successText(t: Translator, result: StartSubscriptionResult): string {
  const plan = result.subAccount.subscription?.terms.name ?? '';
  const parts = [t('startSubscription.success', { plan })];
  const amount = result.paymentRequest?.amount;
  if (amount)
    parts.push(t(charged(result) ? 'startSubscription.charged' : 'startSubscription.paymentRequest', { amount }));
  return parts.join(' ');
}

function title(t: Translator, state: StartSubscriptionState, viewer: BillingViewer): string {
  switch (state.step) {
    case 'assigning':
    case 'assign_submitting':
      return t('startSubscription.assignTitle');
    case 'success':
      return t('startSubscription.startedTitle');
    case 'running':
      return t('startSubscription.runningTitle');
    default:
      return t(viewer === 'client' ? 'startSubscription.confirmTitleOwn' : 'startSubscription.confirmTitle');
  }
}

/**
 * Assign a billing plan to a client ("Assign a Billing Plan", "Select a plan…", Assign Plan), then
 * "Start subscription for this client?" with what starting will do, and Start; then "Subscription
 * started" with what was charged or requested.
 * Styling hooks: `data-slot="start-subscription-dialog"` and `data-step` on the panel body.
 */
export function StartSubscriptionDialog(props: StartSubscriptionDialogProps) {
  const { subAccountId, onSuccess, onError, container, whenUnavailable = 'hide', viewer = 'agency' } = props;
  const t = useT();
  const { isOpen, setOpen, trigger } = useDialogControl(
    props,
    'StartSubscriptionDialog',
    t('startSubscription.trigger'),
  );
  const state = useStartSubscriptionState({ subAccountId, enabled: isOpen, onSuccess, onError });
  useResetOnOpen(isOpen, state.reset);
  const refused = state.accessRefused;
  useCloseWhenRefused(refused, isOpen, setOpen);

  if (refused) {
    return (
      <Unavailable
        refusal={refused}
        whenUnavailable={whenUnavailable}
        trigger={props.children}
        label={t('startSubscription.trigger')}
        slot="start-subscription-unavailable"
      />
    );
  }
  const assigning = state.step === 'assigning' || state.step === 'assign_submitting';
  return (
    <Dialog open={isOpen} onOpenChange={setOpen} name="StartSubscriptionDialog">
      {trigger}
      <DialogContent
        title={title(t, state, viewer)}
        description={assigning ? t('startSubscription.assignDescription') : undefined}
        container={container}
        footer={<Footer state={state} />}
      >
        <div className="plankit-section plankit-stack" data-slot="start-subscription-dialog" data-step={state.step}>
          <Body state={state} viewer={viewer} />
        </div>
        <LiveRegion
          message={
            state.step === 'success' && state.result
              ? successText(t, state.result)
              : state.failedRequest === 'start'
                ? t('startSubscription.refused')
                : state.failedRequest === 'assign'
                  ? t('startSubscription.assignRefused')
                  : ''
          }
        />
      </DialogContent>
    </Dialog>
  );
}

function Body({ state, viewer }: { state: StartSubscriptionState; viewer: BillingViewer }) {
  const t = useT();
  const selectId = useId();
  switch (state.step) {
    case 'loading':
      return (
        <p className="plankit-status plankit-flush" role="status">
          <span className="plankit-spinner" aria-hidden="true" />
          {t('common.loading')}
        </p>
      );
    case 'load_error':
      return state.failure ? (
        <FailureNotice
          failure={state.failure}
          title={t('startSubscription.loadError')}
          actions={<Button onClick={state.retryLoad}>{t('common.retry')}</Button>}
        />
      ) : null;
    case 'running':
      return (
        <Notice variant="info" role="none">
          <p>{t(viewer === 'client' ? 'startSubscription.alreadyRunningOwn' : 'startSubscription.alreadyRunning')}</p>
        </Notice>
      );
    case 'success':
      return state.result ? (
        <Notice
          variant="success"
          role="none"
          actions={
            state.result.paymentRequest ? (
              <a className="plankit-link" href={state.result.paymentRequest.url} target="_blank" rel="noreferrer">
                {t(charged(state.result) ? 'startSubscription.viewInvoice' : 'startSubscription.viewPaymentRequest')}
              </a>
            ) : null
          }
        >
          <p>{successText(t, state.result)}</p>
        </Notice>
      ) : null;
    case 'assigning':
    case 'assign_submitting':
      if (state.plans.length === 0) {
        return (
          <Notice variant="info" role="none">
            <p>{t('startSubscription.noPlans')}</p>
          </Notice>
        );
      }
      return (
        <>
          <div className="plankit-section plankit-field">
            <label className="plankit-section-label" htmlFor={selectId}>
              {t('startSubscription.planLabel')}
            </label>
            <select
              id={selectId}
              className="plankit-input plankit-select"
              data-slot="plan-select"
              value={state.selectedPlanId ?? ''}
              disabled={state.step === 'assign_submitting'}
              onChange={(event) => state.select(event.target.value === '' ? null : event.target.value)}
            >
              <option value="" disabled>
                {t('startSubscription.selectPlaceholder')}
              </option>
              {state.plans.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {t('startSubscription.option', {
                    name: plan.name,
                    price: planPriceLabel(t, plan),
                    minutes: plan.includedMinutes,
                  })}
                </option>
              ))}
            </select>
          </div>
          {state.failure && state.failedRequest === 'assign' ? (
            <FailureNotice failure={state.failure} title={t('startSubscription.assignRefused')} />
          ) : null}
        </>
      );
    case 'confirming':
    case 'starting':
      return state.assignedPlan ? <Confirm plan={state.assignedPlan} state={state} /> : null;
  }
}

function Confirm({ plan, state }: { plan: Plan; state: StartSubscriptionState }) {
  const t = useT();
  return (
    <>
      <div className="plankit-assigned" data-slot="assigned-plan">
        <p className="plankit-assigned-label">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d="M3 8.5l3 3 7-7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {t('startSubscription.assigned')}
        </p>
        <p className="plankit-card-plan">{plan.name}</p>
        {plan.description ? <p className="plankit-muted plankit-flush">{plan.description}</p> : null}
        <PlanBadges plan={plan} />
      </div>
      <dl className="plankit-facts">
        <dt>{t('startSubscription.plan')}</dt>
        <dd>{plan.name}</dd>
        <dt>{t('startSubscription.price')}</dt>
        <dd>{planPriceLabel(t, plan)}</dd>
        <dt>{t('startSubscription.includedMinutes')}</dt>
        <dd>{t('plan.badge.included_minutes', { minutes: plan.includedMinutes })}</dd>
      </dl>
      <div className="plankit-section">
        <p className="plankit-flush plankit-strong">{t('startSubscription.willDo')}</p>
        <ul className="plankit-summary" data-slot="start-effects">
          <li>{t('startSubscription.willActivate')}</li>
          <li>{t('startSubscription.willTrack')}</li>
          <li>{t(plan.paymentType === 'stripe' ? 'startSubscription.willCharge' : 'startSubscription.willRequest')}</li>
        </ul>
      </div>
      {state.failure && state.failedRequest === 'start' ? (
        <FailureNotice failure={state.failure} title={t('startSubscription.refused')} />
      ) : null}
    </>
  );
}

function Footer({ state }: { state: StartSubscriptionState }) {
  const t = useT();
  const cancel = (
    <DialogClose asChild>
      <Button variant="secondary">{t('common.cancel')}</Button>
    </DialogClose>
  );
  switch (state.step) {
    case 'success':
    case 'running':
    case 'load_error':
    case 'loading':
      return (
        <DialogClose asChild>
          <Button variant={state.step === 'success' ? 'primary' : 'secondary'}>
            {state.step === 'success' ? t('common.done') : t('common.close')}
          </Button>
        </DialogClose>
      );
    case 'assigning':
    case 'assign_submitting':
      return (
        <>
          {cancel}
          <Button
            variant="primary"
            disabled={state.selectedPlanId === null || state.plans.length === 0}
            pending={state.step === 'assign_submitting'}
            onClick={state.assignPlan}
          >
            {t('startSubscription.assignPlan')}
          </Button>
        </>
      );
    case 'confirming':
    case 'starting':
      return (
        <>
          {cancel}
          <Button variant="ghost" disabled={state.step === 'starting'} onClick={state.chooseAnother}>
            {t('startSubscription.changeAssigned')}
          </Button>
          <Button variant="primary" pending={state.step === 'starting'} onClick={state.start}>
            {t('startSubscription.confirm')}
          </Button>
        </>
      );
  }
}
