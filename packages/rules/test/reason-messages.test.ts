import {
  CAP_KINDS,
  type MessageValue,
  money,
  NUMBER_EVENT_TYPES,
  NUMBER_STATES,
  REASON_CODES,
  type ReasonCode,
  rate,
  refuse,
} from '@plankit/rules';
import {
  describeRefusal,
  formatMessageValue,
  interpolate,
  messagePlaceholders,
  reasonMessages,
  reasonParamLabels,
} from '@plankit/rules/messages';
import { describe, expect, it } from 'vitest';

// The params each code's producers pass, one entry per producer shape (an empty object: none).
const producedParams: Record<ReasonCode, readonly Readonly<Record<string, MessageValue>>[]> = {
  not_agency_member: [{}],
  feature_disabled: [{}],
  sub_account_blocked: [{}],
  not_created_by_agency: [{}],
  subscription_not_changeable: [{ status: 'incomplete' }],
  open_invoice: [{}],
  plan_not_active: [{ plan: 'Growth' }],
  same_plan: [{ plan: 'Growth' }],
  payment_type_mismatch: [{ current: 'offline', target: 'stripe' }],
  currency_mismatch: [
    { current: 'USD', target: 'EUR' },
    { numberCurrency: 'EUR', planCurrency: 'USD' },
  ],
  payment_method_required: [{}],
  card_declined: [{}],
  over_limit: [{ resource: 'agents', usage: 4, cap: 3 }],
  contact_sales: [{ plan: 'Enterprise' }],
  quote_expired: [{ reason: 'version' }, { reason: 'age', ttlSeconds: 600 }],
  insufficient_agency_credit: [{ required: money(2500, 'USD'), available: money(1000, 'USD') }],
  number_not_unassigned: [{ state: 'active' }],
  number_linked_to_agent: [{ agentId: 'agent7' }],
  user_not_approved: [{ status: 'pending' }],
  user_subscription_inactive: [{ status: 'none' }],
  illegal_transition: [{ from: 'releasing', event: 'assign' }],
  seats_not_sold: [{}],
  seats_below_included: [{ included: 2 }],
  packs_not_allowed: [{ plan: 'Starter' }],
  no_change: [{}],
  cancel_now_not_allowed: [{}],
  not_found: [{}],
};

describe('reasonMessages', () => {
  it('has a message for exactly the reason codes', () => {
    expect(Object.keys(reasonMessages).sort()).toEqual([...REASON_CODES].sort());
  });

  it.each(REASON_CODES)('%s: a non-empty message ending with a period, every placeholder filled', (code) => {
    const message = reasonMessages[code];
    expect(message.length).toBeGreaterThan(20);
    expect(message.endsWith('.')).toBe(true);
    for (const params of producedParams[code]) {
      for (const name of messagePlaceholders(message)) expect(Object.keys(params)).toContain(name);
      expect(describeRefusal(refuse(code, params))).not.toMatch(/[{}]/);
    }
  });

  it.each<[ReasonCode, string]>([
    [
      'payment_type_mismatch',
      "Cannot change plan from offline to online or vice versa. Pick a plan with the sub-account's current payment type.",
    ],
    ['payment_method_required', 'The sub-account has no payment method on file. Ask them to add a card, then retry.'],
    [
      'card_declined',
      "The sub-account's card was declined, so nothing changed. Ask them to update their card or use another one, then retry.",
    ],
    ['number_linked_to_agent', 'This number is linked to an agent. Detach the number from the agent, then retry.'],
    ['sub_account_blocked', 'This sub-account is blocked. Unblock the sub-account first, then change the plan.'],
    ['feature_disabled', 'Changing plans is not enabled for your agency. Contact support to enable it.'],
    ['same_plan', 'This is the current plan. Pick a different plan.'],
  ])('%s says how to fix it, as the troubleshooting table does', (code, text) => {
    expect(reasonMessages[code]).toBe(text);
  });
});

describe('reasonParamLabels', () => {
  it('names every cap kind, number state and number event', () => {
    expect(Object.keys(reasonParamLabels.resource ?? {}).sort()).toEqual([...CAP_KINDS].sort());
    expect(Object.keys(reasonParamLabels.from ?? {}).sort()).toEqual([...NUMBER_STATES].sort());
    expect(Object.keys(reasonParamLabels.event ?? {}).sort()).toEqual([...NUMBER_EVENT_TYPES].sort());
  });
});

describe('describeRefusal', () => {
  it('fills the params of an over-limit refusal', () => {
    expect(describeRefusal(refuse('over_limit', { resource: 'agents', usage: 4, cap: 3 }))).toBe(
      'Agents: 4 in use and the cap is 3. Remove some until usage is under the cap, or pick a plan with a higher cap.',
    );
  });

  it('fills money params as amount and ISO code', () => {
    expect(
      describeRefusal(
        refuse('insufficient_agency_credit', { required: money(2500, 'USD'), available: money(1000, 'USD') }),
      ),
    ).toBe(
      'This change needs 25.00 USD of agency credit but the pool holds 10.00 USD. Add credit to the agency pool, then retry.',
    );
  });

  it('fills an illegal transition with the state and the action', () => {
    expect(describeRefusal(refuse('illegal_transition', { from: 'releasing', event: 'assign' }))).toBe(
      'A number in state Releasing cannot take the Assign action. Refresh to see its current state, then retry.',
    );
  });

  it('uses a message override (a translation) and a custom value formatter', () => {
    const text = describeRefusal(refuse('over_limit', { resource: 'agents', usage: 4, cap: 3 }), {
      messages: { over_limit: '{resource}: {usage} von {cap}.' },
      formatValue: (value) => `<${String(value)}>`,
    });
    expect(text).toBe('<Agents>: <4> von <3>.');
  });

  it('uses translated labels for code-valued params', () => {
    const text = describeRefusal(refuse('over_limit', { resource: 'teamMembers', usage: 6, cap: 5 }), {
      messages: { over_limit: '{resource}: {usage} von {cap}.' },
      paramLabels: { resource: { teamMembers: 'Teammitglieder' } },
    });
    expect(text).toBe('Teammitglieder: 6 von 5.');
  });

  it('names a subscription status in words', () => {
    expect(describeRefusal(refuse('subscription_not_changeable', { status: 'incomplete_expired' }))).toBe(
      'The subscription is expired, so its plan cannot be changed. Bring the subscription back to active, or start a new one.',
    );
  });

  it('keeps the English default for codes the override does not cover', () => {
    expect(describeRefusal(refuse('same_plan'), { messages: { over_limit: 'x' } })).toBe(
      'This is the current plan. Pick a different plan.',
    );
  });
});

describe('formatMessageValue', () => {
  it.each<[string, MessageValue, string]>([
    ['a number as is', 1234.5, '1234.5'],
    ['a string as is', 'agents', 'agents'],
    ['a date as ISO 8601', new Date('2024-02-29T10:00:00Z'), '2024-02-29T10:00:00.000Z'],
    ['USD money with 2 decimals', money(1250, 'USD'), '12.50 USD'],
    ['negative money', money(-5, 'USD'), '-0.05 USD'],
    ['JPY money with none', money(1250, 'JPY'), '1250 JPY'],
    ['KWD money with 3', money(1250, 'KWD'), '1.250 KWD'],
    ['a rate finer than a cent', rate(15, 'USD', 1), '0.015 USD'],
    ['a whole-cent rate keeps 2 decimals', rate(150, 'USD', 1), '0.15 USD'],
    ['a host currency missing from the table as minor units', money(1250, 'USDT'), '1250 USDT minor units'],
  ])('formats %s', (_name, value, text) => {
    expect(formatMessageValue(value)).toBe(text);
  });

  it('uses a host currency table', () => {
    expect(formatMessageValue(money(1_250_000, 'USDT'), { currencies: { USDT: 6 } })).toBe('1.250000 USDT');
  });
});

describe('interpolate', () => {
  const monthly = '{count, plural, one {Monthly} other {#× Monthly}}';

  it('picks the "one" branch for 1 and "other" with # for more', () => {
    expect(interpolate(monthly, { count: 1 })).toBe('Monthly');
    expect(interpolate(monthly, { count: 2 })).toBe('2× Monthly');
  });

  it('prefers an exact =n branch', () => {
    expect(interpolate('{n, plural, =0 {none} one {one} other {# left}}', { n: 0 })).toBe('none');
  });

  it('fills placeholders nested in a branch', () => {
    expect(interpolate('{n, plural, one {# chat for {who}} other {# chats for {who}}}', { n: 3, who: 'Ada' })).toBe(
      '3 chats for Ada',
    );
  });

  it('uses the locale plural rules when given', () => {
    const t = '{n, plural, one {one} few {few} many {many} other {other}}';
    expect(interpolate(t, { n: 3 }, { locale: 'pl' })).toBe('few');
    expect(interpolate(t, { n: 3 })).toBe('other');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('Hello {name}.', {})).toBe('Hello {name}.');
  });

  it('lists the names a template reads, not plural branch texts', () => {
    expect(messagePlaceholders('{a} {n, plural, one {Monthly} other {# for {b}}} {a}')).toEqual(['a', 'n', 'b']);
  });
});
