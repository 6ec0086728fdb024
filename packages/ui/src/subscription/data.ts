// React Query hooks for the subscription components over the backend in context.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { plankitKeys, useBackend } from '../numbers/backend';

export function useSubAccountDetailQuery(subAccountId: string, enabled = true) {
  const client = useBackend();
  return useQuery({
    queryKey: plankitKeys.subAccount(subAccountId),
    queryFn: ({ signal }) => client.getSubAccount(subAccountId, { signal }),
    enabled,
    retry: false,
  });
}

export function usePlansQuery(enabled = true) {
  const client = useBackend();
  return useQuery({
    queryKey: plankitKeys.plans,
    queryFn: ({ signal }) => client.listPlans({ signal }),
    enabled,
    retry: false,
  });
}

export function useAssignPlanMutation(subAccountId: string) {
  const client = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) => client.assignPlan(subAccountId, { planId }),
    onSuccess: (detail) => queryClient.setQueryData(plankitKeys.subAccount(subAccountId), detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: plankitKeys.subAccountRoot(subAccountId) }),
  });
}

export function useStartSubscriptionMutation(subAccountId: string) {
  const client = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.startSubscription(subAccountId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plankit'] }),
  });
}
