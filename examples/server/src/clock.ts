/** Where the server reads time. Injected so tests and the development clock control it. */
export interface Clock {
  now(): Date;
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
    this.#offsetMs += Math.round(seconds * 1000);
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
