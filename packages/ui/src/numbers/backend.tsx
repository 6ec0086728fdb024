// The number and subscription components read the host's client from `PlankitProvider`
// (`@plankit/sdk/react`), the same provider as ChangePlanDialog.
import type { PlankitClient } from '@plankit/sdk';
import { usePlankitClient } from '@plankit/sdk/react';

/** The client calls the number and subscription components make. */
export type PlankitBackend = Pick<
  PlankitClient,
  | 'listEligibleUsers'
  | 'assignNumber'
  | 'unassignNumber'
  | 'releaseNumber'
  | 'startCheckout'
  | 'getCheckout'
  | 'getSubAccount'
  | 'listPlans'
  | 'assignPlan'
  | 'startSubscription'
>;

export function useBackend(): PlankitBackend {
  return usePlankitClient();
}
