// React Query over the sdk's option factories and mutation hooks.
import {
  plansOptions,
  subAccountOptions,
  useAssignPlan,
  usePlankitClient,
  useStartSubscription as useStartSubscriptionSdk,
} from '@plankit/sdk/react';
import { useQuery } from '@tanstack/react-query';

export function useSubAccountDetailQuery(subAccountId: string, enabled = true) {
  return useQuery({ ...subAccountOptions(usePlankitClient(), subAccountId), enabled });
}

export function usePlansQuery(enabled = true) {
  return useQuery({ ...plansOptions(usePlankitClient()), enabled });
}

export const useAssignPlanMutation = useAssignPlan;
export const useStartSubscriptionMutation = useStartSubscriptionSdk;
