import { lazyDialog } from '../components/lazyDialog';
import type { ChangePlanDialogProps } from './ChangePlanDialog';

/**
 * {@link ChangePlanDialogProps}: the drop-in ChangePlanDialog. Its body (plan list, quote, confirm)
 * loads on the trigger's hover or focus; the page pays for the trigger alone until then.
 * `ChangePlanDialog.preload()` fetches the body ahead, e.g. from a controlled dialog's own button.
 */
export const ChangePlanDialog = lazyDialog<ChangePlanDialogProps>('ChangePlanDialog', 'changePlan.trigger', () =>
  import('./ChangePlanDialog').then((module) => module.ChangePlanDialog),
);
