import {
  type BillingBadge,
  billingBadge,
  money,
  type Plan,
  paymentDeadlines,
  type SubscriptionStatus,
  startSubscription,
} from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { plan } from './change-plan/fixtures';

const offlinePlan = plan({
  id: 'growth',
  name: 'Growth',
  paymentType: 'offline',
  price: money(9900, 'USD'),
  includedMinutes: 1000,
  caps: { agents: null, teamMembers: null, concurrentCalls: null, knowledgeBaseMb: null, phoneNumbers: null },
});
const stripePlan: Plan = { ...offlinePlan, paymentType: 'stripe' };
const periodStart = new Date('2024-03-01T12:00:00Z');

describe('given an unpaid offline period starting 2024-03-01 12:00 with 7 due days and 3 grace days', () => {
  const { subscription } = startSubscription({ id: 's', plan: offlinePlan, now: periodStart });
  // due = start + 7 × 24 h = 2024-03-08 12:00; blocked = due + 3 × 24 h = 2024-03-11 12:00
  const table: [string, BillingBadge][] = [
    ['2024-03-01T12:00:00.000Z', 'active'],
    ['2024-03-08T11:59:59.999Z', 'active'],
    ['2024-03-08T12:00:00.000Z', 'past_due'],
    ['2024-03-08T12:00:00.001Z', 'past_due'],
    ['2024-03-11T11:59:59.999Z', 'past_due'],
    ['2024-03-11T12:00:00.000Z', 'blocked'],
    ['2024-03-11T12:00:00.001Z', 'blocked'],
  ];
  it.each(table)('at %s shows %s', (at, badge) => {
    expect(billingBadge({ subscription, at: new Date(at) })).toBe(badge);
  });

  it('states the due and blocked instants', () => {
    expect(paymentDeadlines(subscription)).toEqual({
      dueAt: new Date('2024-03-08T12:00:00Z'),
      blockedAt: new Date('2024-03-11T12:00:00Z'),
    });
  });

  it('shows active at any instant once the period is paid', () => {
    expect(
      billingBadge({ subscription: { ...subscription, periodPaid: true }, at: new Date('2024-03-20T00:00:00Z') }),
    ).toBe('active');
  });

  it('blocks on the due day itself when there are no grace days', () => {
    const noGrace = { ...subscription, terms: { ...offlinePlan, graceDays: 0 } };
    expect(billingBadge({ subscription: noGrace, at: new Date('2024-03-08T11:59:59.999Z') })).toBe('active');
    expect(billingBadge({ subscription: noGrace, at: new Date('2024-03-08T12:00:00Z') })).toBe('blocked');
  });

  it.each<SubscriptionStatus>(['canceled', 'incomplete_expired', 'paused'])('shows inactive when %s', (status) => {
    expect(billingBadge({ subscription: { ...subscription, status }, at: new Date('2024-03-20T00:00:00Z') })).toBe(
      'inactive',
    );
  });
});

describe('given a Stripe subscription', () => {
  const { subscription } = startSubscription({ id: 's', plan: stripePlan, now: periodStart });
  const table: [SubscriptionStatus, BillingBadge][] = [
    ['active', 'active'],
    ['trialing', 'active'],
    ['past_due', 'past_due'],
    ['unpaid', 'blocked'],
    ['incomplete', 'inactive'],
    ['incomplete_expired', 'inactive'],
    ['paused', 'inactive'],
    ['canceled', 'inactive'],
  ];
  it.each(table)('maps status %s to %s, whatever the due days say', (status, badge) => {
    expect(billingBadge({ subscription: { ...subscription, status }, at: new Date('2024-03-30T00:00:00Z') })).toBe(
      badge,
    );
  });
});
