import type { Plan, SubAccount } from '@plankit/rules';
import { PlankitProvider } from '@plankit/sdk/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import {
  FakeNumbers,
  type FakeNumbersOptions,
  type NumbersScenario,
  numbersClient,
  numbersScenario,
} from '../../src/testing/fake-numbers';
import { type PlanFixture, subAccount } from '../../src/testing/fixtures';

export interface NumbersHarnessProps {
  scenario?: Partial<NumbersScenario>;
  /** Scripts the server (failures, latency). */
  setup?: (fake: FakeNumbers) => void;
  options?: FakeNumbersOptions;
  children: (fake: FakeNumbers) => ReactNode;
}

/** Components over their own in-memory backend and QueryClient, fresh for every render of the story. */
export function NumbersHarness({ scenario, setup, options, children }: NumbersHarnessProps) {
  const [fake] = useState(() => {
    const instance = new FakeNumbers(numbersScenario(scenario), { latencyMs: 30, ...options });
    setup?.(instance);
    return instance;
  });
  const [client] = useState(() => numbersClient(fake));
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <PlankitProvider client={client}>{children(fake)}</PlankitProvider>
    </QueryClientProvider>
  );
}

type Canvas = { canvasElement: HTMLElement };

/** The whole document: Radix portals dialogs to <body>. */
export const page = ({ canvasElement }: Canvas) => within(canvasElement.ownerDocument.body);

export const stepOf = (root: HTMLElement) => root.querySelector('[data-step]')?.getAttribute('data-step');

export async function waitForStep(root: HTMLElement, step: string) {
  await waitFor(() => expect(stepOf(root)).toBe(step), { timeout: 4000 });
}

/** Visible text in a paragraph (live regions repeat results for screen readers). */
export const paragraph = (root: HTMLElement, value: string | RegExp) =>
  within(root).findByText(value, { selector: 'p' });

export interface ClientOptions {
  on?: PlanFixture;
  terms?: Partial<Plan>;
  usage?: Partial<SubAccount['usage']>;
  subscription?: Partial<NonNullable<SubAccount['subscription']>>;
  fields?: Partial<SubAccount>;
}

/** The client "Bayview Clinic" on a plan, with its terms, usage and subscription adjusted. */
export function clientOn({ on = 'growth', terms, usage, subscription, fields }: ClientOptions = {}): SubAccount {
  const base = subAccount({ on, fields: { id: 'sa_new', name: 'Bayview Clinic' } });
  const current = base.subscription;
  if (current === null) return base;
  return {
    ...base,
    ...fields,
    usage: { ...base.usage, ...usage },
    subscription: { ...current, ...subscription, terms: { ...current.terms, ...terms } },
  };
}
