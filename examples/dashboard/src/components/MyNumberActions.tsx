// The sub-account's number actions: Plankit's PayToActivate and ReleaseNumberDialog.
import type { PhoneNumberView } from '@plankit/sdk';
import { PayToActivate, ReleaseNumberDialog } from '@plankit/ui';
import { useRefreshAll } from '../api';

/**
 * Pay Now for a pending number; checkout redirects to the provider's page and back here.
 * `onActivated` tells the card that PayToActivate now shows the number's Active state itself.
 */
export function PayNow({ number, onActivated }: { number: PhoneNumberView; onActivated?: (id: string) => void }) {
  const refreshAll = useRefreshAll();
  return (
    <PayToActivate
      number={number}
      onSuccess={(activated) => {
        onActivated?.(activated.id);
        void refreshAll();
      }}
    />
  );
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
