// Development-only endpoints of the reference server: seeded users and the movable clock.
import * as z from 'zod/mini';
import type { Model } from './codec';
import { Actor } from './me';
import { Instant } from './primitives';

export const DevUser = z.object({
  token: z.string().check(z.minLength(1)),
  name: z.string(),
  email: z.string(),
  actor: Actor,
  /** What this user shows (e.g. "Agency owner", "Sub-account user, pending"). */
  description: z.string(),
});
export type DevUserDto = z.input<typeof DevUser>;
export const DevUserList = z.array(DevUser);

export const Clock = z.object({ now: Instant });
export type ClockDto = z.input<typeof Clock>;

/** The most one move of the development clock may cover: 2 × 365 days, in seconds. */
export const MAX_CLOCK_ADVANCE_SECONDS = 63_072_000;

export const AdvanceClockRequest = z.object({
  advanceSeconds: z.int().check(z.positive(), z.lte(MAX_CLOCK_ADVANCE_SECONDS)),
});
export type AdvanceClockRequest = z.infer<typeof AdvanceClockRequest>;

// The models: what `decode` (and `parse`) yields, with Dates.
export type DevUser = Model<typeof DevUser>;
export type Clock = Model<typeof Clock>;
