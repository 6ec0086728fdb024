/** Where the server reads time. Injected so tests and the development clock control it. */
export interface Clock {
  now(): Date;
}

/** How far the development clock may be moved in all: 100 × 365 days. Beyond it a move is refused. */
export const MAX_CLOCK_OFFSET_MS = 100 * 365 * 86_400_000;

/** An offset the clock can take: whole milliseconds, 0 up to MAX_CLOCK_OFFSET_MS. */
export function isClockOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_CLOCK_OFFSET_MS;
}

/** A clock that can be moved forward. With `start` it stands still at that instant until moved. */
export class AdjustableClock implements Clock {
  #offsetMs = 0;
  readonly #start: Date | null;

  constructor(start: Date | null = null, offsetMs = 0) {
    this.#start = start;
    this.#offsetMs = offsetMs;
  }

  now(): Date {
    const base = this.#start === null ? Date.now() : this.#start.getTime();
    return new Date(base + this.#offsetMs);
  }

  /** Move time forward; never backward, so due work never runs twice for one instant. */
  advance(seconds: number): Date {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advance() takes seconds >= 0');
    const offsetMs = this.#offsetMs + Math.round(seconds * 1000);
    if (!isClockOffset(offsetMs)) throw new RangeError(`the clock moves at most ${MAX_CLOCK_OFFSET_MS} ms in all`);
    this.#offsetMs = offsetMs;
    return this.now();
  }

  /** Back to the start instant (tests reset between cases). */
  reset(): void {
    this.#offsetMs = 0;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  get frozen(): boolean {
    return this.#start !== null;
  }
}
