import type { ChangeTiming, Plan, PlanChangePreview, PlanOption, Refusal } from '@plankit/rules';
import type { ChangePlanContext, ChangePlanResult } from '@plankit/sdk/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  useCancelScheduledChangeMutation,
  useChangePlanContextQuery,
  useChangePlanMutation,
  usePreviewQuery,
} from './data';
import { accessRefusal, describeFailure, type FailureView, isReason } from './errors';

/** Where the change-plan flow is. One value, never a set of booleans. */
export type ChangePlanStep =
  | 'loading'
  | 'choosing'
  | 'previewing'
  | 'ready'
  | 'blocked'
  | 'submitting'
  | 'success'
  | 'error';

/** Which request an `error` step is about; `retry()` repeats it. */
export type ChangePlanFailedRequest = 'context' | 'preview' | 'change';

export interface UseChangePlanStateOptions {
  subAccountId: string;
  /** Called once the server confirms the change. */
  onSuccess?: ((result: ChangePlanResult) => void) | undefined;
  /** Called when a confirm fails for any reason other than an expired quote (which re-quotes instead). */
  onError?: ((error: unknown) => void) | undefined;
  /** Initial "now" or "next cycle" when the host's policy lets the user pick. Default: the policy's timing. */
  timing?: ChangeTiming | undefined;
}

export interface ChangePlanState {
  step: ChangePlanStep;
  /** The server's context; undefined while loading or when it failed. */
  context: ChangePlanContext | undefined;
  /**
   * Whether the caller may change the plan at all, and why not: from the context, or from the
   * server refusing the context itself (403, 404), e.g. another agency's sub-account.
   */
  permission: ChangePlanContext['permission'] | undefined;
  options: readonly PlanOption[];
  selectedPlanId: string | null;
  selectedOption: PlanOption | undefined;
  select(planId: string): void;
  /** The host's policy lets the user pick "now" or "at the next renewal" (paid sub-accounts only). */
  canPickTiming: boolean;
  /** The timing asked for; undefined = the policy's default for the change. */
  timing: ChangeTiming | undefined;
  setTiming(timing: ChangeTiming): void;
  /** The quote for the selected plan; kept while a new quote loads after `quote_expired`. */
  preview: PlanChangePreview | undefined;
  /** What keeps Confirm disabled: the preview's blockers, or the server's refusal to quote. */
  blockers: readonly Pick<Refusal, 'reason' | 'params'>[];
  /** The selected plan goes through sales: show Contact sales instead of Confirm. */
  contactSales: boolean;
  /** True when Confirm may be pressed. */
  canConfirm: boolean;
  confirm(): void;
  /** The last quote expired and a new one was fetched: the user must look again before confirming. */
  requoted: boolean;
  failure: FailureView | undefined;
  failedRequest: ChangePlanFailedRequest | undefined;
  /** Repeats the request that failed. */
  retry(): void;
  result: ChangePlanResult | undefined;
  cancelScheduled(): void;
  cancelScheduledPending: boolean;
  cancelScheduledFailure: FailureView | undefined;
  /** The plan of a cancelled scheduled change, for the announcement. */
  cancelledScheduledPlan: Plan | undefined;
  /** Back to a fresh choice (e.g. when the dialog reopens). */
  reset(): void;
}

/**
 * The change-plan flow without any markup: context, selection, quote-locked preview, confirm with
 * re-quote on `quote_expired`, scheduled-change cancel. Build your own UI on it, or use the parts.
 */
export function useChangePlanState({
  subAccountId,
  onSuccess,
  onError,
  timing,
}: UseChangePlanStateOptions): ChangePlanState {
  const contextQuery = useChangePlanContextQuery(subAccountId);
  const [selectedPlanId, setSelectedPlanId] = useState<string | null>(null);
  const [pickedTiming, setPickedTiming] = useState<ChangeTiming | undefined>(timing);
  const [requoted, setRequoted] = useState(false);
  const canPickTiming = contextQuery.data?.policy.userPicksTiming === true && contextQuery.data.currentTerms !== null;
  const effectiveTiming = canPickTiming ? pickedTiming : timing;
  const change = useChangePlanMutation();
  const previewQuery = usePreviewQuery(
    subAccountId,
    selectedPlanId,
    effectiveTiming,
    contextQuery.data?.policy.quoteTtlSeconds,
    !change.isPending && !change.isSuccess,
  );
  const cancel = useCancelScheduledChangeMutation();
  const [cancelledScheduledPlan, setCancelledScheduledPlan] = useState<Plan | undefined>();
  const callbacks = useRef({ onSuccess, onError });
  callbacks.current = { onSuccess, onError };

  const context = contextQuery.data;
  const options = context?.options ?? [];
  const selectedOption = options.find((o) => o.plan.id === selectedPlanId);
  const preview = previewQuery.data;
  const previewRefusal = previewQuery.error === null ? undefined : describeFailure(previewQuery.error);
  const refusedQuote = previewRefusal?.kind === 'refusal' ? previewRefusal.refusal : undefined;
  const blockers = preview && !previewQuery.isFetching ? preview.blockers : refusedQuote ? [refusedQuote] : [];
  const contactSales = selectedOption?.action === 'contact_sales' || blockers.some((b) => b.reason === 'contact_sales');

  const changeFailure = change.error === null ? undefined : describeFailure(change.error);
  const quoteExpired = change.isError && isReason(change.error, 'quote_expired');

  let failure: FailureView | undefined;
  let failedRequest: ChangePlanFailedRequest | undefined;
  if (contextQuery.isError) {
    failure = describeFailure(contextQuery.error);
    failedRequest = 'context';
  } else if (previewRefusal && previewRefusal.kind !== 'refusal') {
    failure = previewRefusal;
    failedRequest = 'preview';
  } else if (changeFailure && !quoteExpired) {
    failure = changeFailure;
    failedRequest = 'change';
  }

  let step: ChangePlanStep;
  if (change.isSuccess) step = 'success';
  else if (change.isPending) step = 'submitting';
  else if (failure) step = 'error';
  else if (contextQuery.isPending) step = 'loading';
  else if (selectedPlanId === null) step = 'choosing';
  else if (previewQuery.isFetching || (!preview && !refusedQuote)) step = 'previewing';
  else if (blockers.length > 0 || !selectedOption || selectedOption.disabled) step = 'blocked';
  else step = 'ready';

  const canConfirm = step === 'ready' && !contactSales && preview !== undefined;

  const submit = useCallback(() => {
    if (!preview || selectedPlanId === null) return;
    setRequoted(false);
    // Settled through the promise, not mutate's per-call callbacks: React Query skips those once the
    // component has unmounted (a host's list row that the refreshed data removed).
    change
      .mutateAsync({
        subAccountId,
        targetPlanId: selectedPlanId,
        quotedAt: preview.quotedAt,
        quotedVersion: preview.quotedVersion,
        ...(effectiveTiming ? { timing: effectiveTiming } : {}),
      })
      .then(
        (result) => callbacks.current.onSuccess?.(result),
        (error: unknown) => {
          if (isReason(error, 'quote_expired')) {
            // Ask for a fresh quote and let the user look at it again; no second confirm happens by itself.
            setRequoted(true);
            void previewQuery.refetch();
            return;
          }
          callbacks.current.onError?.(error);
        },
      );
  }, [subAccountId, preview, selectedPlanId, effectiveTiming, change, previewQuery]);

  const confirm = useCallback(() => {
    if (canConfirm) submit();
  }, [canConfirm, submit]);

  // A new quote after quote_expired becomes the one Confirm sends; the old refusal is cleared.
  useEffect(() => {
    if (quoteExpired && previewQuery.isSuccess && !previewQuery.isFetching) change.reset();
  }, [quoteExpired, previewQuery.isSuccess, previewQuery.isFetching, change]);

  const select = useCallback(
    (planId: string) => {
      setSelectedPlanId(planId);
      setRequoted(false);
      if (change.isError) change.reset();
    },
    [change],
  );

  const retry = useCallback(() => {
    if (failedRequest === 'context') void contextQuery.refetch();
    else if (failedRequest === 'preview') void previewQuery.refetch();
    else if (failedRequest === 'change') {
      change.reset();
      submit();
    }
  }, [failedRequest, contextQuery, previewQuery, change, submit]);

  const cancelScheduled = useCallback(() => {
    const pending = context?.scheduledChange;
    cancel.mutate({ subAccountId }, { onSuccess: () => setCancelledScheduledPlan(pending?.targetTerms) });
  }, [cancel, context, subAccountId]);

  const setTiming = useCallback(
    (next: ChangeTiming) => {
      setPickedTiming(next);
      setRequoted(false);
      if (change.isError) change.reset();
    },
    [change],
  );

  const reset = useCallback(() => {
    setSelectedPlanId(null);
    setPickedTiming(timing);
    setRequoted(false);
    setCancelledScheduledPlan(undefined);
    change.reset();
    cancel.reset();
  }, [change, cancel, timing]);

  return {
    step,
    context,
    permission: context?.permission ?? deniedBy(contextQuery.error),
    options,
    selectedPlanId,
    selectedOption,
    select,
    canPickTiming,
    timing: effectiveTiming,
    setTiming,
    preview,
    blockers,
    contactSales,
    canConfirm,
    confirm,
    requoted,
    failure,
    failedRequest,
    retry,
    result: change.data,
    cancelScheduled,
    cancelScheduledPending: cancel.isPending,
    cancelScheduledFailure: cancel.error === null ? undefined : describeFailure(cancel.error),
    cancelledScheduledPlan,
    reset,
  };
}

function deniedBy(error: unknown): ChangePlanContext['permission'] | undefined {
  const refusal = accessRefusal(error);
  return refusal ? { allowed: false, ...refusal } : undefined;
}
