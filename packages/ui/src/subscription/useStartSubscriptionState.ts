import type { Plan, Refusal } from '@plankit/rules';
import type { StartSubscriptionResult, SubAccountDetail } from '@plankit/sdk';
import { useCallback, useMemo, useState } from 'react';
import { accessRefusal } from '../change-plan/errors';
import { type Failure, toFailure } from '../numbers/failure';
import { useAssignPlanMutation, usePlansQuery, useStartSubscriptionMutation, useSubAccountDetailQuery } from './data';

/** Where the flow is: pick and assign a plan, then confirm the start. */
export type StartSubscriptionStep =
  | 'loading'
  | 'load_error'
  /** The client already has a running subscription. */
  | 'running'
  | 'assigning'
  | 'assign_submitting'
  | 'confirming'
  | 'starting'
  | 'success';

export interface UseStartSubscriptionStateOptions {
  subAccountId: string;
  /**
   * Load the plan catalog only while this is true (the dialog is open). Default true. The client
   * itself always loads: its answer says whether the caller may start it at all.
   */
  enabled?: boolean | undefined;
  onSuccess?: ((result: StartSubscriptionResult) => void) | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

export interface StartSubscriptionState {
  step: StartSubscriptionStep;
  detail: SubAccountDetail | undefined;
  /** Active plans of the catalog, in catalog order. */
  plans: readonly Plan[];
  selectedPlanId: string | null;
  select(planId: string | null): void;
  assignPlan(): void;
  /** Back from the confirmation to pick another plan. */
  chooseAnother(): void;
  /** The plan assigned to the client, which starting will use. */
  assignedPlan: Plan | null;
  start(): void;
  failure: Failure | undefined;
  /** Which request `failure` is about. */
  failedRequest: 'load' | 'assign' | 'start' | undefined;
  retryLoad(): void;
  /** The server refused the caller this client outright (403, 404): no retry can succeed. */
  accessRefused: Pick<Refusal, 'reason' | 'params'> | undefined;
  result: StartSubscriptionResult | undefined;
  reset(): void;
}

/**
 * Assign a billing plan to a client, then start its subscription (the period begins now, usage
 * tracking starts, a payment request is created when the plan has a recurring fee).
 */
export function useStartSubscriptionState({
  subAccountId,
  enabled = true,
  onSuccess,
  onError,
}: UseStartSubscriptionStateOptions): StartSubscriptionState {
  const detailQuery = useSubAccountDetailQuery(subAccountId);
  const plansQuery = usePlansQuery(enabled);
  const assignMutation = useAssignPlanMutation();
  const startMutation = useStartSubscriptionMutation();
  const [selected, setSelected] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);

  const detail = detailQuery.data;
  const plans = useMemo(() => (plansQuery.data ?? []).filter((p) => p.status === 'active'), [plansQuery.data]);
  const assignedPlan = detail?.assignedPlan ?? null;
  const selectedPlanId = selected ?? assignedPlan?.id ?? null;

  const { mutateAsync: assign, reset: resetAssign } = assignMutation;
  const { mutateAsync: startMutate, reset: resetStart } = startMutation;
  // Settled through the promise, not mutate's per-call callbacks: React Query skips those once the
  // component has unmounted (a host's list row that the refreshed data removed).
  const assignPlan = useCallback(() => {
    if (selectedPlanId === null || assignMutation.isPending) return;
    assign({ subAccountId, planId: selectedPlanId }).then(
      () => setChoosing(false),
      (error: unknown) => onError?.(error),
    );
  }, [selectedPlanId, assignMutation.isPending, assign, onError, subAccountId]);
  const start = useCallback(() => {
    if (startMutation.isPending) return;
    startMutate({ subAccountId }).then(
      (result) => onSuccess?.(result),
      (error: unknown) => onError?.(error),
    );
  }, [startMutation.isPending, startMutate, onSuccess, onError, subAccountId]);

  const reset = useCallback(() => {
    setSelected(null);
    setChoosing(false);
    resetAssign();
    resetStart();
  }, [resetAssign, resetStart]);

  const loadFailed = detailQuery.isError || plansQuery.isError;
  const running = detail?.subAccount.subscription != null && detail.billingBadge !== 'inactive';
  const step: StartSubscriptionStep = startMutation.isSuccess
    ? 'success'
    : loadFailed
      ? 'load_error'
      : detail === undefined || plansQuery.data === undefined
        ? 'loading'
        : running
          ? 'running'
          : startMutation.isPending
            ? 'starting'
            : assignMutation.isPending
              ? 'assign_submitting'
              : assignedPlan !== null && !choosing
                ? 'confirming'
                : 'assigning';

  const failedRequest = loadFailed
    ? 'load'
    : startMutation.isError
      ? 'start'
      : assignMutation.isError
        ? 'assign'
        : undefined;
  const error = loadFailed
    ? (detailQuery.error ?? plansQuery.error)
    : startMutation.isError
      ? startMutation.error
      : assignMutation.error;

  return {
    step,
    detail,
    plans,
    selectedPlanId,
    select: (planId) => {
      setSelected(planId);
      resetAssign();
    },
    assignPlan,
    chooseAnother: () => {
      setChoosing(true);
      resetStart();
    },
    assignedPlan,
    start,
    failure: failedRequest ? toFailure(error) : undefined,
    failedRequest,
    retryLoad: () => {
      void detailQuery.refetch();
      void plansQuery.refetch();
    },
    accessRefused: loadFailed ? accessRefusal(detailQuery.error ?? plansQuery.error) : undefined,
    result: startMutation.data,
    reset,
  };
}
