import { useT } from '../i18n/useT';
import { NumberActionDialog, type NumberActionDialogProps } from './NumberActionDialog';
import { formatPhoneNumber } from './parts';
import { useUnassignNumberState } from './useNumberActionState';

export type UnassignNumberDialogProps = NumberActionDialogProps;

/**
 * The agency takes an assigned number back into its pool now: lists the agents, campaigns and
 * workflows that stop working, then Unassign. The user is notified; their number subscription stops
 * without refund. Renders nothing for an unassigned number.
 * Styling hooks: `data-slot="unassign-number-dialog"` and `data-step`.
 */
export function UnassignNumberDialog(props: UnassignNumberDialogProps) {
  const t = useT();
  const state = useUnassignNumberState(props);
  const { number } = props;
  const e164 = formatPhoneNumber(number.e164);
  return (
    <NumberActionDialog
      props={props}
      state={state}
      texts={{
        name: 'UnassignNumberDialog',
        slot: 'unassign-number-dialog',
        trigger: t('unassignNumber.trigger'),
        title: t('unassignNumber.title', { number: e164 }),
        description: t('unassignNumber.description'),
        assignee: number.assignee
          ? t('unassignNumber.assignee', { user: number.assignee.userName, subAccount: number.assignee.subAccountName })
          : undefined,
        stopsHeading: t('unassignNumber.stopsHeading'),
        confirm: t('unassignNumber.confirm'),
        refused: t('unassignNumber.refused'),
        success: t('unassignNumber.success', { number: e164 }),
      }}
    />
  );
}
