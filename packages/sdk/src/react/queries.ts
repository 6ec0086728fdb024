// Query option factories: `useQuery(changePlanContextOptions(client, id))`, or prefetch them.
// `retry: false` because the client already retries what is safe to retry; React Query's own
// retries would multiply them and would retry refusals.
import { type ChangeTiming, defaultPolicy } from '@plankit/rules';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { EligibleUsersParams, InvoicesParams, PlankitClient, SubAccountsParams } from '../client/types';
import type { NotificationLocale } from '../contract';
import { plankitKeys } from './keys';

export function meOptions(client: PlankitClient) {
  return queryOptions({ queryKey: plankitKeys.me(), queryFn: ({ signal }) => client.getMe({ signal }), retry: false });
}

export function plansOptions(client: PlankitClient) {
  return queryOptions({
    queryKey: plankitKeys.plans(),
    queryFn: ({ signal }) => client.listPlans({ signal }),
    retry: false,
  });
}

/** One page of Manage Users; without params, the first page of every sub-account. */
export function subAccountsOptions(client: PlankitClient, params: SubAccountsParams = {}) {
  const search = {
    q: params.q ?? '',
    planId: params.planId ?? null,
    status: params.status ?? null,
    cursor: params.cursor ?? null,
    limit: params.limit ?? null,
  };
  return queryOptions({
    queryKey: plankitKeys.subAccountPage(search),
    queryFn: ({ signal }) => client.listSubAccounts(params, { signal }),
    // Typing a search or turning a page keeps the last page on screen until the new one arrives.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function subAccountOptions(client: PlankitClient, subAccountId: string) {
  return queryOptions({
    queryKey: plankitKeys.subAccountDetail(subAccountId),
    queryFn: ({ signal }) => client.getSubAccount(subAccountId, { signal }),
    retry: false,
  });
}

export function changePlanContextOptions(client: PlankitClient, subAccountId: string) {
  return queryOptions({
    queryKey: plankitKeys.changePlanContext(subAccountId),
    queryFn: ({ signal }) => client.getChangePlanContext(subAccountId, { signal }),
    retry: false,
  });
}

/** The rules' default quote TTL, used when the caller does not pass the policy's. */
export const DEFAULT_QUOTE_TTL_SECONDS = defaultPolicy.quoteTtlSeconds;

export interface PreviewParams {
  readonly subAccountId: string;
  readonly targetPlanId: string;
  /** Default the policy's timing (null in the key). */
  readonly timing?: ChangeTiming | null | undefined;
  /** The policy's quote TTL; a preview is refetched after half of it. Default 600. */
  readonly quoteTtlSeconds?: number | undefined;
}

/** A quote: fresh for half its TTL, so Confirm never sends a quote about to expire. */
export function previewPlanChangeOptions(client: PlankitClient, params: PreviewParams) {
  const { subAccountId, targetPlanId } = params;
  const timing = params.timing ?? null;
  const staleTime = ((params.quoteTtlSeconds ?? DEFAULT_QUOTE_TTL_SECONDS) * 1000) / 2;
  return queryOptions({
    queryKey: plankitKeys.preview(subAccountId, targetPlanId, timing),
    queryFn: ({ signal }) =>
      client.previewPlanChange(subAccountId, timing === null ? { targetPlanId } : { targetPlanId, timing }, { signal }),
    staleTime,
    // A quote older than its TTL is useless; do not keep it around.
    gcTime: staleTime,
    retry: false,
  });
}

export function subscriptionItemsOptions(client: PlankitClient, subAccountId: string) {
  return queryOptions({
    queryKey: plankitKeys.subscriptionItems(subAccountId),
    queryFn: ({ signal }) => client.getSubscriptionItems(subAccountId, { signal }),
    retry: false,
  });
}

/** An item quote: fresh for half its TTL, like a plan change's, and not kept past it. */
function quoteTiming(quoteTtlSeconds: number | undefined) {
  const staleTime = ((quoteTtlSeconds ?? DEFAULT_QUOTE_TTL_SECONDS) * 1000) / 2;
  return { staleTime, gcTime: staleTime };
}

export interface SeatPreviewParams {
  readonly subAccountId: string;
  /** Seats after the change, included ones counted. */
  readonly quantity: number;
  readonly quoteTtlSeconds?: number | undefined;
}

export function previewSeatChangeOptions(client: PlankitClient, params: SeatPreviewParams) {
  const { subAccountId, quantity } = params;
  return queryOptions({
    queryKey: plankitKeys.seatPreview(subAccountId, quantity),
    queryFn: ({ signal }) => client.previewSeatChange(subAccountId, { quantity }, { signal }),
    ...quoteTiming(params.quoteTtlSeconds),
    retry: false,
  });
}

export interface AddOnPreviewParams {
  readonly subAccountId: string;
  readonly group: string;
  /** null removes the group's add-on. */
  readonly addOnId: string | null;
  readonly quoteTtlSeconds?: number | undefined;
}

export function previewAddOnChangeOptions(client: PlankitClient, params: AddOnPreviewParams) {
  const { subAccountId, group, addOnId } = params;
  return queryOptions({
    queryKey: plankitKeys.addOnPreview(subAccountId, group, addOnId),
    queryFn: ({ signal }) => client.previewAddOnChange(subAccountId, { group, addOnId }, { signal }),
    ...quoteTiming(params.quoteTtlSeconds),
    retry: false,
  });
}

export interface PackPreviewParams {
  readonly subAccountId: string;
  readonly packId: string;
  readonly quoteTtlSeconds?: number | undefined;
}

export function previewPackPurchaseOptions(client: PlankitClient, params: PackPreviewParams) {
  const { subAccountId, packId } = params;
  return queryOptions({
    queryKey: plankitKeys.packPreview(subAccountId, packId),
    queryFn: ({ signal }) => client.previewPackPurchase(subAccountId, { packId }, { signal }),
    ...quoteTiming(params.quoteTtlSeconds),
    retry: false,
  });
}

/** One page of a sub-account's invoices and payment requests, newest first. */
export function invoicesOptions(client: PlankitClient, subAccountId: string, params: InvoicesParams = {}) {
  const page = { cursor: params.cursor ?? null, limit: params.limit ?? null };
  return queryOptions({
    queryKey: plankitKeys.invoices(subAccountId, page),
    queryFn: ({ signal }) => client.listInvoices(subAccountId, params, { signal }),
    retry: false,
  });
}

export function invoiceOptions(client: PlankitClient, invoiceId: string) {
  return queryOptions({
    queryKey: plankitKeys.invoice(invoiceId),
    queryFn: ({ signal }) => client.getInvoice(invoiceId, { signal }),
    retry: false,
  });
}

export function subAccountCreditOptions(client: PlankitClient, subAccountId: string) {
  return queryOptions({
    queryKey: plankitKeys.subAccountCredit(subAccountId),
    queryFn: ({ signal }) => client.getSubAccountCredit(subAccountId, { signal }),
    retry: false,
  });
}

export function agencyCreditOptions(client: PlankitClient) {
  return queryOptions({
    queryKey: plankitKeys.agencyCredit(),
    queryFn: ({ signal }) => client.getAgencyCredit({ signal }),
    retry: false,
  });
}

export function numberPoolOptions(client: PlankitClient) {
  return queryOptions({
    queryKey: plankitKeys.numberPool(),
    queryFn: ({ signal }) => client.listNumbers({ signal }),
    retry: false,
  });
}

export function myNotificationsOptions(client: PlankitClient, locale: NotificationLocale = 'en') {
  return queryOptions({
    queryKey: plankitKeys.myNotifications(locale),
    queryFn: ({ signal }) => client.listMyNotifications(locale, { signal }),
    retry: false,
  });
}

export function failedDeliveriesOptions(client: PlankitClient) {
  return queryOptions({
    queryKey: plankitKeys.failedDeliveries(),
    queryFn: ({ signal }) => client.listFailedDeliveries({ signal }),
    retry: false,
  });
}

export function eligibleUsersOptions(client: PlankitClient, numberId: string, params: EligibleUsersParams = {}) {
  const search = { q: params.q ?? '', cursor: params.cursor ?? null, limit: params.limit ?? null };
  return queryOptions({
    queryKey: plankitKeys.eligibleUsers(numberId, search),
    queryFn: ({ signal }) => client.listEligibleUsers(numberId, params, { signal }),
    // Typing a search keeps the last page on screen until the new one arrives.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function subAccountNumbersOptions(client: PlankitClient, subAccountId: string) {
  return queryOptions({
    queryKey: plankitKeys.subAccountNumbers(subAccountId),
    queryFn: ({ signal }) => client.listSubAccountNumbers(subAccountId, { signal }),
    retry: false,
  });
}

export interface CheckoutPolling {
  /** First poll delay while the checkout is open, in ms. Default 1000. */
  readonly initialMs?: number | undefined;
  /** Longest delay between polls, in ms. Default 10000. */
  readonly maxMs?: number | undefined;
  /** Growth per poll. Default 1.5. */
  readonly factor?: number | undefined;
}

/** A checkout, polled with backoff while it is open; polling stops once it completes or fails. */
export function checkoutOptions(client: PlankitClient, checkoutId: string, polling: CheckoutPolling = {}) {
  const initialMs = polling.initialMs ?? 1000;
  const maxMs = polling.maxMs ?? 10_000;
  const factor = polling.factor ?? 1.5;
  return queryOptions({
    queryKey: plankitKeys.checkout(checkoutId),
    queryFn: ({ signal }) => client.getCheckout(checkoutId, { signal }),
    refetchInterval: (query) => {
      if (query.state.data !== undefined && query.state.data.status !== 'open') return false;
      const polls = query.state.dataUpdateCount + query.state.errorUpdateCount;
      return Math.min(maxMs, Math.round(initialMs * factor ** Math.max(0, polls - 1)));
    },
    refetchIntervalInBackground: false,
    retry: false,
  });
}

export function devUsersOptions(client: PlankitClient) {
  return queryOptions({
    queryKey: plankitKeys.devUsers(),
    queryFn: ({ signal }) => client.listDevUsers({ signal }),
    retry: false,
  });
}

export function clockOptions(client: PlankitClient) {
  return queryOptions({
    queryKey: plankitKeys.clock(),
    queryFn: ({ signal }) => client.getClock({ signal }),
    retry: false,
  });
}
