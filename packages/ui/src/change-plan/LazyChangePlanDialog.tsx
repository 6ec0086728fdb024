import { bodyLoader, LazyDialogShell } from '../components/lazyDialog';
import type { ChangePlanDialogProps } from './ChangePlanDialog';

const body = bodyLoader<ChangePlanDialogProps>('ChangePlanDialog', 'changePlan.trigger', () =>
  import('./ChangePlanDialog').then((module) => module.ChangePlanDialog),
);

/**
 * {@link ChangePlanDialogProps}: the drop-in ChangePlanDialog. Its body (plan list, quote, confirm)
 * loads on the trigger's hover or focus; the page pays for the trigger alone until then.
 * `ChangePlanDialog.preload()` fetches the body ahead, e.g. from a controlled dialog's own button.
 */
export function ChangePlanDialog(props: ChangePlanDialogProps) {
  return <LazyDialogShell loader={body} props={props} />;
}
/** Fetches the dialog's body ahead of the first open. */
ChangePlanDialog.preload = (): Promise<void> => body.preload().then(() => undefined);
