// The change-plan dialog's data: the sdk's React Query hooks over the host's Plankit client.
import type { ChangeTiming, PlanChangePreview } from '@plankit/rules';
import type { ChangePlanContext, ChangePlanInput, ChangePlanResult, SubAccountDetail } from '@plankit/sdk/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';

/** The client calls the change-plan dialog makes. */
export interface ChangePlanBackend {
  getChangePlanContext(subAccountId: string): Promise<ChangePlanContext>;
  previewPlanChange(
    subAccountId: string,
    body: { targetPlanId: string; timing?: ChangeTiming | undefined },
  ): Promise<PlanChangePreview>;
  changePlan(subAccountId: string, body: ChangePlanInput): Promise<ChangePlanResult>;
  cancelScheduledChange(subAccountId: string): Promise<SubAccountDetail>;
}

const BackendContext = createContext<ChangePlanBackend | null>(null);

export function ChangePlanBackendProvider({ client, children }: { client: ChangePlanBackend; children?: ReactNode }) {
  return <BackendContext.Provider value={client}>{children}</BackendContext.Provider>;
}

function useBackend(): ChangePlanBackend {
  const client = useContext(BackendContext);
  if (client === null) throw new Error('Plankit: wrap the app in <PlankitProvider client={...}>.');
  return client;
}

const keys = {
  context: (id: string) => ['plankit', 'sub-accounts', id, 'change-plan'] as const,
  preview: (id: string, targetPlanId: string | null, timing: ChangeTiming | undefined) =>
    ['plankit', 'sub-accounts', id, 'change-plan', 'preview', targetPlanId, timing ?? 'default'] as const,
};

export function useChangePlanContextQuery(subAccountId: string) {
  const client = useBackend();
  return useQuery({
    queryKey: keys.context(subAccountId),
    queryFn: () => client.getChangePlanContext(subAccountId),
    retry: false,
  });
}

export function usePreviewQuery(subAccountId: string, targetPlanId: string | null, timing?: ChangeTiming) {
  const client = useBackend();
  return useQuery({
    queryKey: keys.preview(subAccountId, targetPlanId, timing),
    queryFn: () =>
      client.previewPlanChange(subAccountId, { targetPlanId: targetPlanId as string, ...(timing ? { timing } : {}) }),
    enabled: targetPlanId !== null,
    // A quote is a promise at an instant: always ask again rather than show an old one.
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
}

export function useChangePlanMutation(subAccountId: string) {
  const client = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePlanInput) => client.changePlan(subAccountId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plankit', 'sub-accounts', subAccountId] }),
  });
}

export function useCancelScheduledChangeMutation(subAccountId: string) {
  const client = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.cancelScheduledChange(subAccountId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plankit', 'sub-accounts', subAccountId] }),
  });
}
