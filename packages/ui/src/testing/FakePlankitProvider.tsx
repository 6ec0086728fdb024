import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ChangePlanBackendProvider } from '../change-plan/data';
import type { FakePlankit } from './fake-plankit';

/** Everything a component needs to talk to the in-memory backend, with a fresh QueryClient. */
export function FakePlankitProvider({ fake, children }: { fake: FakePlankit; children?: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ChangePlanBackendProvider client={fake}>{children}</ChangePlanBackendProvider>
    </QueryClientProvider>
  );
}
