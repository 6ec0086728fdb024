// Mappers for instants, money, plans, subscriptions, messages and refusals (DTO ↔ rules types).

import type {
  MessageRef as MessageRefModel,
  MessageValue as MessageValueModel,
  Money as MoneyModel,
  Plan as PlanModel,
  Rate as RateModel,
  Refusal as RefusalModel,
  ScheduledChange as ScheduledChangeModel,
  Subscription as SubscriptionModel,
  Usage as UsageModel,
} from '@plankit/rules';
import type { MessageRefDto, MessageValueDto, RefusalDto } from './messages';
import type { PlanDto } from './plans';
import type { MoneyDto, RateDto } from './primitives';
import type {
  Invoice,
  InvoiceDto,
  OpenRequest,
  OpenRequestDto,
  ScheduledChangeDto,
  SubscriptionDto,
  UsageDto,
} from './subscriptions';

export const toDate = (iso: string): Date => new Date(iso);
export const toInstant = (date: Date): string => date.toISOString();
const toDateOrNull = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));
const toInstantOrNull = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export const moneyFromDto = (dto: MoneyDto): MoneyModel => ({ amount: dto.amount, currency: dto.currency });
export const moneyToDto = (money: MoneyModel): MoneyDto => ({ amount: money.amount, currency: money.currency });
export const rateFromDto = (dto: RateDto): RateModel => ({
  amount: dto.amount,
  currency: dto.currency,
  scale: dto.scale,
});
export const rateToDto = (rate: RateModel): RateDto => ({
  amount: rate.amount,
  currency: rate.currency,
  scale: rate.scale,
});
const moneyOrNull = (dto: MoneyDto | null): MoneyModel | null => (dto === null ? null : moneyFromDto(dto));
const moneyDtoOrNull = (money: MoneyModel | null): MoneyDto | null => (money === null ? null : moneyToDto(money));

export function planFromDto(dto: PlanDto): PlanModel {
  const { description, ...rest } = dto;
  const plan: PlanModel = {
    ...rest,
    interval: { ...dto.interval },
    price: moneyOrNull(dto.price),
    usageRate: dto.usageRate === null ? null : rateFromDto(dto.usageRate),
    phoneNumberPrice: moneyFromDto(dto.phoneNumberPrice),
    caps: { ...dto.caps },
  };
  return description === undefined ? plan : { ...plan, description };
}

export function planToDto(plan: PlanModel): PlanDto {
  const dto: PlanDto = {
    id: plan.id,
    agencyId: plan.agencyId,
    name: plan.name,
    currency: plan.currency,
    status: plan.status,
    paymentType: plan.paymentType,
    interval: { unit: plan.interval.unit, count: plan.interval.count },
    price: moneyDtoOrNull(plan.price),
    includedMinutes: plan.includedMinutes,
    usageRate: plan.usageRate === null ? null : rateToDto(plan.usageRate),
    addOnPacks: plan.addOnPacks,
    chatsPerMinute: plan.chatsPerMinute,
    paymentDueDays: plan.paymentDueDays,
    graceDays: plan.graceDays,
    phoneNumberPrice: moneyToDto(plan.phoneNumberPrice),
    caps: { ...plan.caps },
    contractOnly: plan.contractOnly,
  };
  return plan.description === undefined ? dto : { ...dto, description: plan.description };
}

export const scheduledChangeFromDto = (dto: ScheduledChangeDto): ScheduledChangeModel => ({
  targetPlanId: dto.targetPlanId,
  targetTerms: planFromDto(dto.targetTerms),
  kind: dto.kind,
  effectiveAt: toDate(dto.effectiveAt),
  createdAt: toDate(dto.createdAt),
});

export const scheduledChangeToDto = (change: ScheduledChangeModel): ScheduledChangeDto => ({
  targetPlanId: change.targetPlanId,
  targetTerms: planToDto(change.targetTerms),
  kind: change.kind,
  effectiveAt: toInstant(change.effectiveAt),
  createdAt: toInstant(change.createdAt),
});

export const scheduledChangeOrNullFromDto = (dto: ScheduledChangeDto | null) =>
  dto === null ? null : scheduledChangeFromDto(dto);
export const scheduledChangeOrNullToDto = (change: ScheduledChangeModel | null) =>
  change === null ? null : scheduledChangeToDto(change);

export const subscriptionFromDto = (dto: SubscriptionDto): SubscriptionModel => ({
  id: dto.id,
  version: dto.version,
  terms: planFromDto(dto.terms),
  termsSince: toDate(dto.termsSince),
  status: dto.status,
  anchor: toDate(dto.anchor),
  periodStart: toDate(dto.periodStart),
  periodEnd: toDate(dto.periodEnd),
  trialEnd: toDateOrNull(dto.trialEnd),
  periodPaid: dto.periodPaid,
  hasOpenInvoice: dto.hasOpenInvoice,
  scheduledChange: scheduledChangeOrNullFromDto(dto.scheduledChange),
  cancelAt: toDateOrNull(dto.cancelAt),
});

export const subscriptionToDto = (subscription: SubscriptionModel): SubscriptionDto => ({
  id: subscription.id,
  version: subscription.version,
  terms: planToDto(subscription.terms),
  termsSince: toInstant(subscription.termsSince),
  status: subscription.status,
  anchor: toInstant(subscription.anchor),
  periodStart: toInstant(subscription.periodStart),
  periodEnd: toInstant(subscription.periodEnd),
  trialEnd: toInstantOrNull(subscription.trialEnd),
  periodPaid: subscription.periodPaid,
  hasOpenInvoice: subscription.hasOpenInvoice,
  scheduledChange: scheduledChangeOrNullToDto(subscription.scheduledChange),
  cancelAt: toInstantOrNull(subscription.cancelAt),
});

export const usageFromDto = (dto: UsageDto): UsageModel => ({ ...dto, resources: { ...dto.resources } });
export const usageToDto = (usage: UsageModel): UsageDto => ({
  voiceSeconds: usage.voiceSeconds,
  chats: usage.chats,
  includedMinutes: usage.includedMinutes,
  walletMinutes: usage.walletMinutes,
  resources: { ...usage.resources },
});

export const invoiceFromDto = (dto: InvoiceDto): Invoice => ({
  id: dto.id,
  url: dto.url,
  amount: moneyFromDto(dto.amount),
});
export const invoiceToDto = (invoice: Invoice): InvoiceDto => ({
  id: invoice.id,
  url: invoice.url,
  amount: moneyToDto(invoice.amount),
});
export const invoiceOrNullFromDto = (dto: InvoiceDto | null) => (dto === null ? null : invoiceFromDto(dto));
export const invoiceOrNullToDto = (invoice: Invoice | null) => (invoice === null ? null : invoiceToDto(invoice));

export const openRequestFromDto = (dto: OpenRequestDto | null): OpenRequest | null =>
  dto === null
    ? null
    : {
        ...invoiceFromDto(dto),
        dueAt: dto.dueAt === null ? null : toDate(dto.dueAt),
        blockedAt: dto.blockedAt === null ? null : toDate(dto.blockedAt),
      };
export const openRequestToDto = (request: OpenRequest | null): OpenRequestDto | null =>
  request === null
    ? null
    : {
        ...invoiceToDto(request),
        dueAt: request.dueAt === null ? null : toInstant(request.dueAt),
        blockedAt: request.blockedAt === null ? null : toInstant(request.blockedAt),
      };

export function messageValueFromDto(dto: MessageValueDto): MessageValueModel {
  switch (dto.type) {
    case 'string':
    case 'number':
      return dto.value;
    case 'date':
      return toDate(dto.value);
    case 'money':
      return { amount: dto.amount, currency: dto.currency };
    case 'rate':
      return { amount: dto.amount, currency: dto.currency, scale: dto.scale };
  }
}

export function messageValueToDto(value: MessageValueModel): MessageValueDto {
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'number') return { type: 'number', value };
  if (value instanceof Date) return { type: 'date', value: toInstant(value) };
  if ('scale' in value) return { type: 'rate', amount: value.amount, currency: value.currency, scale: value.scale };
  return { type: 'money', amount: value.amount, currency: value.currency };
}

type Values = Readonly<Record<string, MessageValueModel>>;
type ValuesDto = Record<string, MessageValueDto>;

export function valuesFromDto(dto: ValuesDto): Values {
  return Object.fromEntries(Object.entries(dto).map(([k, v]) => [k, messageValueFromDto(v)]));
}
export function valuesToDto(values: Values): ValuesDto {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, messageValueToDto(v)]));
}

export const messageRefFromDto = (dto: MessageRefDto): MessageRefModel =>
  dto.values === undefined ? { key: dto.key } : { key: dto.key, values: valuesFromDto(dto.values) };
export const messageRefToDto = (ref: MessageRefModel): MessageRefDto =>
  ref.values === undefined ? { key: ref.key } : { key: ref.key, values: valuesToDto(ref.values) };

export const refusalFromDto = (dto: RefusalDto): RefusalModel =>
  dto.params === undefined
    ? { ok: false, reason: dto.reason }
    : { ok: false, reason: dto.reason, params: valuesFromDto(dto.params) };
export const refusalToDto = (refusal: RefusalModel): RefusalDto =>
  refusal.params === undefined
    ? { reason: refusal.reason }
    : { reason: refusal.reason, params: valuesToDto(refusal.params) };
