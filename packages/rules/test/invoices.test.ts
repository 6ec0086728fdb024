import {
  applyCredit,
  billingBadge,
  linesTotal,
  money,
  paymentState,
  type RequestStanding,
  rate,
  renewalLines,
  requestDeadlines,
  startSubscription,
} from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { plan } from './change-plan/fixtures';

const usd = (amount: number) => money(amount, 'USD');
const basic = plan({
  id: 'basic',
  name: 'Basic (invoiced)',
  paymentType: 'offline',
  price: usd(2000),
  includedMinutes: 200,
  usageRate: rate(15, 'USD', 1),
  paymentDueDays: 14,
  graceDays: 7,
});
const start = new Date('2026-05-01T00:00:00Z');
const end = new Date('2026-06-01T00:00:00Z');

describe('renewalLines', () => {
  it('bills the period’s fee', () => {
    expect(renewalLines({ terms: basic, periodStart: start, periodEnd: end })).toEqual([
      {
        description: { key: 'invoice.line.period_fee', values: { plan: 'Basic (invoiced)', start, end } },
        amount: usd(2000),
      },
    ]);
  });

  it('adds billed excess minutes × rate, rounded once: 101 × $0.015 = $1.515 → $1.52', () => {
    const lines = renewalLines({ terms: basic, periodStart: start, periodEnd: end, billedExcessMinutes: 101 });
    expect(lines[1]).toEqual({
      description: { key: 'invoice.line.usage', values: { minutes: 101, rate: rate(15, 'USD', 1) } },
      amount: usd(152),
    });
    expect(linesTotal(lines, 'USD')).toEqual(usd(2152));
  });

  it('has no lines for a usage-only plan with no excess', () => {
    expect(renewalLines({ terms: { ...basic, price: null }, periodStart: start, periodEnd: end })).toEqual([]);
  });

  it('refuses a line in another currency', () => {
    const lines = renewalLines({ terms: basic, periodStart: start, periodEnd: end });
    expect(() => linesTotal(lines, 'EUR')).toThrow(expect.objectContaining({ code: 'currency_mismatch' }));
  });
});

describe('applyCredit', () => {
  const lines = renewalLines({ terms: basic, periodStart: start, periodEnd: end });
  const creditLine = (amount: number) => ({ description: { key: 'invoice.line.credit_applied' }, amount: usd(amount) });

  it('given a $20.00 request and a $20.00 balance, the request is zero and the balance is used up', () => {
    expect(applyCredit({ lines, currency: 'USD', balance: usd(2000) })).toEqual({
      lines: [...lines, creditLine(-2000)],
      total: usd(0),
      creditUsed: usd(2000),
      balanceAfter: usd(0),
    });
  });

  it('given a $5.00 balance, $15.00 is left to pay and both lines are shown', () => {
    expect(applyCredit({ lines, currency: 'USD', balance: usd(500) })).toEqual({
      lines: [...lines, creditLine(-500)],
      total: usd(1500),
      creditUsed: usd(500),
      balanceAfter: usd(0),
    });
  });

  it('given a $45.00 balance, $25.00 stays on the balance: credit never becomes cash', () => {
    const applied = applyCredit({ lines, currency: 'USD', balance: usd(4500) });
    expect([applied.total, applied.creditUsed, applied.balanceAfter]).toEqual([usd(0), usd(2000), usd(2500)]);
  });

  it('leaves a balance in another currency untouched', () => {
    expect(applyCredit({ lines, currency: 'USD', balance: money(2000, 'EUR') })).toEqual({
      lines,
      total: usd(2000),
      creditUsed: usd(0),
      balanceAfter: money(2000, 'EUR'),
    });
  });

  it('adds no line without a balance', () => {
    expect(applyCredit({ lines, currency: 'USD', balance: null }).lines).toEqual(lines);
  });
});

describe('given offline requests with 14 due days and 7 grace days', () => {
  const { subscription } = startSubscription({ id: 's', plan: basic, now: start });
  const request = (id: string, periodStart: Date, status: RequestStanding['status'] = 'open'): RequestStanding => ({
    id,
    status,
    deadlines: requestDeadlines({ periodStart, terms: basic }),
    createdAt: periodStart,
  });
  const may = request('may', start);

  it('reads due and blocked from the request’s own period: May 1 → due May 15, blocked May 22', () => {
    expect(may.deadlines).toEqual({
      dueAt: new Date('2026-05-15T00:00:00Z'),
      blockedAt: new Date('2026-05-22T00:00:00Z'),
    });
  });

  const walk: [string, string][] = [
    ['2026-05-14T23:59:59Z', 'active'],
    ['2026-05-15T00:00:00Z', 'past_due'],
    ['2026-05-21T23:59:59Z', 'past_due'],
    ['2026-05-22T00:00:00Z', 'blocked'],
  ];
  it.each(walk)('at %s the badge is %s and the banner shows the May request', (at, badge) => {
    const state = paymentState({ subscription, requests: [may], at: new Date(at) });
    expect([state.badge, state.request?.id]).toEqual([badge, 'may']);
  });

  it('keeps an old request’s dates after the subscription moved to a new period', () => {
    // The period moved on (a switch to yearly on May 13): the May request still falls due May 15.
    const moved = { ...subscription, periodStart: new Date('2026-05-13T00:00:00Z'), periodPaid: false };
    const at = new Date('2026-05-16T00:00:00Z');
    expect(paymentState({ subscription: moved, requests: [may], at })).toEqual({ badge: 'past_due', request: may });
  });

  it.each(['void', 'paid', 'draft', 'uncollectible'] as const)('a %s request never blocks', (status) => {
    const at = new Date('2026-07-01T00:00:00Z');
    expect(paymentState({ subscription, requests: [request('may', start, status)], at })).toEqual({
      badge: 'active',
      request: null,
    });
  });

  it('shows the request furthest along when two are open', () => {
    const june = request('june', end);
    const at = new Date('2026-06-20T00:00:00Z');
    expect(paymentState({ subscription, requests: [june, may], at }).request?.id).toBe('may');
    expect(billingBadge({ subscription, requests: [june, may], at })).toBe('blocked');
  });

  it('is Active with no requests, whatever periodPaid says', () => {
    const at = new Date('2026-07-01T00:00:00Z');
    expect(billingBadge({ subscription: { ...subscription, periodPaid: false }, requests: [], at })).toBe('active');
  });
});
