// @vitest-environment jsdom
// Every query hook against the reference server, through Testing Library's renderHook.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlankitClient } from '../../src';
import {
  PlankitProvider,
  useChangePlanContext,
  useCheckout,
  useClock,
  useDevUsers,
  useEligibleUsers,
  useMe,
  useNumberPool,
  usePlans,
  usePreviewPlanChange,
  useSubAccount,
  useSubAccountNumbers,
  useSubAccounts,
} from '../../src/react';
import { withRemoteReferenceServer } from './remote-server';
import { TOKENS } from './tokens';

const { clientFor } = withRemoteReferenceServer();
let queryClient: QueryClient;
afterEach(() => queryClient?.clear());

function wrapperFor(client: PlankitClient) {
  queryClient = new QueryClient();
  return ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client: queryClient }, createElement(PlankitProvider, { client }, children));
}

async function settled<T>(hook: () => T, token: string = TOKENS.owner) {
  const view = renderHook(hook, { wrapper: wrapperFor(clientFor(token)) });
  await waitFor(() => expect((view.result.current as { isSuccess: boolean }).isSuccess).toBe(true));
  return view;
}

describe('the query hooks', () => {
  it('useMe reads the caller', async () => {
    const { result } = await settled(() => useMe());
    expect(result.current.data?.user.id).toBe('user_northwind_owner');
  });

  it('usePlans reads the catalog', async () => {
    const { result } = await settled(() => usePlans());
    expect(result.current.data?.some((p) => p.id === 'plan_growth')).toBe(true);
  });

  it('useSubAccounts reads Manage Users', async () => {
    const { result } = await settled(() => useSubAccounts());
    expect(result.current.data?.items.find((r) => r.subAccount.id === 'sa_bluebird')?.subAccount.name).toBe(
      'Bluebird Bakery',
    );
  });

  it('useSubAccount reads the Billing tab with Dates', async () => {
    const { result } = await settled(() => useSubAccount('sa_harbor'));
    expect(result.current.data?.subAccount.subscription?.periodStart).toEqual(new Date('2026-11-12T10:00:00.000Z'));
  });

  it('useChangePlanContext reads the dialog’s context', async () => {
    const { result } = await settled(() => useChangePlanContext('sa_harbor'));
    expect(result.current.data?.permission).toEqual({ allowed: true });
  });

  it('useSubAccountNumbers and useNumberPool read the numbers', async () => {
    const own = await settled(() => useSubAccountNumbers('sa_harbor'));
    expect(own.result.current.data?.map((n) => n.id).sort()).toEqual(['num_ny_0104', 'num_ny_0105']);
    const pool = await settled(() => useNumberPool());
    expect(pool.result.current.data?.length).toBeGreaterThan(2);
  });

  it('useDevUsers and useClock read the development endpoints', async () => {
    const users = await settled(() => useDevUsers());
    expect(users.result.current.data?.map((u) => u.token)).toContain(TOKENS.harbor);
    const clock = await settled(() => useClock());
    expect(clock.result.current.data?.now).toEqual(new Date('2026-11-22T10:00:00.000Z'));
  });

  it('usePreviewPlanChange waits for a selection, then quotes it', async () => {
    const view = renderHook(
      (target: string | null) => usePreviewPlanChange({ subAccountId: 'sa_harbor', targetPlanId: target }),
      {
        wrapper: wrapperFor(clientFor(TOKENS.owner)),
        initialProps: null as string | null,
      },
    );
    expect(view.result.current.fetchStatus).toBe('idle');
    view.rerender('plan_pro');
    await waitFor(() => expect(view.result.current.data?.kind).toBe('stripe_upgrade'));
    expect(view.result.current.data?.quotedAt).toEqual(new Date('2026-11-22T10:00:00.000Z'));
  });

  it('useEligibleUsers keeps the last page on screen while a new search loads', async () => {
    const view = renderHook((q: string) => useEligibleUsers('num_sf_0101', { q, limit: 2 }), {
      wrapper: wrapperFor(clientFor(TOKENS.owner)),
      initialProps: '',
    });
    await waitFor(() => expect(view.result.current.isSuccess).toBe(true));
    const firstPage = view.result.current.data;
    expect(firstPage?.items).toHaveLength(2);
    view.rerender('sofia');
    expect(view.result.current.isPlaceholderData).toBe(true);
    expect(view.result.current.data).toBe(firstPage);
    await waitFor(() => expect(view.result.current.isPlaceholderData).toBe(false));
    expect(view.result.current.data?.items.map((u) => u.name)).toEqual(['Sofia Alvarez']);
  });

  it('useCheckout polls an open checkout until it completes', async () => {
    const client = clientFor(TOKENS.harbor);
    const checkout = await client.startCheckout('num_ny_0104', { returnUrl: 'http://localhost:5173/numbers' });
    const view = renderHook(() => useCheckout(checkout.id, { initialMs: 20, maxMs: 50 }), {
      wrapper: wrapperFor(client),
    });
    await waitFor(() => expect(view.result.current.data?.status).toBe('open'));
    await fetch(`${checkout.url}/pay`, { method: 'POST', redirect: 'manual' });
    await waitFor(() => expect(view.result.current.data?.status).toBe('complete'));
    expect(view.result.current.data?.number.state).toBe('active');
  });

  it('a refused read settles at once as a PlankitHttpError (the client, not React Query, retries)', async () => {
    const view = renderHook(() => useSubAccount('sa_globex_acme'), { wrapper: wrapperFor(clientFor(TOKENS.owner)) });
    await waitFor(() => expect(view.result.current.isError).toBe(true));
    expect(view.result.current.failureCount).toBe(1);
    expect(view.result.current.error).toMatchObject({ name: 'PlankitHttpError', status: 404, code: 'not_found' });
  });

  it('refetches on window focus, so a change made elsewhere shows up', async () => {
    const { result } = await settled(() => useNumberPool());
    const count = result.current.data?.length ?? 0;
    await clientFor(TOKENS.owner).buyNumber({ country: 'US', areaCode: '646', capabilities: ['voice'] });
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(result.current.data?.length).toBe(count + 1));
  });
});
