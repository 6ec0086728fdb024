import { useT } from '../i18n/useT';
import { NumberActionDialog, type NumberActionDialogProps } from './NumberActionDialog';
import { formatPhoneNumber } from './parts';
import { useReleaseNumberState } from './useNumberActionState';

export type ReleaseNumberDialogProps = NumberActionDialogProps;

/**
 * The sub-account gives an active number back at the end of the paid month, without refund: lists
 * what stops working then, and Release. Renders nothing unless the number is active.
 * Styling hooks: `data-slot="release-number-dialog"` and `data-step`.
 */
export function ReleaseNumberDialog(props: ReleaseNumberDialogProps) {
  const t = useT();
  const state = useReleaseNumberState(props);
  const { number } = props;
  const e164 = formatPhoneNumber(number.e164);
  const periodEnd = (state.result ?? number).periodEnd;
  const ends = periodEnd ? t.date(periodEnd) : '';
  return (
    <NumberActionDialog
      props={props}
      state={state}
      texts={{
        name: 'ReleaseNumberDialog',
        slot: 'release-number-dialog',
        trigger: t('releaseNumber.trigger'),
        title: t('releaseNumber.title', { number: e164 }),
        description: t('releaseNumber.description', { date: ends }),
        stopsHeading: t('releaseNumber.stopsHeading', { date: ends }),
        confirm: t('releaseNumber.confirm'),
        refused: t('releaseNumber.refused'),
        success: t('releaseNumber.success', { number: e164, date: ends }),
      }}
    />
  );
}
