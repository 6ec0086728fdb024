import { PlankitProvider } from '@plankit/sdk/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { fakeClient } from './fake-client';

export interface FakePlankitProviderProps {
  /** In-memory backends (FakePlankit, …) that together answer as the host's Plankit client. */
  fake: object;
  /** More backends for other endpoints. */
  also?: readonly object[];
  children?: ReactNode;
}

/** What a host sets up (its QueryClient and PlankitProvider), over in-memory backends. */
export function FakePlankitProvider({ fake, also = [], children }: FakePlankitProviderProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  const [client] = useState(() => fakeClient(fake, ...also));
  return (
    <QueryClientProvider client={queryClient}>
      <PlankitProvider client={client}>{children}</PlankitProvider>
    </QueryClientProvider>
  );
}
