import type { PhoneNumberView } from '@plankit/sdk';
import { type ReactElement, type ReactNode, useEffect, useRef } from 'react';
import { Button } from '../components/Button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '../components/Dialog';
import { LiveRegion } from '../components/LiveRegion';
import { Notice } from '../components/Notice';
import { useControllableState } from '../hooks/useControllableState';
import { useT } from '../i18n/useT';
import { FailureNotice } from './FailureNotice';
import { NumberAttachments, NumberStateBadge, NumberSummary } from './parts';
import type { NumberActionState } from './useNumberAction';

export interface NumberActionDialogProps {
  /** The assigned number. */
  number: PhoneNumberView;
  /** Controlled open state. Leave undefined to open from the trigger. */
  open?: boolean;
  /** Initial open state when uncontrolled. Default false. */
  defaultOpen?: boolean;
  /** Called when the dialog asks to open or close. */
  onOpenChange?: (open: boolean) => void;
  /** The trigger, rendered with `asChild`. Default: a button when uncontrolled, none when controlled. */
  children?: ReactElement;
  /** Called with the number once the server has made the change. */
  onSuccess?: (number: PhoneNumberView) => void;
  /** Called when the request fails (refusal, network). */
  onError?: (error: unknown) => void;
  /** Where the dialog is portalled. Default `document.body`. */
  container?: HTMLElement | null;
}

interface Texts {
  name: string;
  slot: string;
  trigger: string;
  title: string;
  description: ReactNode;
  assignee?: ReactNode;
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
  const { number, open, defaultOpen = false, onOpenChange, children, container } = props;
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
    name: `${texts.name} \`open\``,
  });
  const wasOpen = useRef(isOpen);
  const { reset } = state;
  useEffect(() => {
    if (isOpen && !wasOpen.current) reset();
    wasOpen.current = isOpen;
  }, [isOpen, reset]);

  // Nothing to do for a number in a state this action does not apply to (unless it just did it).
  if (!state.available && state.step !== 'success') return null;
  const trigger = children ?? (open === undefined ? <Button>{texts.trigger}</Button> : null);
  const shown = state.result ?? number;
  return (
    <Dialog open={isOpen} onOpenChange={setOpen} name={texts.name}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
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
