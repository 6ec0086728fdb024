// `createPlankitClient`: one method per endpoint, each answer decoded by its schema into the model
// (Dates, the rules' values).
import { createCall } from './transport';
import type { PlankitClient, PlankitClientOptions } from './types';

/** A client for a backend that implements the Plankit contract. */
export function createPlankitClient(options: PlankitClientOptions): PlankitClient {
  const call = createCall(options);
  const id = (value: string) => ({ id: value });
  return {
    getMe: (o) => call('getMe', { signal: o?.signal }),
    listMyNotifications: (locale, o) => call('listMyNotifications', { query: { locale }, signal: o?.signal }),
    listFailedDeliveries: (o) => call('listFailedDeliveries', { signal: o?.signal }),
    listPlans: (o) => call('listPlans', { signal: o?.signal }),
    listSubAccounts: (params = {}, o) =>
      call('listSubAccounts', {
        query: {
          q: params.q === undefined || params.q === '' ? undefined : params.q,
          planId: params.planId,
          status: params.status,
          cursor: params.cursor ?? undefined,
          limit: params.limit === undefined ? undefined : String(params.limit),
        },
        signal: o?.signal,
      }),
    getSubAccount: (subAccountId, o) => call('getSubAccount', { params: id(subAccountId), signal: o?.signal }),
    getChangePlanContext: (subAccountId, o) =>
      call('getChangePlanContext', { params: id(subAccountId), signal: o?.signal }),
    previewPlanChange: (subAccountId, request, o) =>
      call('previewPlanChange', { params: id(subAccountId), body: request, signal: o?.signal }),
    changePlan: (subAccountId, input, o) =>
      call('changePlan', {
        params: id(subAccountId),
        body: input,
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    getSubscriptionItems: (subAccountId, o) =>
      call('getSubscriptionItems', { params: id(subAccountId), signal: o?.signal }),
    previewSeatChange: (subAccountId, request, o) =>
      call('previewSeatChange', { params: id(subAccountId), body: request, signal: o?.signal }),
    changeSeats: (subAccountId, request, o) =>
      call('changeSeats', {
        params: id(subAccountId),
        body: request,
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    previewAddOnChange: (subAccountId, request, o) =>
      call('previewAddOnChange', { params: id(subAccountId), body: request, signal: o?.signal }),
    changeAddOn: (subAccountId, request, o) =>
      call('changeAddOn', {
        params: id(subAccountId),
        body: request,
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    previewPackPurchase: (subAccountId, request, o) =>
      call('previewPackPurchase', { params: id(subAccountId), body: request, signal: o?.signal }),
    buyPack: (subAccountId, request, o) =>
      call('buyPack', {
        params: id(subAccountId),
        body: request,
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    cancelScheduledChange: (subAccountId, o) =>
      call('cancelScheduledChange', {
        params: id(subAccountId),
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    assignPlan: (subAccountId, request, o) =>
      call('assignPlan', {
        params: id(subAccountId),
        body: request,
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    startSubscription: (subAccountId, o) =>
      call('startSubscription', {
        params: id(subAccountId),
        body: {},
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    listInvoices: (subAccountId, params = {}, o) =>
      call('listInvoices', {
        params: id(subAccountId),
        query: {
          cursor: params.cursor ?? undefined,
          limit: params.limit === undefined ? undefined : String(params.limit),
        },
        signal: o?.signal,
      }),
    getInvoice: (invoiceId, o) => call('getInvoice', { params: id(invoiceId), signal: o?.signal }),
    payInvoice: (invoiceId, o) =>
      call('payInvoice', {
        params: id(invoiceId),
        body: {},
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    markInvoicePaid: (invoiceId, reference, o) =>
      call('markInvoicePaid', {
        params: id(invoiceId),
        body: { reference },
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    voidInvoice: (invoiceId, o) =>
      call('voidInvoice', {
        params: id(invoiceId),
        body: {},
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    getSubAccountCredit: (subAccountId, o) =>
      call('getSubAccountCredit', { params: id(subAccountId), signal: o?.signal }),
    getAgencyCredit: (o) => call('getAgencyCredit', { signal: o?.signal }),
    listNumbers: (o) => call('listNumbers', { signal: o?.signal }),
    buyNumber: (request, o) =>
      call('buyNumber', { body: request, idempotencyKey: o?.idempotencyKey, signal: o?.signal }),
    listEligibleUsers: (numberId, params = {}, o) =>
      call('listEligibleUsers', {
        params: id(numberId),
        query: {
          q: params.q === undefined || params.q === '' ? undefined : params.q,
          cursor: params.cursor ?? undefined,
          limit: params.limit === undefined ? undefined : String(params.limit),
        },
        signal: o?.signal,
      }),
    assignNumber: (numberId, request, o) =>
      call('assignNumber', {
        params: id(numberId),
        body: request,
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    unassignNumber: (numberId, o) =>
      call('unassignNumber', {
        params: id(numberId),
        body: {},
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    releaseNumber: (numberId, o) =>
      call('releaseNumber', {
        params: id(numberId),
        body: {},
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    startCheckout: (numberId, request, o) =>
      call('startCheckout', {
        params: id(numberId),
        body: request,
        idempotencyKey: o?.idempotencyKey,
        signal: o?.signal,
      }),
    getCheckout: (checkoutId, o) => call('getCheckout', { params: id(checkoutId), signal: o?.signal }),
    listSubAccountNumbers: (subAccountId, o) =>
      call('listSubAccountNumbers', { params: id(subAccountId), signal: o?.signal }),
    listDevUsers: (o) => call('listDevUsers', { signal: o?.signal }),
    getClock: (o) => call('getClock', { signal: o?.signal }),
    advanceClock: (advanceSeconds, o) => call('advanceClock', { body: { advanceSeconds }, signal: o?.signal }),
  };
}
