// The change-plan dialog's data: the sdk's React Query hooks over the host's client (PlankitProvider).
import type { ChangeTiming } from '@plankit/rules';
import {
  useCancelScheduledChange,
  useChangePlan,
  useChangePlanContext,
  usePreviewPlanChange,
} from '@plankit/sdk/react';

export const useChangePlanContextQuery = (subAccountId: string) => useChangePlanContext(subAccountId);

export const usePreviewQuery = (
  subAccountId: string,
  targetPlanId: string | null,
  timing: ChangeTiming | undefined,
  quoteTtlSeconds: number | undefined,
) => usePreviewPlanChange({ subAccountId, targetPlanId, timing, quoteTtlSeconds });

export const useChangePlanMutation = useChangePlan;
export const useCancelScheduledChangeMutation = useCancelScheduledChange;
