import type { PhoneNumberView } from '@plankit/sdk';
import { useCallback } from 'react';
import { useReleaseNumberMutation, useUnassignNumberMutation } from './data';
import { type Failure, toFailure } from './failure';

export type NumberActionStep = 'confirming' | 'submitting' | 'success' | 'error';

export interface NumberActionOptions {
  number: PhoneNumberView;
  /** Called with the number after the server made the change. */
  onSuccess?: ((number: PhoneNumberView) => void) | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

export interface NumberActionState {
  step: NumberActionStep;
  /** Whether this action applies to the number in its current state. */
  available: boolean;
  confirm(): void;
  failure: Failure | undefined;
  result: PhoneNumberView | undefined;
  reset(): void;
}

function useAction(
  mutation: ReturnType<typeof useUnassignNumberMutation>,
  available: boolean,
  { number, onSuccess, onError }: NumberActionOptions,
): NumberActionState {
  const { mutateAsync, reset } = mutation;
  const confirm = useCallback(() => {
    if (!available || mutation.isPending) return;
    // Settled through the promise, not mutate's per-call callbacks: React Query skips those once the
    // component has unmounted (a host's list row that the refreshed data removed).
    mutateAsync({ numberId: number.id }).then(
      (view) => onSuccess?.(view),
      (error: unknown) => onError?.(error),
    );
  }, [available, mutation.isPending, mutateAsync, onSuccess, onError, number.id]);
  return {
    step: mutation.isSuccess
      ? 'success'
      : mutation.isPending
        ? 'submitting'
        : mutation.isError
          ? 'error'
          : 'confirming',
    available,
    confirm,
    failure: mutation.isError ? toFailure(mutation.error) : undefined,
    result: mutation.data,
    reset,
  };
}

/** The agency takes an assigned number back now (any assigned state); what used it stops working. */
export function useUnassignNumberState(options: NumberActionOptions): NumberActionState {
  return useAction(useUnassignNumberMutation(), options.number.state !== 'unassigned', options);
}

/** The sub-account gives an active number back at period end, without refund. */
export function useReleaseNumberState(options: NumberActionOptions): NumberActionState {
  return useAction(useReleaseNumberMutation(), options.number.state === 'active', options);
}
