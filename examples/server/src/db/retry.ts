// PostgreSQL aborts a transaction caught in a deadlock (40P01) or a failed serialization check
// (40001); the transaction rolled back whole, so running it again is safe and usually succeeds.

const RETRYABLE_CODES = new Set(['40P01', '40001']);

/** Attempts per transaction, the first included; after the last the error reaches the caller. */
export const TRANSACTION_ATTEMPTS = 5;

/**
 * Thrown inside a transaction that must start over, e.g. a conditional write that found the row
 * changed since it was read; retried like a deadlock.
 */
export class RetryTransaction extends Error {
  override readonly name = 'RetryTransaction';
}

/** A deadlock, a serialization failure or a RetryTransaction: the work may simply run again. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof RetryTransaction) return true;
  const code = error !== null && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Run `attempt` until it succeeds, retrying retryable failures with a short random back-off. */
export async function withRetries<T>(attempt: () => Promise<T>, attempts = TRANSACTION_ATTEMPTS): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= attempts || !isRetryable(error)) throw error;
      // Random, growing pauses so the transactions that collided do not collide again in step.
      await pause(Math.random() * 10 * n);
    }
  }
}
