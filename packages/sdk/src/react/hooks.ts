// One-line hooks over the option factories. Queries refetch on window focus (React Query's default).
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { EligibleUsersParams, InvoicesParams, SubAccountsParams } from '../client/types';
import type { NotificationLocale } from '../contract';
import { usePlankitClient } from './context';
import { createIntentKeys } from './intent-keys';
import { plankitKeys } from './keys';
import {
  advanceClockMutationOptions,
  assignNumberMutationOptions,
  assignPlanMutationOptions,
  buyNumberMutationOptions,
  buyPackMutationOptions,
  cancelScheduledChangeMutationOptions,
  changeAddOnMutationOptions,
  changePlanMutationOptions,
  changeSeatsMutationOptions,
  invalidate,
  markInvoicePaidMutationOptions,
  payInvoiceMutationOptions,
  releaseNumberMutationOptions,
  startCheckoutMutationOptions,
  startSubscriptionMutationOptions,
  unassignNumberMutationOptions,
  voidInvoiceMutationOptions,
} from './mutations';
import {
  agencyCreditOptions,
  type CheckoutPolling,
  changePlanContextOptions,
  checkoutOptions,
  clockOptions,
  devUsersOptions,
  eligibleUsersOptions,
  failedDeliveriesOptions,
  invoiceOptions,
  invoicesOptions,
  meOptions,
  myNotificationsOptions,
  numberPoolOptions,
  plansOptions,
  previewAddOnChangeOptions,
  previewPackPurchaseOptions,
  previewPlanChangeOptions,
  previewSeatChangeOptions,
  subAccountCreditOptions,
  subAccountNumbersOptions,
  subAccountOptions,
  subAccountsOptions,
  subscriptionItemsOptions,
} from './queries';

/** Idempotency keys that live as long as the hook's component. */
function useIntentKeys() {
  return useState(createIntentKeys)[0];
}

export const useMe = () => useQuery(meOptions(usePlankitClient()));
export const useMyNotifications = (locale: NotificationLocale = 'en') =>
  useQuery(myNotificationsOptions(usePlankitClient(), locale));
export const useFailedDeliveries = () => useQuery(failedDeliveriesOptions(usePlankitClient()));
export const usePlans = () => useQuery(plansOptions(usePlankitClient()));
/** Manage Users: one page, searched on the server, the last page kept while the next loads. */
export const useSubAccounts = (params: SubAccountsParams = {}) =>
  useQuery(subAccountsOptions(usePlankitClient(), params));
export const useSubAccount = (subAccountId: string) => useQuery(subAccountOptions(usePlankitClient(), subAccountId));
export const useChangePlanContext = (subAccountId: string) =>
  useQuery(changePlanContextOptions(usePlankitClient(), subAccountId));
export const useNumberPool = () => useQuery(numberPoolOptions(usePlankitClient()));
export const useSubAccountNumbers = (subAccountId: string) =>
  useQuery(subAccountNumbersOptions(usePlankitClient(), subAccountId));
export const useInvoices = (subAccountId: string, params: InvoicesParams = {}) =>
  useQuery(invoicesOptions(usePlankitClient(), subAccountId, params));
export const useInvoice = (invoiceId: string) => useQuery(invoiceOptions(usePlankitClient(), invoiceId));
export const useSubAccountCredit = (subAccountId: string) =>
  useQuery(subAccountCreditOptions(usePlankitClient(), subAccountId));
export const useAgencyCredit = () => useQuery(agencyCreditOptions(usePlankitClient()));
export const useDevUsers = () => useQuery(devUsersOptions(usePlankitClient()));
export const useClock = () => useQuery(clockOptions(usePlankitClient()));

export interface UsePreviewPlanChangeParams {
  readonly subAccountId: string;
  /** No preview while null (nothing selected). */
  readonly targetPlanId: string | null;
  readonly timing?: 'now' | 'period_end' | null | undefined;
  /** From the change-plan context's policy. Default 600. */
  readonly quoteTtlSeconds?: number | undefined;
}

/** The quote for the selected plan; idle while none is selected. */
export function usePreviewPlanChange({
  subAccountId,
  targetPlanId,
  timing,
  quoteTtlSeconds,
}: UsePreviewPlanChangeParams) {
  const client = usePlankitClient();
  const options = previewPlanChangeOptions(client, {
    subAccountId,
    targetPlanId: targetPlanId ?? '',
    timing,
    quoteTtlSeconds,
  });
  return useQuery(targetPlanId === null ? { ...options, queryFn: skipToken } : options);
}

export const useSubscriptionItems = (subAccountId: string) =>
  useQuery(subscriptionItemsOptions(usePlankitClient(), subAccountId));

/** The quote for a seat quantity; idle while `quantity` is null (nothing settled yet). */
export function usePreviewSeatChange(params: {
  readonly subAccountId: string;
  readonly quantity: number | null;
  readonly quoteTtlSeconds?: number | undefined;
}) {
  const options = previewSeatChangeOptions(usePlankitClient(), { ...params, quantity: params.quantity ?? 0 });
  return useQuery(params.quantity === null ? { ...options, queryFn: skipToken } : options);
}

/** The quote for a group's add-on; idle while `group` is null. `addOnId: null` removes it. */
export function usePreviewAddOnChange(params: {
  readonly subAccountId: string;
  readonly group: string | null;
  readonly addOnId: string | null;
  readonly quoteTtlSeconds?: number | undefined;
}) {
  const options = previewAddOnChangeOptions(usePlankitClient(), { ...params, group: params.group ?? '' });
  return useQuery(params.group === null ? { ...options, queryFn: skipToken } : options);
}

/** The quote for a pack; idle while none is selected. */
export function usePreviewPackPurchase(params: {
  readonly subAccountId: string;
  readonly packId: string | null;
  readonly quoteTtlSeconds?: number | undefined;
}) {
  const options = previewPackPurchaseOptions(usePlankitClient(), { ...params, packId: params.packId ?? '' });
  return useQuery(params.packId === null ? { ...options, queryFn: skipToken } : options);
}

/** Eligible users of a number: search on the server, one page at a time, the last page kept while typing. */
export const useEligibleUsers = (numberId: string, params: EligibleUsersParams = {}) =>
  useQuery(eligibleUsersOptions(usePlankitClient(), numberId, params));

/**
 * A checkout, polled with backoff while open. When it completes, the number lists are refreshed.
 * Pass null before a checkout exists.
 */
export function useCheckout(checkoutId: string | null, polling?: CheckoutPolling) {
  const client = usePlankitClient();
  const queryClient = useQueryClient();
  const options = checkoutOptions(client, checkoutId ?? '', polling);
  const query = useQuery(checkoutId === null ? { ...options, queryFn: skipToken } : options);
  const status = query.data?.status;
  const previous = useRef(status);
  useEffect(() => {
    if (status === 'complete' && previous.current !== 'complete') {
      void invalidate(queryClient, [plankitKeys.numberPool(), plankitKeys.allSubAccountNumbers()]);
    }
    previous.current = status;
  }, [status, queryClient]);
  return query;
}

export function useChangePlan() {
  return useMutation(changePlanMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useChangeSeats() {
  return useMutation(changeSeatsMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useChangeAddOn() {
  return useMutation(changeAddOnMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useBuyPack() {
  return useMutation(buyPackMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useCancelScheduledChange() {
  return useMutation(cancelScheduledChangeMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useAssignPlan() {
  return useMutation(assignPlanMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useStartSubscription() {
  return useMutation(startSubscriptionMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function usePayInvoice() {
  return useMutation(payInvoiceMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useMarkInvoicePaid() {
  return useMutation(markInvoicePaidMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useVoidInvoice() {
  return useMutation(voidInvoiceMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useBuyNumber() {
  return useMutation(buyNumberMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useAssignNumber() {
  return useMutation(assignNumberMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useUnassignNumber() {
  return useMutation(unassignNumberMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useReleaseNumber() {
  return useMutation(releaseNumberMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
export function useStartCheckout() {
  return useMutation(startCheckoutMutationOptions(usePlankitClient(), useQueryClient(), useIntentKeys()));
}
/** Development servers only. */
export function useAdvanceClock() {
  return useMutation(advanceClockMutationOptions(usePlankitClient(), useQueryClient()));
}
