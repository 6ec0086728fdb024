// The sub-account's number actions: Plankit's PayToActivate and ReleaseNumberDialog.
import type { PhoneNumberView } from '@plankit/sdk';
import { PayToActivate, ReleaseNumberDialog } from '@plankit/ui';
import { useRefreshAll } from '../api';

/** Pay Now for a pending number; checkout redirects to the provider's page and back here. */
export function PayNow({ number }: { number: PhoneNumberView }) {
  const refreshAll = useRefreshAll();
  return <PayToActivate number={number} onSuccess={() => void refreshAll()} />;
}

export function ReleaseAction({ number, onDone }: { number: PhoneNumberView | null; onDone: () => void }) {
  const refreshAll = useRefreshAll();
  if (!number) return null;
  return (
    <ReleaseNumberDialog
      number={number}
      open
      onOpenChange={(open) => !open && onDone()}
      onSuccess={() => void refreshAll()}
    />
  );
}
