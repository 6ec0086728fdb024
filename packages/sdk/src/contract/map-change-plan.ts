// Mappers and client-side models for the change-plan flow.

import type { ChangeTiming, PlanChangePreview, PlanOption, ProrationLine } from '@plankit/rules';
import type {
  ChangePlanContext,
  ChangePlanContextDto,
  ChangePlanPermission,
  ChangePlanRequest,
  ChangePlanResult,
  ChangePlanResultDto,
  PermissionDto,
  PlanChangePreviewDto,
  PlanOptionDto,
  ProrationLineDto,
} from './change-plan';
import {
  invoiceOrNullFromDto,
  invoiceOrNullToDto,
  messageRefFromDto,
  messageRefToDto,
  moneyFromDto,
  moneyToDto,
  planFromDto,
  planToDto,
  refusalFromDto,
  refusalToDto,
  scheduledChangeOrNullFromDto,
  scheduledChangeOrNullToDto,
  toDate,
  toInstant,
  valuesFromDto,
  valuesToDto,
} from './map-core';
import { subAccountFromDto, subAccountToDto } from './map-sub-accounts';

export const planOptionFromDto = (dto: PlanOptionDto): PlanOption => ({ ...dto, plan: planFromDto(dto.plan) });
export const planOptionToDto = (option: PlanOption): PlanOptionDto => ({
  plan: planToDto(option.plan),
  current: option.current,
  disabled: option.disabled,
  action: option.action,
});

export function permissionFromDto(dto: PermissionDto): ChangePlanPermission {
  if (dto.allowed) return { allowed: true };
  return dto.params === undefined
    ? { allowed: false, reason: dto.reason }
    : { allowed: false, reason: dto.reason, params: valuesFromDto(dto.params) };
}
export function permissionToDto(permission: ChangePlanPermission): PermissionDto {
  if (permission.allowed) return { allowed: true };
  return permission.params === undefined
    ? { allowed: false, reason: permission.reason }
    : { allowed: false, reason: permission.reason, params: valuesToDto(permission.params) };
}

export const changePlanContextFromDto = (dto: ChangePlanContextDto): ChangePlanContext => ({
  subAccount: subAccountFromDto(dto.subAccount),
  currentTerms: dto.currentTerms === null ? null : planFromDto(dto.currentTerms),
  options: dto.options.map(planOptionFromDto),
  empty: dto.empty === null ? null : { reason: dto.empty.reason },
  scheduledChange: scheduledChangeOrNullFromDto(dto.scheduledChange),
  permission: permissionFromDto(dto.permission),
  policy: { ...dto.policy },
});
export const changePlanContextToDto = (context: ChangePlanContext): ChangePlanContextDto => ({
  subAccount: subAccountToDto(context.subAccount),
  currentTerms: context.currentTerms === null ? null : planToDto(context.currentTerms),
  options: context.options.map(planOptionToDto),
  empty: context.empty === null ? null : { reason: context.empty.reason },
  scheduledChange: scheduledChangeOrNullToDto(context.scheduledChange),
  permission: permissionToDto(context.permission),
  policy: { ...context.policy },
});

export function prorationLineFromDto(dto: ProrationLineDto): ProrationLine {
  const line = { description: messageRefFromDto(dto.description), amount: moneyFromDto(dto.amount) };
  if (dto.arithmetic === undefined) return line;
  const { price, amount, ...figures } = dto.arithmetic;
  return { ...line, arithmetic: { ...figures, price: moneyFromDto(price), amount: moneyFromDto(amount) } };
}

export function prorationLineToDto(line: ProrationLine): ProrationLineDto {
  const dto = { description: messageRefToDto(line.description), amount: moneyToDto(line.amount) };
  if (line.arithmetic === undefined) return dto;
  const { price, amount, ...figures } = line.arithmetic;
  return { ...dto, arithmetic: { ...figures, price: moneyToDto(price), amount: moneyToDto(amount) } };
}

export function planChangePreviewFromDto(dto: PlanChangePreviewDto): PlanChangePreview {
  const base = {
    ok: true as const,
    targetPlanId: dto.targetPlanId,
    quotedAt: toDate(dto.quotedAt),
    quotedVersion: dto.quotedVersion,
    effectiveAt: toDate(dto.effectiveAt),
    amountDueNow: moneyFromDto(dto.amountDueNow),
    creditAmount: moneyFromDto(dto.creditAmount),
    minutesGrantedNow: dto.minutesGrantedNow,
    prorationLines: dto.prorationLines.map(prorationLineFromDto),
    overLimit: dto.overLimit.map((o) => ({ ...o })),
    blockers: dto.blockers.map(refusalFromDto),
    summary: dto.summary.map(messageRefFromDto),
  };
  if (dto.timing === 'period_end') return { ...base, kind: dto.kind, timing: 'period_end', newPeriod: null };
  const newPeriod =
    dto.newPeriod === null ? null : { start: toDate(dto.newPeriod.start), end: toDate(dto.newPeriod.end) };
  return { ...base, kind: dto.kind, timing: 'now', newPeriod };
}

export function planChangePreviewToDto(preview: PlanChangePreview): PlanChangePreviewDto {
  const base = {
    targetPlanId: preview.targetPlanId,
    quotedAt: toInstant(preview.quotedAt),
    quotedVersion: preview.quotedVersion,
    effectiveAt: toInstant(preview.effectiveAt),
    amountDueNow: moneyToDto(preview.amountDueNow),
    creditAmount: moneyToDto(preview.creditAmount),
    minutesGrantedNow: preview.minutesGrantedNow,
    prorationLines: preview.prorationLines.map(prorationLineToDto),
    overLimit: preview.overLimit.map((o) => ({ resource: o.resource, usage: o.usage, cap: o.cap })),
    blockers: preview.blockers.map(refusalToDto),
    summary: preview.summary.map(messageRefToDto),
  };
  if (preview.timing === 'period_end') return { ...base, kind: preview.kind, timing: 'period_end', newPeriod: null };
  const { newPeriod } = preview;
  return {
    ...base,
    kind: preview.kind,
    timing: 'now',
    newPeriod: newPeriod === null ? null : { start: toInstant(newPeriod.start), end: toInstant(newPeriod.end) },
  };
}

/** What Confirm sends: the quote's instant and version, exactly as previewed. */
export interface ChangePlanInput {
  readonly targetPlanId: string;
  readonly quotedAt: Date;
  readonly quotedVersion: number | null;
  readonly timing?: ChangeTiming | undefined;
}
export function changePlanRequestToDto(input: ChangePlanInput): ChangePlanRequest {
  const dto: ChangePlanRequest = {
    targetPlanId: input.targetPlanId,
    quotedAt: toInstant(input.quotedAt),
    quotedVersion: input.quotedVersion,
  };
  return input.timing === undefined ? dto : { ...dto, timing: input.timing };
}
export function changePlanRequestFromDto(dto: ChangePlanRequest): ChangePlanInput {
  const input: ChangePlanInput = {
    targetPlanId: dto.targetPlanId,
    quotedAt: toDate(dto.quotedAt),
    quotedVersion: dto.quotedVersion,
  };
  return dto.timing === undefined ? input : { ...input, timing: dto.timing };
}

export const changePlanResultFromDto = (dto: ChangePlanResultDto): ChangePlanResult => ({
  kind: dto.kind,
  timing: dto.timing,
  effectiveAt: toDate(dto.effectiveAt),
  amountCharged: moneyFromDto(dto.amountCharged),
  invoice: invoiceOrNullFromDto(dto.invoice),
  paymentRequest: invoiceOrNullFromDto(dto.paymentRequest),
  creditGranted: moneyFromDto(dto.creditGranted),
  minutesGranted: dto.minutesGranted,
  scheduledChange: scheduledChangeOrNullFromDto(dto.scheduledChange),
  subAccount: subAccountFromDto(dto.subAccount),
});
export const changePlanResultToDto = (result: ChangePlanResult): ChangePlanResultDto => ({
  kind: result.kind,
  timing: result.timing,
  effectiveAt: toInstant(result.effectiveAt),
  amountCharged: moneyToDto(result.amountCharged),
  invoice: invoiceOrNullToDto(result.invoice),
  paymentRequest: invoiceOrNullToDto(result.paymentRequest),
  creditGranted: moneyToDto(result.creditGranted),
  minutesGranted: result.minutesGranted,
  scheduledChange: scheduledChangeOrNullToDto(result.scheduledChange),
  subAccount: subAccountToDto(result.subAccount),
});
