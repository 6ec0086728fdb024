// The agency's row actions on a pool number: Plankit's Assign and Unassign dialogs.
import type { PhoneNumberView } from '@plankit/sdk';

export type NumberAction = { kind: 'assign' | 'unassign'; number: PhoneNumberView };

export function NumberActions({ action }: { action: NumberAction | null; onDone: () => void }) {
  if (!action) return null;
  return null;
}
