import type { ChangeTiming, Plan } from '@plankit/rules';
import type { ChangePlanResult } from '@plankit/sdk/contract';
import type { ReactElement } from 'react';
import { Button } from '../components/Button';
import { Dialog, DialogClose, DialogContent } from '../components/Dialog';
import { type DialogControlProps, useDialogControl, useResetOnOpen } from '../components/DialogControl';
import { LiveRegion } from '../components/LiveRegion';
import { Notice } from '../components/Notice';
import { PlanPicker } from '../components/PlanPicker';
import { Unavailable, type WhenUnavailable } from '../components/Unavailable';
import { type Translator, useT } from '../i18n/useT';
import { CurrentPlan } from './CurrentPlan';
import type { FailureView } from './errors';
import { Blockers, ImpactSummary } from './ImpactSummary';
import { ScheduledChangeBanner } from './ScheduledChangeBanner';
import { changePlanSuccessMessage } from './successMessage';
import { TimingPicker } from './TimingPicker';
import { type ChangePlanState, useChangePlanState } from './useChangePlanState';

export interface ChangePlanDialogProps extends DialogControlProps<ChangePlanResult> {
  /** The sub-account whose plan changes. */
  subAccountId: string;
  /**
   * The trigger, rendered with `asChild` (your button or menu item; its `preventDefault()` in
   * onClick cancels opening). Default: a "Change plan" button when uncontrolled, none when controlled.
   * Without permission it is rendered disabled (see `whenUnavailable`).
   */
  children?: ReactElement | undefined;
  /** Called with the server's result once the change is made (or scheduled). Default none. */
  onSuccess?: ((result: ChangePlanResult) => void) | undefined;
  /** Called when confirming fails (network, refusal). An expired quote re-quotes instead. Default none. */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * Without permission or with the feature off: `'hide'` renders nothing, `'disable'` renders the
   * trigger disabled with the reason as its description. Default `'hide'`.
   */
  whenUnavailable?: WhenUnavailable | undefined;
  /** Where Contact sales leads, for plans that go through sales. */
  contactSalesHref?: string | undefined;
  /** Called by Contact sales (instead of, or besides, the link). */
  onContactSales?: ((plan: Plan) => void) | undefined;
  /** "now" or "next cycle", when the host's policy lets the user pick. */
  timing?: ChangeTiming | undefined;
  /** Where the dialog is portalled. Default `document.body`. */
  container?: HTMLElement | null | undefined;
}

function failureText(t: Translator, failure: FailureView): string {
  switch (failure.kind) {
    case 'refusal':
      return t.reason(failure.refusal);
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'unexpected':
      return t('error.unexpected');
  }
}

/** What the live region says for the current state. */
function announcement(t: Translator, state: ChangePlanState): string {
  if (state.step === 'success' && state.result) return changePlanSuccessMessage(t, state.result);
  if (state.step === 'error' && state.failure) return failureText(t, state.failure);
  if (state.requoted) return t('changePlan.quoteExpired');
  if (state.cancelledScheduledPlan) return t('scheduled.cancelled', { plan: state.cancelledScheduledPlan.name });
  return '';
}

/**
 * Change a sub-account's plan: current plan, the plans it may move to, the quote-locked billing
 * impact of the one picked, and Confirm. Renders nothing (or a disabled trigger) when the caller may
 * not change the plan. Data comes from the sdk hooks under `PlankitProvider`.
 * Styling hooks: `data-slot="change-plan-dialog"` and `data-step` (the flow's step) on the panel body.
 */
export function ChangePlanDialog(props: ChangePlanDialogProps) {
  const { subAccountId, children, onSuccess, onError, whenUnavailable = 'hide', timing, container } = props;
  const { contactSalesHref, onContactSales } = props;
  const t = useT();
  const { isOpen, setOpen, trigger } = useDialogControl(props, 'ChangePlanDialog', t('changePlan.trigger'));
  const state = useChangePlanState({ subAccountId, onSuccess, onError, timing });
  useResetOnOpen(isOpen, state.reset);

  const permission = state.permission;
  if (permission && !permission.allowed) {
    return (
      <Unavailable
        refusal={permission}
        whenUnavailable={whenUnavailable}
        trigger={children}
        label={t('changePlan.trigger')}
        slot="change-plan-unavailable"
      />
    );
  }

  return (
    <Dialog open={isOpen} onOpenChange={setOpen} name="ChangePlanDialog">
      {trigger}
      <DialogContent
        title={t('changePlan.title')}
        description={
          state.context && state.step !== 'success'
            ? t('changePlan.description', { subAccount: state.context.subAccount.name })
            : undefined
        }
        container={container}
        footer={<Footer state={state} contactSalesHref={contactSalesHref} onContactSales={onContactSales} />}
      >
        <div className="plankit-section" data-slot="change-plan-dialog" data-step={state.step} style={{ gap: 16 }}>
          <Body state={state} />
        </div>
        <LiveRegion message={announcement(t, state)} />
      </DialogContent>
    </Dialog>
  );
}

function Body({ state }: { state: ChangePlanState }) {
  const t = useT();
  if (state.step === 'success' && state.result) {
    const { result } = state;
    return (
      <Notice
        variant="success"
        role="none"
        actions={
          result.invoice ? (
            <a className="plankit-link" href={result.invoice.url} target="_blank" rel="noreferrer">
              {t('changePlan.success.invoice')}
            </a>
          ) : null
        }
      >
        <p>{changePlanSuccessMessage(t, result)}</p>
      </Notice>
    );
  }
  if (state.step === 'loading') {
    return (
      <div className="plankit-status" role="status">
        <span className="plankit-spinner" aria-hidden="true" />
        {t('changePlan.loading')}
      </div>
    );
  }
  if (state.failedRequest === 'context' && state.failure) {
    return (
      <Notice
        variant="error"
        role="none"
        title={t('changePlan.loadError')}
        actions={<Button onClick={state.retry}>{t('common.retry')}</Button>}
      >
        <p>{failureText(t, state.failure)}</p>
      </Notice>
    );
  }
  const { context } = state;
  if (!context) return null;
  const scheduled = state.cancelledScheduledPlan ? null : context.scheduledChange;
  return (
    <>
      {scheduled ? (
        <ScheduledChangeBanner
          change={scheduled}
          onCancel={state.cancelScheduled}
          pending={state.cancelScheduledPending}
        />
      ) : null}
      {state.cancelledScheduledPlan ? (
        <Notice variant="success" role="none">
          <p>{t('scheduled.cancelled', { plan: state.cancelledScheduledPlan.name })}</p>
        </Notice>
      ) : null}
      {state.cancelScheduledFailure ? (
        <Notice variant="error" role="none">
          <p>{failureText(t, state.cancelScheduledFailure)}</p>
        </Notice>
      ) : null}
      <CurrentPlan plan={context.currentTerms} />
      <PlanPicker
        options={state.options}
        value={state.selectedPlanId}
        onValueChange={state.select}
        empty={context.empty?.reason ?? null}
        disabled={state.step === 'submitting'}
      />
      {state.canPickTiming && state.selectedPlanId !== null ? (
        <TimingPicker
          value={state.timing ?? 'now'}
          onValueChange={state.setTiming}
          disabled={state.step === 'submitting'}
        />
      ) : null}
      <Impact state={state} />
    </>
  );
}

function Impact({ state }: { state: ChangePlanState }) {
  const t = useT();
  if (state.context?.empty) return null;
  if (state.step === 'choosing') return <p className="plankit-muted">{t('changePlan.pickPlan')}</p>;
  if (state.step === 'previewing') {
    return (
      <div className="plankit-status" role="status">
        <span className="plankit-spinner" aria-hidden="true" />
        {t('changePlan.previewing')}
      </div>
    );
  }
  const failure =
    state.failure && state.failedRequest !== 'context' ? (
      <Notice
        variant="error"
        role="none"
        title={state.failedRequest === 'change' ? t('changePlan.submitError') : t('changePlan.previewError')}
        actions={<Button onClick={state.retry}>{t('common.retry')}</Button>}
      >
        <p>{failureText(t, state.failure)}</p>
      </Notice>
    ) : null;
  return (
    <>
      {state.requoted ? (
        <Notice variant="warning" role="none">
          <p>{t('changePlan.quoteExpired')}</p>
        </Notice>
      ) : null}
      {state.preview ? (
        <ImpactSummary preview={state.preview} blockers={state.blockers} />
      ) : state.blockers.length > 0 ? (
        <Blockers blockers={state.blockers} />
      ) : null}
      {failure}
    </>
  );
}

function Footer({
  state,
  contactSalesHref,
  onContactSales,
}: {
  state: ChangePlanState;
  contactSalesHref: string | undefined;
  onContactSales: ((plan: Plan) => void) | undefined;
}) {
  const t = useT();
  if (state.step === 'success') {
    return (
      <DialogClose asChild>
        <Button variant="primary">{t('common.done')}</Button>
      </DialogClose>
    );
  }
  const plan = state.selectedOption?.plan;
  const action =
    state.contactSales && plan ? (
      contactSalesHref ? (
        <Button variant="primary" asChild>
          <a href={contactSalesHref} onClick={() => onContactSales?.(plan)}>
            {t('changePlan.contactSales')}
          </a>
        </Button>
      ) : onContactSales ? (
        <Button variant="primary" onClick={() => onContactSales(plan)}>
          {t('changePlan.contactSales')}
        </Button>
      ) : null
    ) : (
      <Button
        variant="primary"
        disabled={!state.canConfirm && state.step !== 'submitting'}
        pending={state.step === 'submitting'}
        onClick={state.confirm}
      >
        {state.step === 'submitting' ? t('changePlan.confirming') : t('changePlan.confirm')}
      </Button>
    );
  return (
    <>
      <DialogClose asChild>
        <Button variant="secondary">{t('common.cancel')}</Button>
      </DialogClose>
      {action}
    </>
  );
}
