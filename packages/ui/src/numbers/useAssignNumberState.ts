import { checkAssignable, isRefusal, type Money, type Refusal, subtract } from '@plankit/rules';
import type { EligibleUser, PhoneNumberView } from '@plankit/sdk';
import { useCallback, useMemo, useState } from 'react';
import { accessRefusal } from '../change-plan/errors';
import { useAssignNumberMutation, useEligibleUsersSearch } from './data';
import { type Failure, toFailure } from './failure';
import { useDebouncedValue } from './useDebouncedValue';

/** Where the assign flow is. */
export type AssignNumberStep = 'blocked' | 'choosing' | 'ready' | 'submitting' | 'success' | 'error';

export interface UseAssignNumberStateOptions {
  /** The pool number to assign. */
  number: PhoneNumberView;
  /** Search only while this is true (the dialog is open). Default true. */
  enabled?: boolean | undefined;
  /** Wait this long after the last keystroke before searching, in ms. Default 200. */
  debounceMs?: number | undefined;
  /** Users fetched per page. Default 50. */
  pageSize?: number | undefined;
  /** Called with the number, now pending payment. */
  onSuccess?: ((number: PhoneNumberView) => void) | undefined;
  /** Called when the server refuses or the request fails. */
  onError?: ((error: unknown) => void) | undefined;
}

export interface MonthlyPriceBreakdown {
  readonly telcoCost: Money;
  /** The phone number price of the user's plan (total − telco cost). */
  readonly planPrice: Money;
  readonly total: Money;
}

export interface AssignNumberState {
  step: AssignNumberStep;
  /** Why the number itself cannot be assigned (assigned already, linked to an agent). */
  blocker: Pick<Refusal, 'reason' | 'params'> | null;
  query: string;
  setQuery(query: string): void;
  /** Loaded matches, in the server's order. */
  users: readonly EligibleUser[];
  /** Matches across all pages; undefined before the first answer. */
  total: number | undefined;
  /** A search for the current text is running (the previous results stay listed meanwhile). */
  searching: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  searchFailure: Failure | undefined;
  retrySearch(): void;
  /** The server refused the caller this number outright (403, 404): no retry can succeed. */
  accessRefused: Pick<Refusal, 'reason' | 'params'> | undefined;
  selectedUser: EligibleUser | null;
  select(user: EligibleUser): void;
  price: MonthlyPriceBreakdown | null;
  canAssign: boolean;
  assign(): void;
  failure: Failure | undefined;
  result: PhoneNumberView | undefined;
  reset(): void;
}

/**
 * The assign flow without markup: server-side search with paging (debounced), the chosen user's
 * monthly price (telco cost + their plan's phone number price), Assign, and refusals.
 */
export function useAssignNumberState({
  number,
  enabled = true,
  debounceMs = 200,
  pageSize = 50,
  onSuccess,
  onError,
}: UseAssignNumberStateOptions): AssignNumberState {
  const assignable = checkAssignable(number);
  const blocker = isRefusal(assignable) ? { reason: assignable.reason, params: assignable.params ?? {} } : null;
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query.trim(), debounceMs);
  const [selectedUser, setSelectedUser] = useState<EligibleUser | null>(null);
  const search = useEligibleUsersSearch(number.id, settled, { enabled: enabled && blocker === null, pageSize });
  const mutation = useAssignNumberMutation();

  const users = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data]);
  const total = search.data?.pages[0]?.total;

  const price = useMemo<MonthlyPriceBreakdown | null>(() => {
    if (selectedUser === null) return null;
    const total = selectedUser.monthlyPrice;
    if (total.currency !== number.telcoCost.currency) return null;
    return { telcoCost: number.telcoCost, planPrice: subtract(total, number.telcoCost), total };
  }, [selectedUser, number.telcoCost]);

  const { mutateAsync, reset: resetMutation } = mutation;
  const assign = useCallback(() => {
    if (selectedUser === null || blocker !== null || mutation.isPending) return;
    // Settled through the promise, not mutate's per-call callbacks: React Query skips those once the
    // component has unmounted (a host's list row that the refreshed data removed).
    mutateAsync({ numberId: number.id, userId: selectedUser.id }).then(
      (view) => onSuccess?.(view),
      (error: unknown) => onError?.(error),
    );
  }, [selectedUser, blocker, mutation.isPending, mutateAsync, onSuccess, onError, number.id]);

  const select = useCallback(
    (user: EligibleUser) => {
      setSelectedUser(user);
      if (mutation.isError) resetMutation();
    },
    [mutation.isError, resetMutation],
  );

  const reset = useCallback(() => {
    setQuery('');
    setSelectedUser(null);
    resetMutation();
  }, [resetMutation]);

  const step: AssignNumberStep =
    blocker !== null
      ? 'blocked'
      : mutation.isSuccess
        ? 'success'
        : mutation.isPending
          ? 'submitting'
          : mutation.isError
            ? 'error'
            : selectedUser !== null
              ? 'ready'
              : 'choosing';

  const { fetchNextPage, hasNextPage, isFetchingNextPage, refetch } = search;
  return {
    step,
    blocker,
    query,
    setQuery,
    users,
    total,
    searching: search.isFetching && !isFetchingNextPage,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    loadMore: () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
    },
    searchFailure: search.isError ? toFailure(search.error) : undefined,
    retrySearch: () => void refetch(),
    accessRefused: search.isError ? accessRefusal(search.error) : undefined,
    selectedUser,
    select,
    price,
    canAssign: (step === 'ready' || step === 'error') && selectedUser !== null,
    assign,
    failure: mutation.isError ? toFailure(mutation.error) : undefined,
    result: mutation.data,
    reset,
  };
}
