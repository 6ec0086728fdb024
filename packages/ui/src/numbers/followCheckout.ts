import type { Checkout } from '@plankit/sdk';
import { toFailure } from './failure';

/** How following a checkout ended. */
export type CheckoutOutcome =
  | { readonly kind: 'settled'; readonly checkout: Checkout }
  /** The server does not know this checkout (a stale one resumed): start over. */
  | { readonly kind: 'unknown' }
  /** Still no answer after the last poll. */
  | { readonly kind: 'gave_up' };

export interface CheckoutReader {
  getCheckout(checkoutId: string): Promise<Checkout>;
}

// One poll per (backend, checkout) at a time, shared by every component following it. It is not
// tied to a component's lifetime: a host's list may drop the row (and unmount the component) as
// soon as the number turns active, and the host must still hear of the payment.
const inFlight = new WeakMap<CheckoutReader, Map<string, Promise<CheckoutOutcome>>>();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function poll(reader: CheckoutReader, checkoutId: string, delaysMs: readonly number[]): Promise<CheckoutOutcome> {
  for (let attempt = 0; attempt <= delaysMs.length; attempt++) {
    try {
      const view = await reader.getCheckout(checkoutId);
      if (view.status === 'complete' && view.number.state === 'active') return { kind: 'settled', checkout: view };
      if (view.status === 'declined' || view.status === 'expired') return { kind: 'settled', checkout: view };
    } catch (error) {
      if (toFailure(error).kind === 'refusal') return { kind: 'unknown' };
      // A network failure is one more attempt; the next may get through.
    }
    const delay = delaysMs[attempt];
    if (delay === undefined) break;
    await sleep(delay);
  }
  return { kind: 'gave_up' };
}

/** Asks the server about `checkoutId` with backoff until it settles or the waits run out. */
export function followCheckout(
  reader: CheckoutReader,
  checkoutId: string,
  delaysMs: readonly number[],
): Promise<CheckoutOutcome> {
  const polls = inFlight.get(reader) ?? new Map<string, Promise<CheckoutOutcome>>();
  inFlight.set(reader, polls);
  const running = polls.get(checkoutId);
  if (running) return running;
  const started = poll(reader, checkoutId, delaysMs).finally(() => polls.delete(checkoutId));
  polls.set(checkoutId, started);
  return started;
}
