// Who is calling: the actor, their agency, and their sub-account for sub-account users.
import * as z from 'zod/mini';
import type { Model } from './codec';
import { CurrencyCode, Id, Money } from './primitives';

export const Actor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agency_member'), agencyId: Id, userId: Id, role: z.enum(['owner', 'member']) }),
  z.object({ kind: z.literal('sub_account_user'), subAccountId: Id, userId: Id }),
]);
export type ActorDto = z.input<typeof Actor>;

export const Agency = z.object({
  id: Id,
  name: z.string(),
  currency: CurrencyCode,
  features: z.object({ changePlan: z.boolean() }),
  /** Offline credit pool; null = not tracked. */
  creditPool: z.nullable(Money),
});
export type AgencyDto = z.input<typeof Agency>;

export const Me = z.object({
  actor: Actor,
  user: z.object({ id: Id, name: z.string(), email: z.string() }),
  agency: Agency,
  /** The caller's sub-account; null for agency members. */
  subAccount: z.nullable(z.object({ id: Id, name: z.string() })),
});
export type MeDto = z.input<typeof Me>;

// The model: what `decode` (and `parse`) yields.
export type Me = Model<typeof Me>;
