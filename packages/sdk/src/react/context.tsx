import { createContext, type ReactNode, useContext } from 'react';
import type { PlankitClient } from '../client/types';

const PlankitClientContext = createContext<PlankitClient | null>(null);

export interface PlankitProviderProps {
  /** From `createPlankitClient`, or any implementation of `PlankitClient` (stories, tests). */
  readonly client: PlankitClient;
  readonly children?: ReactNode;
}

/** Makes `client` available to the Plankit hooks. Place it inside the host's QueryClientProvider. */
export function PlankitProvider({ client, children }: PlankitProviderProps) {
  return <PlankitClientContext.Provider value={client}>{children}</PlankitClientContext.Provider>;
}

/** The client of the nearest PlankitProvider. */
export function usePlankitClient(): PlankitClient {
  const client = useContext(PlankitClientContext);
  if (client === null) throw new Error('usePlankitClient: wrap the tree in <PlankitProvider client={...}>.');
  return client;
}
