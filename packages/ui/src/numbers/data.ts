// React Query over the sdk's hooks and keys, so each mutation invalidates what the sdk's table says.
import type { EligibleUserPage } from '@plankit/sdk';
import {
  plankitKeys,
  useAssignNumber as useAssignNumberMutationSdk,
  useReleaseNumber as useReleaseNumberMutationSdk,
  useUnassignNumber as useUnassignNumberMutationSdk,
} from '@plankit/sdk/react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useBackend } from './backend';

/** Users a number can be assigned to, searched and paged on the server, one page at a time. */
export function useEligibleUsersSearch(numberId: string, q: string, options: { enabled: boolean; pageSize: number }) {
  const client = useBackend();
  return useInfiniteQuery({
    // Under the sdk's per-number prefix, which assigning and plan changes invalidate.
    queryKey: [...plankitKeys.eligibleUsersOf(numberId), 'pages', q, options.pageSize],
    queryFn: ({ pageParam, signal }): Promise<EligibleUserPage> =>
      client.listEligibleUsers(
        numberId,
        { q: q === '' ? undefined : q, cursor: pageParam, limit: options.pageSize },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: options.enabled,
    // The previous results stay listed while the next search runs, so the list never flashes empty.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

export const useAssignNumberMutation = useAssignNumberMutationSdk;
export const useUnassignNumberMutation = useUnassignNumberMutationSdk;
export const useReleaseNumberMutation = useReleaseNumberMutationSdk;
