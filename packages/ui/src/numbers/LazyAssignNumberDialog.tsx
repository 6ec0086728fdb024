import { bodyLoader, LazyDialogShell } from '../components/lazyDialog';
import type { AssignNumberDialogProps } from './AssignNumberDialog';

const body = bodyLoader<AssignNumberDialogProps>('AssignNumberDialog', 'assignNumber.trigger', () =>
  import('./AssignNumberDialog').then((module) => module.AssignNumberDialog),
);

/**
 * {@link AssignNumberDialogProps}: the drop-in AssignNumberDialog. Its body (user search, price,
 * assign) loads on the trigger's hover or focus; the page pays for the trigger alone until then.
 * `AssignNumberDialog.preload()` fetches the body ahead, e.g. from a controlled dialog's own button.
 */
export function AssignNumberDialog(props: AssignNumberDialogProps) {
  return <LazyDialogShell loader={body} props={props} />;
}
/** Fetches the dialog's body ahead of the first open. */
AssignNumberDialog.preload = (): Promise<void> => body.preload().then(() => undefined);
