import {
  type Interval,
  intervalLabel,
  intervalShortLabel,
  money,
  type Plan,
  type PlanMessageKey,
  planBadgeMessage,
  planBadges,
  rate,
  validatePlan,
} from '@plankit/rules';
import { interpolate, planMessages } from '@plankit/rules/messages';
import { describe, expect, it } from 'vitest';
import { plan } from './change-plan/fixtures';

const starter = plan({
  id: 'starter',
  name: 'Starter',
  price: money(4900, 'USD'),
  usageRate: rate(15, 'USD', 1),
  addOnPacks: true,
  chatsPerMinute: 4,
  caps: { agents: 3, teamMembers: 5, concurrentCalls: 2, knowledgeBaseMb: 100, phoneNumbers: null },
});
const usageOnly: Plan = {
  ...starter,
  id: 'payg',
  price: null,
  usageRate: null,
  addOnPacks: false,
  chatsPerMinute: null,
  includedMinutes: 0,
};

function english(ref: { key: string; values?: Parameters<typeof interpolate>[1] }): string {
  return interpolate(planMessages[ref.key as PlanMessageKey], ref.values);
}

describe('planBadges', () => {
  it('lists recurring, usage, add-on packs, chat and included minutes for a plan with everything on', () => {
    expect(planBadges(starter)).toEqual([
      { kind: 'recurring', on: true, price: money(4900, 'USD'), interval: { unit: 'month', count: 1 } },
      { kind: 'usage', on: true, rate: rate(15, 'USD', 1) },
      { kind: 'addOnPacks', on: true },
      { kind: 'chat', chatsPerMinute: 4 },
      { kind: 'includedMinutes', minutes: 500 },
    ]);
  });

  it('shows Off forms and no chat badge for a usage-only plan with everything off', () => {
    expect(planBadges(usageOnly)).toEqual([
      { kind: 'recurring', on: false },
      { kind: 'usage', on: false },
      { kind: 'addOnPacks', on: false },
      { kind: 'includedMinutes', minutes: 0 },
    ]);
  });

  it('reads in English as the seeds show it (default value formatting)', () => {
    expect(planBadges(starter).map((badge) => english(planBadgeMessage(badge)))).toEqual([
      'Recurring · 49.00 USD/mo',
      'Usage · 0.015 USD/min',
      'Add-on packs · On',
      '1 min = 4 chats',
      '500 minutes included',
    ]);
    expect(planBadges(usageOnly).map((badge) => english(planBadgeMessage(badge)))).toEqual([
      'Recurring · Off',
      'Usage · Off',
      'Add-on packs · Off',
      '0 minutes included',
    ]);
  });

  it('uses the singular for one chat and one minute, and the count for a 2-month fee', () => {
    const plan: Plan = { ...starter, chatsPerMinute: 1, includedMinutes: 1, interval: { unit: 'month', count: 2 } };
    expect(planBadges(plan).map((badge) => english(planBadgeMessage(badge)))).toEqual([
      'Recurring · 49.00 USD/2 mo',
      'Usage · 0.015 USD/min',
      'Add-on packs · On',
      '1 min = 1 chat',
      '1 minute included',
    ]);
  });
});

describe('interval labels', () => {
  const table: [Interval, string, string][] = [
    [{ unit: 'day', count: 1 }, 'Daily', '/day'],
    [{ unit: 'week', count: 1 }, 'Weekly', '/wk'],
    [{ unit: 'month', count: 1 }, 'Monthly', '/mo'],
    [{ unit: 'year', count: 1 }, 'Yearly', '/yr'],
    [{ unit: 'month', count: 2 }, '2× Monthly', '/2 mo'],
    [{ unit: 'week', count: 2 }, '2× Weekly', '/2 wk'],
    [{ unit: 'day', count: 3 }, '3× Daily', '/3 days'],
    [{ unit: 'year', count: 2 }, '2× Yearly', '/2 yr'],
  ];
  it.each(table)('%o reads "%s" and "%s"', (interval, label, short) => {
    expect(english(intervalLabel(interval))).toBe(label);
    expect(english(intervalShortLabel(interval))).toBe(short);
  });

  it('gives the key and count, for translation', () => {
    expect(intervalLabel({ unit: 'month', count: 2 })).toEqual({ key: 'interval.month', values: { count: 2 } });
    expect(intervalShortLabel({ unit: 'year', count: 1 })).toEqual({
      key: 'interval.short.year',
      values: { count: 1 },
    });
  });
});

describe('validatePlan', () => {
  it('accepts a well-formed plan and a usage-only plan', () => {
    expect(() => validatePlan(starter)).not.toThrow();
    expect(() => validatePlan(usageOnly)).not.toThrow();
  });

  it.each<[string, Partial<Plan>]>([
    ['a price in another currency', { price: money(4900, 'EUR') }],
    ['a usage rate in another currency', { usageRate: rate(15, 'EUR', 1) }],
    ['a phone number price in another currency', { phoneNumberPrice: money(200, 'EUR') }],
  ])('refuses %s as currency_mismatch', (_name, patch) => {
    expect(() => validatePlan({ ...starter, ...patch })).toThrow(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
  });

  it.each<[string, Partial<Plan>, string]>([
    ['a negative price', { price: { amount: -1, currency: 'USD' } }, 'invalid_amount'],
    ['a fractional price', { price: { amount: 49.5, currency: 'USD' } }, 'invalid_amount'],
    ['an interval count of 0', { interval: { unit: 'month', count: 0 } }, 'invalid_argument'],
    ['fractional included minutes', { includedMinutes: 0.5 }, 'invalid_argument'],
    ['0 chats per minute', { chatsPerMinute: 0 }, 'invalid_argument'],
    ['negative due days', { paymentDueDays: -1 }, 'invalid_argument'],
    ['fractional grace days', { graceDays: 1.5 }, 'invalid_argument'],
    ['a negative cap', { caps: { ...starter.caps, agents: -1 } }, 'invalid_argument'],
  ])('refuses %s', (_name, patch, code) => {
    expect(() => validatePlan({ ...starter, ...patch })).toThrow(expect.objectContaining({ code }));
  });
});
