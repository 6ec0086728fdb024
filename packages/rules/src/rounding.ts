// Exact rational rounding on BigInt, so products like price × seconds never lose precision.
// One named mode per function; callers say which one they mean.
import { RulesError } from './errors';

function assertPositive(denominator: bigint): void {
  if (denominator <= 0n) {
    throw new RulesError('invalid_argument', 'The denominator must be positive.', { denominator: `${denominator}` });
  }
}

/** Round numerator/denominator to an integer, half away from zero (2.5 → 3, −2.5 → −3). denominator > 0. */
export function divideHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  assertPositive(denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const remainder = magnitude % denominator;
  const rounded = remainder * 2n >= denominator ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

/**
 * round(a × b / d), half away from zero, exactly, for integers a and b and d > 0: plain doubles
 * while a × b is a safe integer (the common case; `%` and the exact quotient are exact there),
 * BigInt beyond, so the answer is the same either way.
 */
export function mulDivHalfAwayFromZero(a: number, b: number, d: number): number {
  const product = a * b;
  if (
    !Number.isSafeInteger(product) ||
    !Number.isSafeInteger(a) ||
    !Number.isSafeInteger(b) ||
    !(d > 0 && Number.isSafeInteger(d))
  ) {
    return Number(divideHalfAwayFromZero(BigInt(a) * BigInt(b), BigInt(d)));
  }
  const magnitude = product < 0 ? -product : product;
  const remainder = magnitude % d;
  const quotient = (magnitude - remainder) / d;
  const rounded = remainder * 2 >= d ? quotient + 1 : quotient;
  // 0 - 0 is +0, as Number(0n) is: no -0 leaks out.
  return product < 0 ? 0 - rounded : rounded;
}

/** Round numerator/denominator up, towards +∞ (2.1 → 3, −2.9 → −2). denominator > 0. */
export function divideCeil(numerator: bigint, denominator: bigint): bigint {
  assertPositive(denominator);
  const quotient = numerator / denominator;
  return numerator % denominator > 0n ? quotient + 1n : quotient;
}

/** Round numerator/denominator down, towards −∞ (2.9 → 2, −2.1 → −3). denominator > 0. */
export function divideFloor(numerator: bigint, denominator: bigint): bigint {
  assertPositive(denominator);
  const quotient = numerator / denominator;
  return numerator % denominator < 0n ? quotient - 1n : quotient;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

/** A bigint back to a number, refusing values beyond Number.MAX_SAFE_INTEGER. */
export function toSafeNumber(value: bigint): number {
  if (value > MAX_SAFE || value < MIN_SAFE) {
    throw new RulesError(
      'invalid_amount',
      `${value} is beyond the safe integer range; use smaller amounts or split the computation.`,
      { value: `${value}` },
    );
  }
  return Number(value);
}

/** An integer argument as a bigint; a number must be a safe integer (no silent truncation). */
export function toBigInt(value: number | bigint, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) {
    throw new RulesError('invalid_argument', `${name} must be a safe integer; got ${value}.`, { [name]: value });
  }
  return BigInt(value);
}
