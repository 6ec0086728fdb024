'use client';

import { createPlankitClient } from '@plankit/sdk';
import { PlankitProvider } from '@plankit/sdk/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { PlankitConfig } from './config';

/** The host's own QueryClient and the kit's client, once per browser tab. */
export function Providers({ config, children }: { config: PlankitConfig; children: ReactNode }) {
  // What the server prefetched stays fresh for a minute, so hydration does not refetch it at once.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }));
  const [client] = useState(() =>
    createPlankitClient({ baseUrl: config.apiUrl, getHeaders: () => ({ Authorization: `Bearer ${config.token}` }) }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <PlankitProvider client={client}>{children}</PlankitProvider>
    </QueryClientProvider>
  );
}
