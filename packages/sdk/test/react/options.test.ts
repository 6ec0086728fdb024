import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createPlankitClient } from '../../src';
import {
  checkoutOptions,
  invalidations,
  plankitKeys,
  previewPlanChangeOptions,
  previewSeatChangeOptions,
  subAccountsOptions,
} from '../../src/react';
import { numberDto } from '../fixtures';

// Never called: these tests read option values, not data.
const client = createPlankitClient({ baseUrl: 'http://127.0.0.1:1' });

describe('a preview query', () => {
  it('goes stale at half the quote TTL, so Confirm never sends a quote about to expire', () => {
    const options = previewPlanChangeOptions(client, { subAccountId: 's1', targetPlanId: 'p2', quoteTtlSeconds: 600 });
    expect([options.staleTime, options.gcTime]).toEqual([300_000, 300_000]);
    expect(options.queryKey).toEqual(['plankit', 'sub-accounts', 'preview', 's1', 'p2', null]);
  });

  it('is keyed by timing, so "now" and "next cycle" are two quotes', () => {
    const now = previewPlanChangeOptions(client, { subAccountId: 's1', targetPlanId: 'p2', timing: 'now' });
    const later = previewPlanChangeOptions(client, { subAccountId: 's1', targetPlanId: 'p2', timing: 'period_end' });
    expect(now.queryKey).not.toEqual(later.queryKey);
  });
});

describe('a Manage Users page', () => {
  it('is keyed by its whole search under the list prefix, so a mutation that invalidates the list refreshes every page', () => {
    const options = subAccountsOptions(client, { q: 'harbor', status: 'active', limit: 10 });
    expect(options.queryKey).toEqual([
      'plankit',
      'sub-accounts',
      'list',
      { q: 'harbor', planId: null, status: 'active', cursor: null, limit: 10 },
    ]);
    expect(options.queryKey.slice(0, 3)).toEqual(plankitKeys.subAccounts());
  });
});

describe('a checkout query', () => {
  const checkout = (status: 'open' | 'complete') => ({
    id: 'co_1',
    url: 'http://127.0.0.1/checkout/co_1',
    status,
    number: { ...numberDto, assignedTo: null, periodEnd: null },
  });

  it('polls an open checkout with growing delays up to the cap, and stops once it is settled', () => {
    const queryClient = new QueryClient();
    const options = checkoutOptions(client, 'co_1', { initialMs: 1000, factor: 2, maxMs: 5000 });
    const interval = options.refetchInterval as (query: unknown) => number | false;
    const query = () => queryClient.getQueryCache().find({ queryKey: plankitKeys.checkout('co_1') });
    const delays: (number | false)[] = [];
    for (let poll = 0; poll < 5; poll++) {
      queryClient.setQueryData(plankitKeys.checkout('co_1'), checkout('open') as never);
      delays.push(interval(query()));
    }
    expect(delays).toEqual([1000, 2000, 4000, 5000, 5000]);
    queryClient.setQueryData(plankitKeys.checkout('co_1'), checkout('complete') as never);
    expect(interval(query())).toBe(false);
  });
});

describe('an item change', () => {
  const v = { subAccountId: 's1', quotedAt: new Date(0), quotedVersion: 1 };
  const result = undefined as never;

  it("invalidates the sub-account's detail, items, invoices and credit, and its item quotes", () => {
    const keys = invalidations.changeSeats({ ...v, quantity: 4 }, result);
    expect(keys).toEqual(
      expect.arrayContaining([
        plankitKeys.subAccountDetail('s1'),
        plankitKeys.subscriptionItems('s1'),
        plankitKeys.invoicesOf('s1'),
        plankitKeys.subAccountCredit('s1'),
        plankitKeys.itemPreviews('s1'),
      ]),
    );
    expect(keys).not.toContainEqual(plankitKeys.agencyCredit());
  });

  it('a pack also refreshes the agency pool its credit may come from', () => {
    expect(invalidations.buyPack({ ...v, packId: 'p1' }, result)).toContainEqual(plankitKeys.agencyCredit());
  });

  it('a seat quote is keyed by quantity under the item-quote prefix, fresh for half the TTL', () => {
    const options = previewSeatChangeOptions(client, { subAccountId: 's1', quantity: 6, quoteTtlSeconds: 600 });
    expect(options.queryKey.slice(0, 4)).toEqual(plankitKeys.itemPreviews('s1'));
    expect(options.queryKey).not.toEqual(
      previewSeatChangeOptions(client, { subAccountId: 's1', quantity: 7 }).queryKey,
    );
    expect(options.staleTime).toBe(300_000);
  });
});
