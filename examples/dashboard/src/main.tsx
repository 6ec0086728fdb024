import '@plankit/ui/styles.css';
import './styles.css';
import { PlankitUIProvider } from '@plankit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SessionProvider } from './api';
import { PeriodEndProvider } from './components/ClockControl';

// The host's own QueryClient: Plankit's hooks share it, so its mutations refresh the host's pages too.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <PlankitUIProvider locale="en-US" timeZone="UTC">
          <PeriodEndProvider>
            <App />
          </PeriodEndProvider>
        </PlankitUIProvider>
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
