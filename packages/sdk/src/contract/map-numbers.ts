// Mappers and client-side models for phone numbers, eligible users and checkouts.

import { moneyFromDto, moneyToDto, toDate, toInstant } from './map-core';
import type {
  Checkout,
  CheckoutDto,
  EligibleUser,
  EligibleUserDto,
  EligibleUserPage,
  EligibleUserPageDto,
  PhoneNumberView,
  PhoneNumberViewDto,
} from './numbers';
import type { NamedRef, NamedRefDto } from './primitives';

const refs = (list: readonly NamedRefDto[]): NamedRef[] => list.map((r) => ({ id: r.id, name: r.name }));

export const phoneNumberViewFromDto = (dto: PhoneNumberViewDto): PhoneNumberView => ({
  id: dto.id,
  agencyId: dto.agencyId,
  e164: dto.e164,
  country: dto.country,
  capabilities: [...dto.capabilities],
  telcoCost: moneyFromDto(dto.telcoCost),
  agentId: dto.agentId,
  state: dto.state,
  assignedTo:
    dto.assignedTo === null
      ? null
      : {
          userId: dto.assignedTo.userId,
          subAccountId: dto.assignedTo.subAccountId,
          monthlyPrice: moneyFromDto(dto.assignedTo.monthlyPrice),
          assignedAt: toDate(dto.assignedTo.assignedAt),
        },
  periodEnd: dto.periodEnd === null ? null : toDate(dto.periodEnd),
  attachments: {
    agents: refs(dto.attachments.agents),
    campaigns: refs(dto.attachments.campaigns),
    workflows: refs(dto.attachments.workflows),
  },
  assignee: dto.assignee === null ? null : { ...dto.assignee },
});

export const phoneNumberViewToDto = (view: PhoneNumberView): PhoneNumberViewDto => ({
  id: view.id,
  agencyId: view.agencyId,
  e164: view.e164,
  country: view.country,
  capabilities: [...view.capabilities],
  telcoCost: moneyToDto(view.telcoCost),
  agentId: view.agentId,
  state: view.state,
  assignedTo:
    view.assignedTo === null
      ? null
      : {
          userId: view.assignedTo.userId,
          subAccountId: view.assignedTo.subAccountId,
          monthlyPrice: moneyToDto(view.assignedTo.monthlyPrice),
          assignedAt: toInstant(view.assignedTo.assignedAt),
        },
  periodEnd: view.periodEnd === null ? null : toInstant(view.periodEnd),
  attachments: {
    agents: refs(view.attachments.agents),
    campaigns: refs(view.attachments.campaigns),
    workflows: refs(view.attachments.workflows),
  },
  assignee:
    view.assignee === null ? null : { userName: view.assignee.userName, subAccountName: view.assignee.subAccountName },
});

export const eligibleUserFromDto = (dto: EligibleUserDto): EligibleUser => ({
  ...dto,
  monthlyPrice: moneyFromDto(dto.monthlyPrice),
});
export const eligibleUserToDto = (user: EligibleUser): EligibleUserDto => ({
  id: user.id,
  name: user.name,
  email: user.email,
  subAccountId: user.subAccountId,
  subAccountName: user.subAccountName,
  monthlyPrice: moneyToDto(user.monthlyPrice),
});

export const eligibleUserPageFromDto = (dto: EligibleUserPageDto): EligibleUserPage => ({
  items: dto.items.map(eligibleUserFromDto),
  nextCursor: dto.nextCursor,
  total: dto.total,
});
export const eligibleUserPageToDto = (page: EligibleUserPage): EligibleUserPageDto => ({
  items: page.items.map(eligibleUserToDto),
  nextCursor: page.nextCursor,
  total: page.total,
});

export const checkoutFromDto = (dto: CheckoutDto): Checkout => ({
  id: dto.id,
  url: dto.url,
  status: dto.status,
  number: phoneNumberViewFromDto(dto.number),
});
export const checkoutToDto = (checkout: Checkout): CheckoutDto => ({
  id: checkout.id,
  url: checkout.url,
  status: checkout.status,
  number: phoneNumberViewToDto(checkout.number),
});
