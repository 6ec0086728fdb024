// The agency's row actions on a pool number: Plankit's Assign and Unassign dialogs.
import type { PhoneNumberView } from '@plankit/sdk';
import { AssignNumberDialog, UnassignNumberDialog } from '@plankit/ui';
import { useRefreshAll } from '../api';

export type NumberAction = { kind: 'assign' | 'unassign'; number: PhoneNumberView };

export function NumberActions({ action, onDone }: { action: NumberAction | null; onDone: () => void }) {
  const refreshAll = useRefreshAll();
  if (!action) return null;
  const common = {
    number: action.number,
    open: true,
    onOpenChange: (open: boolean) => !open && onDone(),
    onSuccess: () => void refreshAll(),
  };
  return action.kind === 'assign' ? <AssignNumberDialog {...common} /> : <UnassignNumberDialog {...common} />;
}
