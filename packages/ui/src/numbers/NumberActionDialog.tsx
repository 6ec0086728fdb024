import type { PhoneNumberView } from '@plankit/sdk';
import type { ReactNode } from 'react';
import { Button } from '../components/Button';
import { Dialog, DialogClose, DialogContent } from '../components/Dialog';
import { type DialogControlProps, useDialogControl, useResetOnOpen } from '../components/DialogControl';
import { LiveRegion } from '../components/LiveRegion';
import { Notice } from '../components/Notice';
import { useT } from '../i18n/useT';
import { FailureNotice } from './FailureNotice';
import { NumberAttachments, NumberStateBadge, NumberSummary } from './parts';
import type { NumberActionState } from './useNumberActionState';

export interface NumberActionDialogProps extends DialogControlProps<PhoneNumberView> {
  /** The assigned number. */
  number: PhoneNumberView;
  /** Called with the number once the server has made the change. Default none. */
  onSuccess?: ((number: PhoneNumberView) => void) | undefined;
  /** Where the dialog is portalled. Default `document.body`. */
  container?: HTMLElement | null | undefined;
}

interface Texts {
  name: string;
  slot: string;
  trigger: string;
  title: string;
  description: ReactNode;
  assignee?: ReactNode | undefined;
  stopsHeading: string;
  confirm: string;
  refused: string;
  success: string;
}

/** The shared body of Unassign and Release: the number, what stops working, Confirm. */
export function NumberActionDialog({
  props,
  state,
  texts,
}: {
  props: NumberActionDialogProps;
  state: NumberActionState;
  texts: Texts;
}) {
  const t = useT();
  const { number, container } = props;
  const { isOpen, setOpen, trigger } = useDialogControl(props, texts.name, texts.trigger);
  useResetOnOpen(isOpen, state.reset);

  // Nothing to do for a number in a state this action does not apply to (unless it just did it).
  if (!state.available && state.step !== 'success') return null;
  const shown = state.result ?? number;
  return (
    <Dialog open={isOpen} onOpenChange={setOpen} name={texts.name}>
      {trigger}
      <DialogContent
        title={texts.title}
        description={texts.description}
        container={container}
        footer={
          state.step === 'success' ? (
            <DialogClose asChild>
              <Button variant="primary">{t('common.done')}</Button>
            </DialogClose>
          ) : (
            <>
              <DialogClose asChild>
                <Button variant="secondary">{t('common.cancel')}</Button>
              </DialogClose>
              <Button variant="danger" pending={state.step === 'submitting'} onClick={state.confirm}>
                {texts.confirm}
              </Button>
            </>
          )
        }
      >
        <div className="plankit-section plankit-stack" data-slot={texts.slot} data-step={state.step}>
          <NumberSummary number={shown} aside={<NumberStateBadge state={shown.state} />} />
          {texts.assignee && state.step !== 'success' ? <p className="plankit-flush">{texts.assignee}</p> : null}
          {state.step === 'success' ? (
            <Notice variant="success" role="none">
              <p>{texts.success}</p>
            </Notice>
          ) : (
            <NumberAttachments number={number} heading={texts.stopsHeading} />
          )}
          {state.failure ? <FailureNotice failure={state.failure} title={texts.refused} /> : null}
        </div>
        <LiveRegion message={state.step === 'success' ? texts.success : state.step === 'error' ? texts.refused : ''} />
      </DialogContent>
    </Dialog>
  );
}
