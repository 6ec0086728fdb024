// Who is calling: the actor, their agency, and their sub-account for sub-account users.
import type { Actor as ActorModel, Agency as AgencyModel } from '@plankit/rules';
import * as z from 'zod/mini';
import { CurrencyCode, Id, Money } from './primitives';

export const Actor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agency_member'), agencyId: Id, userId: Id, role: z.enum(['owner', 'member']) }),
  z.object({ kind: z.literal('sub_account_user'), subAccountId: Id, userId: Id }),
]);
export type ActorDto = z.infer<typeof Actor>;

export const Agency = z.object({
  id: Id,
  name: z.string(),
  currency: CurrencyCode,
  features: z.object({ changePlan: z.boolean() }),
  /** Offline credit pool; null = not tracked. */
  creditPool: z.nullable(Money),
});
export type AgencyDto = z.infer<typeof Agency>;

export const Me = z.object({
  actor: Actor,
  user: z.object({ id: Id, name: z.string(), email: z.string() }),
  agency: Agency,
  /** The caller's sub-account; null for agency members. */
  subAccount: z.nullable(z.object({ id: Id, name: z.string() })),
});
export type MeDto = z.infer<typeof Me>;

// Client-side models (Dates and rules types); the Dto types are the wire shapes.
export interface Me {
  readonly actor: ActorModel;
  readonly user: { readonly id: string; readonly name: string; readonly email: string };
  readonly agency: AgencyModel;
  readonly subAccount: { readonly id: string; readonly name: string } | null;
}
