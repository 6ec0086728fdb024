// The sub-account's number actions: Plankit's PayToActivate and ReleaseNumberDialog.
import type { PhoneNumberView } from '@plankit/sdk';

export function PayNow(_: { number: PhoneNumberView }) {
  return null;
}

export function ReleaseAction(_: { number: PhoneNumberView | null; onDone: () => void }) {
  return null;
}
