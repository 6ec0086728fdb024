import { PlankitProvider } from '@plankit/sdk/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { PlankitUIProvider } from '../../src/i18n/context';
import { de } from '../../src/messages/de';
import { type FakeNumbers, numbersClient } from '../../src/testing/fake-numbers';

/** Renders `ui` over the in-memory backend with a fresh QueryClient. */
export function renderWith(fake: FakeNumbers, ui: ReactElement, { german = false } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <PlankitUIProvider {...(german ? { locale: 'de-DE', messages: de, timeZone: 'Europe/Berlin' } : {})}>
        <PlankitProvider client={numbersClient(fake)}>{ui}</PlankitProvider>
      </PlankitUIProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, queryClient };
}
