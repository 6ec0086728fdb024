import { RulesError } from './errors';
import type { Interval } from './types';

const DAY_MS = 86_400_000;

function assertInterval(interval: Interval): void {
  if (!Number.isSafeInteger(interval.count) || interval.count < 1) {
    throw new RulesError('invalid_argument', `An interval count is a whole number >= 1; got ${interval.count}.`);
  }
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** `months` calendar months after `from`, clamped to the last day of a shorter month (UTC). */
function addMonthsClamped(from: Date, months: number): Date {
  const totalMonths = from.getUTCFullYear() * 12 + from.getUTCMonth() + months;
  const year = Math.floor(totalMonths / 12);
  const monthIndex = totalMonths - year * 12;
  const day = Math.min(from.getUTCDate(), daysInMonth(year, monthIndex));
  const result = new Date(from.getTime());
  result.setUTCFullYear(year, monthIndex, day);
  return result;
}

/**
 * The n-th boundary after `anchor`: anchor + n × interval, Stripe's anchor rule. Each boundary is
 * computed from the anchor (never from the previous boundary), so Jan 31 → Feb 29 → Mar 31.
 */
export function addIntervals(anchor: Date, interval: Interval, n: number): Date {
  assertInterval(interval);
  if (!Number.isSafeInteger(n)) throw new RulesError('invalid_argument', `n must be an integer; got ${n}.`);
  switch (interval.unit) {
    case 'day':
      return new Date(anchor.getTime() + n * interval.count * DAY_MS);
    case 'week':
      return new Date(anchor.getTime() + n * interval.count * 7 * DAY_MS);
    case 'month':
      return addMonthsClamped(anchor, n * interval.count);
    case 'year':
      return addMonthsClamped(anchor, n * interval.count * 12);
  }
}

export interface Period {
  readonly start: Date;
  readonly end: Date;
}

/** The period `[start, end)` that contains `at`, for a cycle anchored at `anchor`. */
export function periodContaining(anchor: Date, interval: Interval, at: Date): Period {
  const t = at.getTime();
  // Estimate k from the nominal length, then step to the exact boundary.
  let k = Math.floor((t - anchor.getTime()) / (intervalNominalMicroDays(interval) * (DAY_MS / 1_000_000)));
  while (addIntervals(anchor, interval, k).getTime() > t) k -= 1;
  while (addIntervals(anchor, interval, k + 1).getTime() <= t) k += 1;
  return { start: addIntervals(anchor, interval, k), end: addIntervals(anchor, interval, k + 1) };
}

/** The period that starts at `start` (a new anchor). */
export function periodFrom(start: Date, interval: Interval): Period {
  return { start, end: addIntervals(start, interval, 1) };
}

// Nominal lengths in millionths of a day: month = 365.2425 / 12 = 30.436875 days.
const MICRO_DAYS: Record<Interval['unit'], number> = {
  day: 1_000_000,
  week: 7_000_000,
  month: 30_436_875,
  year: 365_242_500,
};

/** Nominal interval length in millionths of a day (exact integer; 12 months = 1 year). */
export function intervalNominalMicroDays(interval: Interval): number {
  assertInterval(interval);
  return MICRO_DAYS[interval.unit] * interval.count;
}

/** Nominal interval length in days (day 1, week 7, month 30.436875, year 365.2425, × count). */
export function intervalNominalDays(interval: Interval): number {
  return intervalNominalMicroDays(interval) / 1_000_000;
}

/** Orders intervals by nominal length: -1, 0 or 1. */
export function compareIntervals(a: Interval, b: Interval): -1 | 0 | 1 {
  const d = intervalNominalMicroDays(a) - intervalNominalMicroDays(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Whole seconds from a to b (b − a), truncated toward zero. */
export function secondsBetween(a: Date, b: Date): number {
  return Math.trunc((b.getTime() - a.getTime()) / 1000);
}
