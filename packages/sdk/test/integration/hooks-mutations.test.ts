// @vitest-environment jsdom
// Every mutation hook against the reference server: what it invalidates (exactly the map), its
// reason-code errors, and one idempotency key per user intent.
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlankitHttpError, type PlankitClient } from '../../src';
import {
  PlankitProvider,
  plankitKeys,
  useAdvanceClock,
  useAssignNumber,
  useAssignPlan,
  useBuyNumber,
  useCancelScheduledChange,
  useChangePlan,
  useReleaseNumber,
  useStartCheckout,
  useStartSubscription,
  useUnassignNumber,
} from '../../src/react';
import { type CuttingProxy, startCuttingProxy } from './cutting-proxy';
import { withRemoteReferenceServer } from './remote-server';
import { TOKENS } from './tokens';

const { url, clientFor } = withRemoteReferenceServer();
let queryClient: QueryClient;
let proxy: CuttingProxy | undefined;
afterEach(async () => {
  queryClient?.clear();
  await proxy?.close();
  proxy = undefined;
});

const search = { q: '', cursor: null, limit: null };
/** Every query the tests watch, seeded in the cache without observers (so nothing refetches). */
const universe: Record<string, QueryKey> = {
  me: plankitKeys.me(),
  plans: plankitKeys.plans(),
  subAccounts: plankitKeys.subAccounts(),
  'detail:harbor': plankitKeys.subAccountDetail('sa_harbor'),
  'detail:cedar': plankitKeys.subAccountDetail('sa_cedar'),
  'detail:bluebird': plankitKeys.subAccountDetail('sa_bluebird'),
  'context:harbor': plankitKeys.changePlanContext('sa_harbor'),
  'preview:harbor': plankitKeys.preview('sa_harbor', 'plan_pro', null),
  'numbers:harbor': plankitKeys.subAccountNumbers('sa_harbor'),
  'numbers:willow': plankitKeys.subAccountNumbers('sa_willow'),
  pool: plankitKeys.numberPool(),
  'eligible:0101': plankitKeys.eligibleUsers('num_sf_0101', search),
  'eligible:0102': plankitKeys.eligibleUsers('num_sf_0102', search),
  devUsers: plankitKeys.devUsers(),
  clock: plankitKeys.clock(),
};

function wrapperFor(client: PlankitClient) {
  queryClient = new QueryClient();
  for (const key of Object.values(universe)) queryClient.setQueryData(key, { seeded: true });
  return ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client: queryClient }, createElement(PlankitProvider, { client }, children));
}

function invalidated(): string[] {
  return Object.entries(universe)
    .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated === true)
    .map(([name]) => name)
    .sort();
}

function render<T>(hook: () => T, token: string = TOKENS.owner) {
  return renderHook(hook, { wrapper: wrapperFor(clientFor(token)) }).result;
}

describe('given each mutation succeeds, it invalidates exactly what it changed', () => {
  it('useChangePlan: the sub-account’s billing, previews, Manage Users and eligible users', async () => {
    const preview = await clientFor(TOKENS.owner).previewPlanChange('sa_harbor', { targetPlanId: 'plan_pro' });
    const result = render(() => useChangePlan());
    const changed = await act(() => result.current.mutateAsync({ subAccountId: 'sa_harbor', ...preview }));
    expect(changed.kind).toBe('stripe_upgrade');
    expect(invalidated()).toEqual([
      'context:harbor',
      'detail:harbor',
      'eligible:0101',
      'eligible:0102',
      'preview:harbor',
      'subAccounts',
    ]);
  });

  it('useCancelScheduledChange: the sub-account’s billing and Manage Users', async () => {
    const client = clientFor(TOKENS.owner);
    await client.changePlan('sa_harbor', await client.previewPlanChange('sa_harbor', { targetPlanId: 'plan_starter' }));
    const result = render(() => useCancelScheduledChange());
    const detail = await act(() => result.current.mutateAsync({ subAccountId: 'sa_harbor' }));
    expect(detail.subAccount.subscription?.scheduledChange).toBeNull();
    expect(invalidated()).toEqual(['context:harbor', 'detail:harbor', 'preview:harbor', 'subAccounts']);
  });

  it('useAssignPlan: that sub-account and Manage Users', async () => {
    const result = render(() => useAssignPlan());
    await act(() => result.current.mutateAsync({ subAccountId: 'sa_cedar', planId: 'plan_starter' }));
    expect(invalidated()).toEqual(['detail:cedar', 'subAccounts']);
  });

  it('useStartSubscription: that sub-account, Manage Users and eligible users', async () => {
    const result = render(() => useStartSubscription());
    const started = await act(() => result.current.mutateAsync({ subAccountId: 'sa_bluebird' }));
    expect(started.paymentRequest).not.toBeNull();
    expect(invalidated()).toEqual(['detail:bluebird', 'eligible:0101', 'eligible:0102', 'subAccounts']);
  });

  it('useBuyNumber: the pool', async () => {
    const result = render(() => useBuyNumber());
    await act(() => result.current.mutateAsync({ country: 'US', areaCode: '646', capabilities: ['sms'] }));
    expect(invalidated()).toEqual(['pool']);
  });

  it('useAssignNumber: the pool, that number’s eligible users and the assignee’s numbers', async () => {
    const result = render(() => useAssignNumber());
    await act(() => result.current.mutateAsync({ numberId: 'num_sf_0101', userId: 'sau_harbor' }));
    expect(invalidated()).toEqual(['eligible:0101', 'numbers:harbor', 'pool']);
  });

  it('useUnassignNumber: the pool and every sub-account’s numbers', async () => {
    const result = render(() => useUnassignNumber());
    await act(() => result.current.mutateAsync({ numberId: 'num_ny_0104' }));
    expect(invalidated()).toEqual(['numbers:harbor', 'numbers:willow', 'pool']);
  });

  it('useReleaseNumber: the pool and the owner’s numbers', async () => {
    const result = render(() => useReleaseNumber(), TOKENS.harbor);
    await act(() => result.current.mutateAsync({ numberId: 'num_ny_0105' }));
    expect(invalidated()).toEqual(['numbers:harbor', 'pool']);
  });

  it('useStartCheckout: nothing, and the checkout is in the cache', async () => {
    const result = render(() => useStartCheckout(), TOKENS.harbor);
    const checkout = await act(() =>
      result.current.mutateAsync({ numberId: 'num_ny_0104', returnUrl: 'http://localhost:5173/numbers' }),
    );
    expect(invalidated()).toEqual([]);
    expect(queryClient.getQueryData(plankitKeys.checkout(checkout.id))).toEqual(checkout);
  });

  it('useAdvanceClock: everything', async () => {
    const result = render(() => useAdvanceClock(), TOKENS.owner);
    await act(() => result.current.mutateAsync({ advanceSeconds: 60 }));
    expect(invalidated()).toEqual(Object.keys(universe).sort());
  });
});

describe('given a refusal', () => {
  it('the hook’s error is a PlankitHttpError with the reason code, and nothing is invalidated', async () => {
    const result = render(() => useAssignNumber());
    await act(async () => {
      await result.current.mutateAsync({ numberId: 'num_sf_0103', userId: 'sau_harbor' }).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    const error = result.current.error;
    expect(isPlankitHttpError(error) && [error.status, error.code]).toEqual([422, 'number_linked_to_agent']);
    expect(invalidated()).toEqual([]);
  });
});

describe('one idempotency key per user intent', () => {
  it('reuses the key when the same intent is tried again, and takes a new one after success', async () => {
    proxy = await startCuttingProxy(url());
    const result = renderHook(() => useAssignNumber(), {
      wrapper: wrapperFor(clientFor(TOKENS.owner, { baseUrl: proxy.url })),
    }).result;
    const pending = { numberId: 'num_sf_0102', userId: 'sau_harbor_pending' };
    for (let attempt = 0; attempt < 2; attempt++) {
      await act(() => result.current.mutateAsync(pending).catch(() => undefined));
    }
    const ok = { numberId: 'num_sf_0102', userId: 'sau_harbor' };
    await act(() => result.current.mutateAsync(ok));
    await act(() => result.current.mutateAsync(ok).catch(() => undefined));
    const [first, retry, success, afterSuccess] = proxy.keys;
    expect(retry).toBe(first);
    expect(success).not.toBe(first);
    expect(afterSuccess).not.toBe(success);
    expect(proxy.keys).toHaveLength(4);
  });

  it('a double click sends one intent: both calls carry the same key and the number is assigned once', async () => {
    proxy = await startCuttingProxy(url());
    const result = renderHook(() => useAssignNumber(), {
      wrapper: wrapperFor(clientFor(TOKENS.owner, { baseUrl: proxy.url })),
    }).result;
    const vars = { numberId: 'num_sf_0101', userId: 'sau_harbor' };
    const outcomes = await act(() =>
      Promise.allSettled([result.current.mutateAsync(vars), result.current.mutateAsync(vars)]),
    );
    expect(proxy.keys).toHaveLength(2);
    expect(proxy.keys[1]).toBe(proxy.keys[0]);
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    const numbers = await clientFor(TOKENS.owner).listSubAccountNumbers('sa_harbor');
    expect(numbers.filter((n) => n.id === 'num_sf_0101')).toHaveLength(1);
  });
});
