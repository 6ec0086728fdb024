// Mappers and client-side models for sub-accounts, their views and starting a subscription.

import type { SubAccount as SubAccountModel, SubAccountUser as SubAccountUserModel, UsageSplit } from '@plankit/rules';
import {
  invoiceOrNullFromDto,
  invoiceOrNullToDto,
  moneyFromDto,
  moneyToDto,
  openRequestFromDto,
  openRequestToDto,
  planFromDto,
  planToDto,
  subscriptionFromDto,
  subscriptionToDto,
  usageFromDto,
  usageToDto,
} from './map-core';
import type {
  StartSubscriptionResult,
  StartSubscriptionResultDto,
  SubAccountDetail,
  SubAccountDetailDto,
  SubAccountDto,
  SubAccountPage,
  SubAccountPageDto,
  SubAccountRow,
  SubAccountRowDto,
  SubAccountUserDto,
} from './sub-accounts';
import type { UsageSplitDto } from './subscriptions';

export const subAccountFromDto = (dto: SubAccountDto): SubAccountModel => ({
  id: dto.id,
  agencyId: dto.agencyId,
  name: dto.name,
  status: dto.status,
  createdByAgency: dto.createdByAgency,
  customContract: dto.customContract,
  assignedPlanId: dto.assignedPlanId,
  subscription: dto.subscription === null ? null : subscriptionFromDto(dto.subscription),
  hasPaymentMethod: dto.hasPaymentMethod,
  creditBalance: dto.creditBalance === null ? null : moneyFromDto(dto.creditBalance),
  usage: usageFromDto(dto.usage),
});

export const subAccountToDto = (subAccount: SubAccountModel): SubAccountDto => ({
  id: subAccount.id,
  agencyId: subAccount.agencyId,
  name: subAccount.name,
  status: subAccount.status,
  createdByAgency: subAccount.createdByAgency,
  customContract: subAccount.customContract,
  assignedPlanId: subAccount.assignedPlanId,
  subscription: subAccount.subscription === null ? null : subscriptionToDto(subAccount.subscription),
  hasPaymentMethod: subAccount.hasPaymentMethod,
  creditBalance: subAccount.creditBalance === null ? null : moneyToDto(subAccount.creditBalance),
  usage: usageToDto(subAccount.usage),
});

export const subAccountUserFromDto = (dto: SubAccountUserDto): SubAccountUserModel => ({ ...dto });
export const subAccountUserToDto = (user: SubAccountUserModel): SubAccountUserDto => ({
  id: user.id,
  subAccountId: user.subAccountId,
  name: user.name,
  email: user.email,
  status: user.status,
});

export const usageSplitFromDto = (dto: UsageSplitDto): UsageSplit => ({
  ...dto,
  excessCharge: dto.excessCharge === null ? null : moneyFromDto(dto.excessCharge),
});
export const usageSplitToDto = (split: UsageSplit): UsageSplitDto => ({
  usedMinutes: split.usedMinutes,
  fromIncluded: split.fromIncluded,
  fromWallet: split.fromWallet,
  excessMinutes: split.excessMinutes,
  billedExcessMinutes: split.billedExcessMinutes,
  excessCharge: split.excessCharge === null ? null : moneyToDto(split.excessCharge),
  includedRemaining: split.includedRemaining,
  walletRemaining: split.walletRemaining,
});

export const subAccountRowFromDto = (dto: SubAccountRowDto): SubAccountRow => ({
  subAccount: subAccountFromDto(dto.subAccount),
  users: dto.users.map(subAccountUserFromDto),
  currentPlan: dto.currentPlan === null ? null : planFromDto(dto.currentPlan),
  billingBadge: dto.billingBadge,
});
export const subAccountRowToDto = (row: SubAccountRow): SubAccountRowDto => ({
  subAccount: subAccountToDto(row.subAccount),
  users: row.users.map(subAccountUserToDto),
  currentPlan: row.currentPlan === null ? null : planToDto(row.currentPlan),
  billingBadge: row.billingBadge,
});

export const subAccountPageFromDto = (dto: SubAccountPageDto): SubAccountPage => ({
  items: dto.items.map(subAccountRowFromDto),
  nextCursor: dto.nextCursor,
  total: dto.total,
});
export const subAccountPageToDto = (page: SubAccountPage): SubAccountPageDto => ({
  items: page.items.map(subAccountRowToDto),
  nextCursor: page.nextCursor,
  total: page.total,
});

export const subAccountDetailFromDto = (dto: SubAccountDetailDto): SubAccountDetail => ({
  subAccount: subAccountFromDto(dto.subAccount),
  users: dto.users.map(subAccountUserFromDto),
  assignedPlan: dto.assignedPlan === null ? null : planFromDto(dto.assignedPlan),
  billingBadge: dto.billingBadge,
  usage: dto.usage === null ? null : usageSplitFromDto(dto.usage),
  openInvoice: openRequestFromDto(dto.openInvoice),
});
export const subAccountDetailToDto = (detail: SubAccountDetail): SubAccountDetailDto => ({
  subAccount: subAccountToDto(detail.subAccount),
  users: detail.users.map(subAccountUserToDto),
  assignedPlan: detail.assignedPlan === null ? null : planToDto(detail.assignedPlan),
  billingBadge: detail.billingBadge,
  usage: detail.usage === null ? null : usageSplitToDto(detail.usage),
  openInvoice: openRequestToDto(detail.openInvoice),
});

export const startSubscriptionResultFromDto = (dto: StartSubscriptionResultDto): StartSubscriptionResult => ({
  subAccount: subAccountFromDto(dto.subAccount),
  paymentRequest: invoiceOrNullFromDto(dto.paymentRequest),
  includedMinutesGranted: dto.includedMinutesGranted,
});
export const startSubscriptionResultToDto = (result: StartSubscriptionResult): StartSubscriptionResultDto => ({
  subAccount: subAccountToDto(result.subAccount),
  paymentRequest: invoiceOrNullToDto(result.paymentRequest),
  includedMinutesGranted: result.includedMinutesGranted,
});
