// Mappers and client-side models for the caller, the agency and the development endpoints.

import type { Actor, Agency } from '@plankit/rules';
import type { Clock, ClockDto, DevUser, DevUserDto } from './dev';
import { moneyFromDto, moneyToDto, toDate, toInstant } from './map-core';
import type { AgencyDto, Me, MeDto } from './me';

export const agencyFromDto = (dto: AgencyDto): Agency & { readonly name: string } => ({
  id: dto.id,
  name: dto.name,
  currency: dto.currency,
  features: { changePlan: dto.features.changePlan },
  creditPool: dto.creditPool === null ? null : moneyFromDto(dto.creditPool),
});
export const agencyToDto = (agency: Agency): AgencyDto => ({
  id: agency.id,
  name: agency.name,
  currency: agency.currency,
  features: { changePlan: agency.features.changePlan },
  creditPool: agency.creditPool === null ? null : moneyToDto(agency.creditPool),
});

export const actorFromDto = (dto: MeDto['actor']): Actor => ({ ...dto });
export const actorToDto = (actor: Actor): MeDto['actor'] =>
  actor.kind === 'agency_member'
    ? { kind: actor.kind, agencyId: actor.agencyId, userId: actor.userId, role: actor.role }
    : { kind: actor.kind, subAccountId: actor.subAccountId, userId: actor.userId };

export const meFromDto = (dto: MeDto): Me => ({
  actor: actorFromDto(dto.actor),
  user: { ...dto.user },
  agency: agencyFromDto(dto.agency),
  subAccount: dto.subAccount === null ? null : { ...dto.subAccount },
});
export const meToDto = (me: Me): MeDto => ({
  actor: actorToDto(me.actor),
  user: { id: me.user.id, name: me.user.name, email: me.user.email },
  agency: agencyToDto(me.agency),
  subAccount: me.subAccount === null ? null : { id: me.subAccount.id, name: me.subAccount.name },
});

export const devUserFromDto = (dto: DevUserDto): DevUser => ({ ...dto, actor: actorFromDto(dto.actor) });

export const clockFromDto = (dto: ClockDto): Clock => ({ now: toDate(dto.now) });
export const clockToDto = (clock: Clock): ClockDto => ({ now: toInstant(clock.now) });
