// Wire primitives: instants, ids, money, rates, intervals and caps. Shared by every body.
import * as z from 'zod/mini';
import type { Model } from './codec';

/** An opaque identifier. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** An instant on the wire: an ISO-8601 UTC string with `Z` (`2026-11-22T10:00:00.000Z`). */
export const InstantIso = z.iso.datetime();

/** An instant: the ISO string on the wire, a `Date` in the model (`decode` / `encode`). */
export const Instant = z.codec(InstantIso, z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => date.toISOString(),
});

/** A currency code: ISO 4217 or a host code such as USDT. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z0-9]{3,10}$/));

/** Integer minor units (cents, yen, fils) with the currency. */
export const Money = z.object({ amount: z.int(), currency: CurrencyCode });

/** A price finer than the minor unit: `amount / 10^scale` minor units. */
export const Rate = z.object({
  amount: z.int(),
  currency: CurrencyCode,
  scale: z.int().check(z.gte(0), z.lte(18)),
});

export const Count = z.int().check(z.nonnegative());

export const IntervalUnit = z.enum(['day', 'week', 'month', 'year']);
export const Interval = z.object({ unit: IntervalUnit, count: z.int().check(z.positive()) });

export const CAP_KINDS = ['agents', 'teamMembers', 'concurrentCalls', 'knowledgeBaseMb', 'phoneNumbers'] as const;
export const CapKind = z.enum(CAP_KINDS);

/** Per-kind cap; null = unlimited. */
export const Caps = z.object({
  agents: z.nullable(Count),
  teamMembers: z.nullable(Count),
  concurrentCalls: z.nullable(Count),
  knowledgeBaseMb: z.nullable(Count),
  phoneNumbers: z.nullable(Count),
});

/** Per-kind resources in use. */
export const ResourceCounts = z.object({
  agents: Count,
  teamMembers: Count,
  concurrentCalls: Count,
  knowledgeBaseMb: Count,
  phoneNumbers: Count,
});

/** `{ id, name }` of something that refers to another object (an agent, a campaign). */
export const NamedRef = z.object({ id: Id, name: z.string() });

export type MoneyDto = z.input<typeof Money>;
export type RateDto = z.input<typeof Rate>;
export type IntervalDto = z.input<typeof Interval>;
export type CapsDto = z.input<typeof Caps>;
export type ResourceCountsDto = z.input<typeof ResourceCounts>;
export type NamedRefDto = z.input<typeof NamedRef>;
export type NamedRef = Model<typeof NamedRef>;
