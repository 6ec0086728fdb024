// `createPlankitClient`: one method per endpoint, each answer checked by its schema and mapped to
// rules types (Dates, Money).
import type { Plan } from '@plankit/rules';
import {
  changePlanContextFromDto,
  changePlanRequestToDto,
  changePlanResultFromDto,
  planChangePreviewFromDto,
} from '../contract/map-change-plan';
import { planFromDto } from '../contract/map-core';
import {
  creditBalanceFromDto,
  creditPoolFromDto,
  invoicePageFromDto,
  invoiceViewFromDto,
  payInvoiceResultFromDto,
} from '../contract/map-invoices';
import { clockFromDto, devUserFromDto, meFromDto } from '../contract/map-me';
import { checkoutFromDto, eligibleUserPageFromDto, phoneNumberViewFromDto } from '../contract/map-numbers';
import {
  startSubscriptionResultFromDto,
  subAccountDetailFromDto,
  subAccountPageFromDto,
} from '../contract/map-sub-accounts';
import { failedDeliveryFromDto, notificationFromDto } from '../contract/notifications';
import { createCall } from './transport';
import type { PlankitClient, PlankitClientOptions } from './types';

/** A client for a backend that implements the Plankit contract. */
export function createPlankitClient(options: PlankitClientOptions): PlankitClient {
  const call = createCall(options);
  const id = (value: string) => ({ id: value });
  return {
    getMe: async (o) => meFromDto(await call('getMe', { signal: o?.signal })),
    listMyNotifications: async (locale, o) =>
      (await call('listMyNotifications', { query: { locale }, signal: o?.signal })).map(notificationFromDto),
    listFailedDeliveries: async (o) =>
      (await call('listFailedDeliveries', { signal: o?.signal })).map(failedDeliveryFromDto),
    listPlans: async (o): Promise<Plan[]> => (await call('listPlans', { signal: o?.signal })).map(planFromDto),
    listSubAccounts: async (params = {}, o) =>
      subAccountPageFromDto(
        await call('listSubAccounts', {
          query: {
            q: params.q === undefined || params.q === '' ? undefined : params.q,
            planId: params.planId,
            status: params.status,
            cursor: params.cursor ?? undefined,
            limit: params.limit === undefined ? undefined : String(params.limit),
          },
          signal: o?.signal,
        }),
      ),
    getSubAccount: async (subAccountId, o) =>
      subAccountDetailFromDto(await call('getSubAccount', { params: id(subAccountId), signal: o?.signal })),
    getChangePlanContext: async (subAccountId, o) =>
      changePlanContextFromDto(await call('getChangePlanContext', { params: id(subAccountId), signal: o?.signal })),
    previewPlanChange: async (subAccountId, request, o) =>
      planChangePreviewFromDto(
        await call('previewPlanChange', { params: id(subAccountId), body: request, signal: o?.signal }),
      ),
    changePlan: async (subAccountId, input, o) =>
      changePlanResultFromDto(
        await call('changePlan', {
          params: id(subAccountId),
          body: changePlanRequestToDto(input),
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    cancelScheduledChange: async (subAccountId, o) =>
      subAccountDetailFromDto(
        await call('cancelScheduledChange', {
          params: id(subAccountId),
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    assignPlan: async (subAccountId, request, o) =>
      subAccountDetailFromDto(
        await call('assignPlan', {
          params: id(subAccountId),
          body: request,
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    startSubscription: async (subAccountId, o) =>
      startSubscriptionResultFromDto(
        await call('startSubscription', {
          params: id(subAccountId),
          body: {},
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    listInvoices: async (subAccountId, params = {}, o) =>
      invoicePageFromDto(
        await call('listInvoices', {
          params: id(subAccountId),
          query: {
            cursor: params.cursor ?? undefined,
            limit: params.limit === undefined ? undefined : String(params.limit),
          },
          signal: o?.signal,
        }),
      ),
    getInvoice: async (invoiceId, o) =>
      invoiceViewFromDto(await call('getInvoice', { params: id(invoiceId), signal: o?.signal })),
    payInvoice: async (invoiceId, o) =>
      payInvoiceResultFromDto(
        await call('payInvoice', {
          params: id(invoiceId),
          body: {},
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    markInvoicePaid: async (invoiceId, reference, o) =>
      invoiceViewFromDto(
        await call('markInvoicePaid', {
          params: id(invoiceId),
          body: { reference },
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    voidInvoice: async (invoiceId, o) =>
      invoiceViewFromDto(
        await call('voidInvoice', {
          params: id(invoiceId),
          body: {},
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    getSubAccountCredit: async (subAccountId, o) =>
      creditBalanceFromDto(await call('getSubAccountCredit', { params: id(subAccountId), signal: o?.signal })),
    getAgencyCredit: async (o) => creditPoolFromDto(await call('getAgencyCredit', { signal: o?.signal })),
    listNumbers: async (o) => (await call('listNumbers', { signal: o?.signal })).map(phoneNumberViewFromDto),
    buyNumber: async (request, o) =>
      phoneNumberViewFromDto(
        await call('buyNumber', { body: request, idempotencyKey: o?.idempotencyKey, signal: o?.signal }),
      ),
    listEligibleUsers: async (numberId, params = {}, o) =>
      eligibleUserPageFromDto(
        await call('listEligibleUsers', {
          params: id(numberId),
          query: {
            q: params.q === undefined || params.q === '' ? undefined : params.q,
            cursor: params.cursor ?? undefined,
            limit: params.limit === undefined ? undefined : String(params.limit),
          },
          signal: o?.signal,
        }),
      ),
    assignNumber: async (numberId, request, o) =>
      phoneNumberViewFromDto(
        await call('assignNumber', {
          params: id(numberId),
          body: request,
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    unassignNumber: async (numberId, o) =>
      phoneNumberViewFromDto(
        await call('unassignNumber', {
          params: id(numberId),
          body: {},
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    releaseNumber: async (numberId, o) =>
      phoneNumberViewFromDto(
        await call('releaseNumber', {
          params: id(numberId),
          body: {},
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    startCheckout: async (numberId, request, o) =>
      checkoutFromDto(
        await call('startCheckout', {
          params: id(numberId),
          body: request,
          idempotencyKey: o?.idempotencyKey,
          signal: o?.signal,
        }),
      ),
    getCheckout: async (checkoutId, o) =>
      checkoutFromDto(await call('getCheckout', { params: id(checkoutId), signal: o?.signal })),
    listSubAccountNumbers: async (subAccountId, o) =>
      (await call('listSubAccountNumbers', { params: id(subAccountId), signal: o?.signal })).map(
        phoneNumberViewFromDto,
      ),
    listDevUsers: async (o) => (await call('listDevUsers', { signal: o?.signal })).map(devUserFromDto),
    getClock: async (o) => clockFromDto(await call('getClock', { signal: o?.signal })),
    advanceClock: async (advanceSeconds, o) =>
      clockFromDto(await call('advanceClock', { body: { advanceSeconds }, signal: o?.signal })),
  };
}
