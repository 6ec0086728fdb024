import { lazyDialog } from '../components/lazyDialog';
import type { AssignNumberDialogProps } from './AssignNumberDialog';

/**
 * {@link AssignNumberDialogProps}: the drop-in AssignNumberDialog. Its body (user search, price,
 * assign) loads on the trigger's hover or focus; the page pays for the trigger alone until then.
 * `AssignNumberDialog.preload()` fetches the body ahead, e.g. from a controlled dialog's own button.
 */
export const AssignNumberDialog = lazyDialog<AssignNumberDialogProps>(
  'AssignNumberDialog',
  'assignNumber.trigger',
  () => import('./AssignNumberDialog').then((module) => module.AssignNumberDialog),
);
