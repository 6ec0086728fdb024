import type { Plan } from '../types';

/** Where an invoice or payment request stands (Stripe's invoice statuses). */
export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** What settled a paid invoice or request. */
export const SETTLEMENTS = ['card', 'bank_transfer', 'credit'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];

const DAY_MS = 86_400_000;

export interface RequestDeadlines {
  /** Past Due from this instant while unpaid. */
  readonly dueAt: Date;
  /** Blocked from this instant while unpaid. */
  readonly blockedAt: Date;
}

/**
 * An offline request's instants, from the period it bills: due = periodStart + paymentDueDays × 24 h,
 * Blocked from due + graceDays × 24 h. The terms are those the period is billed on.
 */
export function requestDeadlines({
  periodStart,
  terms,
}: {
  readonly periodStart: Date;
  readonly terms: Pick<Plan, 'paymentDueDays' | 'graceDays'>;
}): RequestDeadlines {
  const dueAt = periodStart.getTime() + terms.paymentDueDays * DAY_MS;
  return { dueAt: new Date(dueAt), blockedAt: new Date(dueAt + terms.graceDays * DAY_MS) };
}

/** What the badge and the banner read of a request: its status and, for offline ones, its instants. */
export interface RequestStanding {
  readonly id: string;
  readonly status: InvoiceStatus;
  /** null for card invoices: the provider's retries decide, not a due date. */
  readonly deadlines: RequestDeadlines | null;
  readonly createdAt: Date;
}

/** Only an open request is owed: a void, paid, draft or uncollectible one never blocks. */
export function isOwed(request: Pick<RequestStanding, 'status'>): boolean {
  return request.status === 'open';
}

/** Where an unpaid offline request stands at `at`: before its due instant, Past Due, or Blocked. */
export function requestStage({ dueAt, blockedAt }: RequestDeadlines, at: Date): 'active' | 'past_due' | 'blocked' {
  const t = at.getTime();
  if (t >= blockedAt.getTime()) return 'blocked';
  if (t >= dueAt.getTime()) return 'past_due';
  return 'active';
}

const SEVERITY = { active: 0, past_due: 1, blocked: 2 } as const;

/**
 * The open request that decides the badge at `at` and that the banner shows: the one furthest
 * along (Blocked, then Past Due), then the one due first, then the oldest card invoice. null when
 * nothing is owed.
 */
export function drivingRequest<R extends RequestStanding>(requests: readonly R[], at: Date): R | null {
  let best: R | null = null;
  for (const request of requests) {
    if (!isOwed(request)) continue;
    if (best === null || before(request, best, at)) best = request;
  }
  return best;
}

function before(a: RequestStanding, b: RequestStanding, at: Date): boolean {
  if (a.deadlines && b.deadlines) {
    const stage = SEVERITY[requestStage(a.deadlines, at)] - SEVERITY[requestStage(b.deadlines, at)];
    return stage !== 0 ? stage > 0 : a.deadlines.dueAt.getTime() < b.deadlines.dueAt.getTime();
  }
  if (a.deadlines || b.deadlines) return a.deadlines !== null;
  return a.createdAt.getTime() < b.createdAt.getTime();
}
