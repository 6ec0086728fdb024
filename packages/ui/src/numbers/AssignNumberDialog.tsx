import type { PhoneNumberView } from '@plankit/sdk';
import type { ReactElement } from 'react';
import { Button } from '../components/Button';
import { Dialog, DialogClose, DialogContent } from '../components/Dialog';
import {
  type DialogControlProps,
  useCloseWhenRefused,
  useDialogControl,
  useResetOnOpen,
} from '../components/DialogControl';
import { LiveRegion } from '../components/LiveRegion';
import { MoneyText } from '../components/MoneyText';
import { Notice } from '../components/Notice';
import { Unavailable, type WhenUnavailable } from '../components/Unavailable';
import { type Translator, useT } from '../i18n/useT';
import { FailureNotice } from './FailureNotice';
import { formatPhoneNumber, NumberStateBadge, NumberSummary } from './parts';
import { UserCombobox } from './UserCombobox';
import { type AssignNumberState, useAssignNumberState } from './useAssignNumberState';

/** Reason codes whose fix reads differently when assigning a number. */
const ASSIGN_REASON_KEYS = {
  currency_mismatch: 'assignNumber.reason.currency_mismatch',
  payment_method_required: 'assignNumber.reason.payment_method_required',
} as const;

export interface AssignNumberDialogProps extends DialogControlProps<PhoneNumberView> {
  /** The pool number to assign (from the agency's pool list). */
  number: PhoneNumberView;
  /** The trigger, rendered with `asChild`. Default: an "Assign" button when uncontrolled, none when controlled. */
  children?: ReactElement | undefined;
  /** Called with the number, now pending payment, once the server has reserved it. Default none. */
  onSuccess?: ((number: PhoneNumberView) => void) | undefined;
  /** Wait after the last keystroke before searching, in ms. Default 200. */
  debounceMs?: number | undefined;
  /** Users fetched per page. Default 50. */
  pageSize?: number | undefined;
  /**
   * When the server refuses the caller this number (403: not an agency team member, 404: not in
   * the agency): `'hide'` renders nothing, `'disable'` the trigger disabled with the reason. Default `'hide'`.
   */
  whenUnavailable?: WhenUnavailable | undefined;
  /** Where the dialog is portalled. Default `document.body`. */
  container?: HTMLElement | null | undefined;
}

function announcement(t: Translator, state: AssignNumberState, number: PhoneNumberView): string {
  if (state.step === 'success' && state.result && state.selectedUser) {
    return t('assignNumber.success', {
      number: formatPhoneNumber(number.e164),
      user: state.selectedUser.name,
      price: state.result.assignedTo?.monthlyPrice ?? state.selectedUser.monthlyPrice,
    });
  }
  if (state.step === 'error') return t('assignNumber.refused');
  if (state.total !== undefined && !state.searching) return t('assignNumber.results', { count: state.total });
  return '';
}

/**
 * Assign one pool number to a sub-account user (agency team members): the number and its
 * capabilities, a searchable picker of eligible users only (searched and paged on the server), the
 * monthly price the user will pay (telco cost + their plan's phone number price), and Assign.
 * Styling hooks: `data-slot="assign-number-dialog"` and `data-step` on the panel body.
 */
export function AssignNumberDialog(props: AssignNumberDialogProps) {
  const { number, onSuccess, onError, debounceMs, pageSize, container, whenUnavailable = 'hide' } = props;
  const t = useT();
  const { isOpen, setOpen, trigger } = useDialogControl(props, 'AssignNumberDialog', t('assignNumber.trigger'));
  const state = useAssignNumberState({ number, enabled: isOpen, debounceMs, pageSize, onSuccess, onError });
  useResetOnOpen(isOpen, state.reset);
  const refused = state.accessRefused;
  useCloseWhenRefused(refused, isOpen, setOpen);

  if (refused) {
    return (
      <Unavailable
        refusal={refused}
        whenUnavailable={whenUnavailable}
        trigger={props.children}
        label={t('assignNumber.trigger')}
        slot="assign-number-unavailable"
      />
    );
  }
  return (
    <Dialog open={isOpen} onOpenChange={setOpen} name="AssignNumberDialog">
      {trigger}
      <DialogContent
        title={t('assignNumber.title')}
        description={t('assignNumber.description')}
        container={container}
        footer={<Footer state={state} />}
      >
        <div className="plankit-section plankit-stack" data-slot="assign-number-dialog" data-step={state.step}>
          <Body state={state} number={number} />
        </div>
        <LiveRegion message={announcement(t, state, number)} />
      </DialogContent>
    </Dialog>
  );
}

function Body({ state, number }: { state: AssignNumberState; number: PhoneNumberView }) {
  const t = useT();
  const summary = <NumberSummary number={number} aside={<NumberStateBadge state={number.state} />} />;
  if (state.step === 'blocked' && state.blocker) {
    return (
      <>
        {summary}
        <FailureNotice failure={{ kind: 'refusal', refusal: state.blocker }} title={t('assignNumber.notAssignable')} />
      </>
    );
  }
  if (state.step === 'success' && state.result && state.selectedUser) {
    return (
      <>
        <NumberSummary number={state.result} aside={<NumberStateBadge state={state.result.state} />} />
        <Notice variant="success" role="none">
          <p>
            {t('assignNumber.success', {
              number: formatPhoneNumber(number.e164),
              user: state.selectedUser.name,
              price: state.result.assignedTo?.monthlyPrice ?? state.selectedUser.monthlyPrice,
            })}
          </p>
        </Notice>
      </>
    );
  }
  return (
    <>
      {summary}
      {state.searchFailure ? (
        <FailureNotice
          failure={state.searchFailure}
          title={t('assignNumber.loadError')}
          actions={<Button onClick={state.retrySearch}>{t('common.retry')}</Button>}
        />
      ) : (
        <UserCombobox
          query={state.query}
          onQueryChange={state.setQuery}
          users={state.users}
          total={state.total}
          selected={state.selectedUser}
          onSelect={state.select}
          searching={state.searching}
          hasMore={state.hasMore}
          loadingMore={state.loadingMore}
          onLoadMore={state.loadMore}
          disabled={state.step === 'submitting'}
        />
      )}
      <PriceBreakdown state={state} />
      {state.failure ? (
        <FailureNotice failure={state.failure} title={t('assignNumber.refused')} reasonKeys={ASSIGN_REASON_KEYS} />
      ) : null}
    </>
  );
}

/** Telco cost + the plan's phone number price = what the user pays each month. */
function PriceBreakdown({ state }: { state: AssignNumberState }) {
  const t = useT();
  const { selectedUser, price } = state;
  if (selectedUser === null) return <p className="plankit-muted plankit-flush">{t('assignNumber.pickUser')}</p>;
  return (
    <section
      className="plankit-impact"
      data-slot="assign-price"
      aria-label={t('assignNumber.priceHeading', { user: selectedUser.name })}
    >
      <div className="plankit-price-head">
        <h3 className="plankit-impact-heading">{t('assignNumber.priceHeading', { user: selectedUser.name })}</h3>
        <p className="plankit-muted plankit-flush plankit-wrap">
          {selectedUser.email} · {selectedUser.subAccountName}
        </p>
      </div>
      <dl className="plankit-facts">
        {price ? (
          <>
            <dt>{t('assignNumber.priceTelco')}</dt>
            <dd>
              <MoneyText value={price.telcoCost} />
            </dd>
            <dt>{t('assignNumber.pricePlan')}</dt>
            <dd>
              <MoneyText value={price.planPrice} />
            </dd>
          </>
        ) : null}
        <dt>{t('assignNumber.priceTotal')}</dt>
        <dd data-slot="due-now">{t('number.perMonth', { price: selectedUser.monthlyPrice })}</dd>
      </dl>
    </section>
  );
}

function Footer({ state }: { state: AssignNumberState }) {
  const t = useT();
  if (state.step === 'success' || state.step === 'blocked') {
    return (
      <DialogClose asChild>
        <Button variant={state.step === 'success' ? 'primary' : 'secondary'}>
          {state.step === 'success' ? t('common.done') : t('common.close')}
        </Button>
      </DialogClose>
    );
  }
  return (
    <>
      <DialogClose asChild>
        <Button variant="secondary">{t('common.cancel')}</Button>
      </DialogClose>
      <Button
        variant="primary"
        disabled={!state.canAssign && state.step !== 'submitting'}
        pending={state.step === 'submitting'}
        onClick={state.assign}
      >
        {t('assignNumber.confirm')}
      </Button>
    </>
  );
}
