import { PlankitProvider } from '@plankit/sdk/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { billingScenario, FakeBilling, type FakeBillingScenario } from '../../src/testing/fake-billing';
import { fakeClient } from '../../src/testing/fake-client';
import { FakeNumbers, type NumbersScenario, numbersScenario } from '../../src/testing/fake-numbers';

export interface BillingHarnessProps {
  scenario?: Partial<FakeBillingScenario>;
  /** The subscription endpoints too, for stories that put SubscriptionCard beside the documents. */
  numbers?: Partial<NumbersScenario>;
  /** Scripts the server (failures, hangs). */
  setup?: (fake: FakeBilling) => void;
  pageSize?: number;
  children: (fake: FakeBilling) => ReactNode;
}

/** The billing components over their own in-memory server and QueryClient, fresh for every render. */
export function BillingHarness({ scenario, numbers, setup, pageSize, children }: BillingHarnessProps) {
  const [fake] = useState(() => {
    const instance = new FakeBilling(billingScenario(scenario), { latencyMs: 30, ...(pageSize ? { pageSize } : {}) });
    setup?.(instance);
    return instance;
  });
  const [client] = useState(() =>
    numbers ? fakeClient(fake, new FakeNumbers(numbersScenario(numbers), { latencyMs: 30 })) : fakeClient(fake),
  );
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <PlankitProvider client={client}>{children(fake)}</PlankitProvider>
    </QueryClientProvider>
  );
}

/** The region once loaded (the loading frame is another element, so it is queried again). */
export function region(canvasElement: HTMLElement, name: string | RegExp): Promise<HTMLElement> {
  return waitFor(
    () => {
      const root = within(canvasElement).getByRole('region', { name });
      expect(root).not.toHaveAttribute('data-state', 'loading');
      return root;
    },
    { timeout: 4000 },
  );
}
