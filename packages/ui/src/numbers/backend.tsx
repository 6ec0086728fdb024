// The client calls the number and subscription components make. A host's `PlankitClient` from
// `@plankit/sdk` satisfies it; stories and tests pass the in-memory backend.
import type { PlankitClient } from '@plankit/sdk';
import { createContext, type ReactNode, useContext } from 'react';

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

const BackendContext = createContext<PlankitBackend | null>(null);

export interface PlankitBackendProviderProps {
  /** The host's Plankit client (`createPlankitClient(...)`), or anything with the same methods. */
  client: PlankitBackend;
  children?: ReactNode;
}

/** Gives the number and subscription components their client. Needs a React Query `QueryClientProvider` above. */
export function PlankitBackendProvider({ client, children }: PlankitBackendProviderProps) {
  return <BackendContext.Provider value={client}>{children}</BackendContext.Provider>;
}

export function useBackend(): PlankitBackend {
  const client = useContext(BackendContext);
  if (client === null) throw new Error('Plankit: wrap the app in <PlankitBackendProvider client={...}>.');
  return client;
}

/** Query keys; under the sub-account's key so the change-plan dialog's invalidation refreshes them too. */
export const plankitKeys = {
  numbers: ['plankit', 'numbers'] as const,
  eligibleUsers: (numberId: string, q: string) => ['plankit', 'numbers', numberId, 'eligible-users', q] as const,
  subAccount: (id: string) => ['plankit', 'sub-accounts', id, 'detail'] as const,
  subAccountRoot: (id: string) => ['plankit', 'sub-accounts', id] as const,
  plans: ['plankit', 'plans'] as const,
};
