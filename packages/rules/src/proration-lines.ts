// Proration lines that explain themselves: "Unused time on Growth, 16 of 31 days × $49.00".
import { changePlanMessage } from './change-plan/messages';
import { mulDivHalfAwayFromZero } from './rounding';
import type { Money, ProrationArithmetic, ProrationLine, ProrationTimeUnit } from './types';

const UNITS: readonly (readonly [ProrationTimeUnit, number])[] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

export interface ExplainProrationInput {
  readonly kind: ProrationArithmetic['kind'];
  readonly plan: string;
  /** The plan's price for the whole period. */
  readonly price: Money;
  /** Seconds left in the period after the change (see `prorationSeconds`). */
  readonly remainingSeconds: number;
  /** Seconds in the whole period. */
  readonly totalSeconds: number;
  /** The line's amount as `prorate` computed it per second. */
  readonly amount: Money;
}

/**
 * The line's arithmetic in the coarsest unit (day, then hour, then minute) whose rounded figures
 * give exactly the amount charged per second; seconds, which always do, where none of them does.
 * So the words never show a figure that does not add up.
 */
export function explainProration({
  kind,
  plan,
  price,
  remainingSeconds,
  totalSeconds,
  amount,
}: ExplainProrationInput): ProrationArithmetic {
  const sign = kind === 'unused_time' ? -1 : 1;
  for (const [unit, seconds] of UNITS) {
    if (totalSeconds % seconds !== 0) continue;
    const totalUnits = totalSeconds / seconds;
    const units = Math.round(remainingSeconds / seconds);
    if (sign * mulDivHalfAwayFromZero(price.amount, units, totalUnits) === amount.amount) {
      return { kind, plan, units, totalUnits, unit, price, amount };
    }
  }
  return { kind, plan, units: remainingSeconds, totalUnits: totalSeconds, unit: 'second', price, amount };
}

const KEYS = {
  unused_time: {
    day: 'change_plan.line.unused_days',
    hour: 'change_plan.line.unused_hours',
    minute: 'change_plan.line.unused_minutes',
    second: 'change_plan.line.unused_seconds',
  },
  remaining_time: {
    day: 'change_plan.line.remaining_days',
    hour: 'change_plan.line.remaining_hours',
    minute: 'change_plan.line.remaining_minutes',
    second: 'change_plan.line.remaining_seconds',
  },
} as const;

/** A proration line whose words and data carry the same figures. */
export function prorationLine(arithmetic: ProrationArithmetic): ProrationLine {
  const { kind, plan, units, totalUnits, unit, price, amount } = arithmetic;
  return {
    description: changePlanMessage(KEYS[kind][unit], { plan, units, totalUnits, price }),
    amount,
    arithmetic,
  };
}
