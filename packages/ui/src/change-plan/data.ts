// The change-plan dialog's data: the sdk's React Query hooks over the host's client (PlankitProvider).
import type { ChangeTiming } from '@plankit/rules';
import {
  previewPlanChangeOptions,
  useCancelScheduledChange,
  useChangePlan,
  useChangePlanContext,
  usePlankitClient,
} from '@plankit/sdk/react';
import { skipToken, useQuery } from '@tanstack/react-query';

export const useChangePlanContextQuery = (subAccountId: string) => useChangePlanContext(subAccountId);

/**
 * The quote for the selected plan; idle while none is selected. `live: false` keeps the quote on
 * screen but stops refetching it (invalidation, window focus, TTL): once the change is sent, the
 * selected plan is about to become the current one, which the server refuses to quote (same_plan).
 */
export function usePreviewQuery(
  subAccountId: string,
  targetPlanId: string | null,
  timing: ChangeTiming | undefined,
  quoteTtlSeconds: number | undefined,
  live: boolean,
) {
  const client = usePlankitClient();
  const options = previewPlanChangeOptions(client, {
    subAccountId,
    targetPlanId: targetPlanId ?? '',
    timing,
    quoteTtlSeconds,
  });
  return useQuery(targetPlanId === null ? { ...options, queryFn: skipToken } : { ...options, enabled: live });
}

export const useChangePlanMutation = useChangePlan;
export const useCancelScheduledChangeMutation = useCancelScheduledChange;
