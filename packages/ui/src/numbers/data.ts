// React Query hooks for the number components over the backend in context.
import type { EligibleUserPage, PhoneNumberView } from '@plankit/sdk';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { plankitKeys, useBackend } from './backend';

/** Users a number can be assigned to, searched and paged on the server. */
export function useEligibleUsersSearch(numberId: string, q: string, options: { enabled: boolean; pageSize: number }) {
  const client = useBackend();
  return useInfiniteQuery({
    queryKey: plankitKeys.eligibleUsers(numberId, q),
    queryFn: ({ pageParam, signal }): Promise<EligibleUserPage> =>
      client.listEligibleUsers(
        numberId,
        { q: q === '' ? undefined : q, cursor: pageParam, limit: options.pageSize },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: options.enabled,
    // The previous results stay on screen while the next search runs, so the list never flashes empty.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

function useNumberMutation<V>(run: (variables: V) => Promise<PhoneNumberView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    // Pools, eligible users and sub-account lists all change: no stale page after an action.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plankit'] }),
  });
}

export function useAssignNumberMutation(numberId: string) {
  const client = useBackend();
  return useNumberMutation((userId: string) => client.assignNumber(numberId, { userId }));
}

export function useUnassignNumberMutation(numberId: string) {
  const client = useBackend();
  return useNumberMutation((_: undefined) => client.unassignNumber(numberId));
}

export function useReleaseNumberMutation(numberId: string) {
  const client = useBackend();
  return useNumberMutation((_: undefined) => client.releaseNumber(numberId));
}
