import { RulesError } from './errors';
import type { Interval } from './types';

const DAY_MS = 86_400_000;

function assertInterval(interval: Interval): void {
  if (!Number.isSafeInteger(interval.count) || interval.count < 1) {
    throw new RulesError('invalid_argument', `An interval count is a whole number >= 1; got ${interval.count}.`, {
      count: interval.count,
    });
  }
  if (!Object.hasOwn(MICRO_DAYS, interval.unit)) {
    throw new RulesError('invalid_argument', `An interval unit is day, week, month or year; got ${interval.unit}.`, {
      unit: String(interval.unit),
    });
  }
}

function assertDate(value: Date, name: string): number {
  const t = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RulesError('invalid_argument', `${name} must be a valid Date.`, { name });
  return t;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, monthIndex: number): number {
  return monthIndex === 1 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[monthIndex] ?? 31);
}

/** `months` calendar months after `from`, clamped to the last day of a shorter month (UTC, time of day kept). */
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
 * computed from the anchor (never from the previous boundary), so Jan 31 → Feb 29 → Mar 31. Months
 * and years are UTC calendar arithmetic, clamped to the last day of a shorter month; the time of
 * day is kept. n may be negative (boundaries before the anchor).
 */
export function addIntervals(anchor: Date, interval: Interval, n: number): Date {
  assertInterval(interval);
  const t = assertDate(anchor, 'anchor');
  if (!Number.isSafeInteger(n)) throw new RulesError('invalid_argument', `n must be an integer; got ${n}.`, { n });
  let result: Date;
  switch (interval.unit) {
    case 'day':
      result = new Date(t + n * interval.count * DAY_MS);
      break;
    case 'week':
      result = new Date(t + n * interval.count * 7 * DAY_MS);
      break;
    case 'month':
      result = addMonthsClamped(anchor, n * interval.count);
      break;
    case 'year':
      result = addMonthsClamped(anchor, n * interval.count * 12);
      break;
  }
  if (Number.isNaN(result.getTime())) {
    throw new RulesError('invalid_argument', 'The boundary lies outside the range of a Date.', { n });
  }
  return result;
}

export interface Period {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The period `[start, end)` of the cycle anchored at `anchor` that contains `at`. An instant on a
 * boundary belongs to the period that starts there.
 */
export function periodContaining(anchor: Date, interval: Interval, at: Date): Period {
  const origin = assertDate(anchor, 'anchor');
  const t = assertDate(at, 'at');
  // Estimate k from the nominal length (off by one at most in practice), then step to the exact boundary.
  let k = Math.floor((t - origin) / ((intervalNominalMicroDays(interval) * DAY_MS) / 1_000_000));
  let start = addIntervals(anchor, interval, k);
  let end = addIntervals(anchor, interval, k + 1);
  while (start.getTime() > t) {
    k -= 1;
    end = start;
    start = addIntervals(anchor, interval, k);
  }
  while (end.getTime() <= t) {
    k += 1;
    start = end;
    end = addIntervals(anchor, interval, k + 1);
  }
  return { start, end };
}

/** The period that starts at `start` (a new anchor). */
export function periodFrom(start: Date, interval: Interval): Period {
  return { start, end: addIntervals(start, interval, 1) };
}

// Nominal lengths in millionths of a day: month = 365.2425 / 12 = 30.436875 days.
const MICRO_DAYS: Readonly<Record<Interval['unit'], number>> = {
  day: 1_000_000,
  week: 7_000_000,
  month: 30_436_875,
  year: 365_242_500,
};

/** Nominal interval length in millionths of a day (exact integer; 12 months = 1 year). */
export function intervalNominalMicroDays(interval: Interval): number {
  assertInterval(interval);
  const micro = MICRO_DAYS[interval.unit] * interval.count;
  if (!Number.isSafeInteger(micro)) {
    throw new RulesError('invalid_argument', `The interval ${interval.count} ${interval.unit} is too long.`, {
      count: interval.count,
    });
  }
  return micro;
}

/** Nominal interval length in days (day 1, week 7, month 30.436875, year 365.2425, × count). */
export function intervalNominalDays(interval: Interval): number {
  return intervalNominalMicroDays(interval) / 1_000_000;
}

/** Orders intervals by nominal length: -1, 0 or 1 (12 months = 1 year, 2 weeks < 1 month). */
export function compareIntervals(a: Interval, b: Interval): -1 | 0 | 1 {
  const d = intervalNominalMicroDays(a) - intervalNominalMicroDays(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Whole seconds from a to b (b − a), truncated toward zero. */
export function secondsBetween(a: Date, b: Date): number {
  return Math.trunc((assertDate(b, 'b') - assertDate(a, 'a')) / 1000);
}

/** The instant as whole Unix seconds, rounded down (what Stripe's timestamps hold). */
export function unixSeconds(at: Date): number {
  return Math.floor(assertDate(at, 'at') / 1000);
}
