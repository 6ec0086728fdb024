import {
  buyNumber,
  checkAssignable,
  eligibleUsers,
  money,
  NUMBER_EVENT_TYPES,
  NUMBER_STATES,
  type NumberEvent,
  type NumberEventType,
  type NumberState,
  numberMonthlyPrice,
  type PhoneNumber,
  type SubAccount,
  type SubAccountUser,
  type Subscription,
  transitionNumber,
  userEligibility,
} from '@plankit/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const bought = buyNumber({
  id: 'n1',
  agencyId: 'ag1',
  e164: '+14155550100',
  country: 'US',
  capabilities: ['voice', 'sms'],
  telcoCost: money(115, 'USD'),
}).number;

const assignedAt = new Date('2024-01-20T09:00:00Z');
const activatedAt = new Date('2024-01-31T15:00:00Z');
const assignment = {
  userId: 'u1',
  subAccountId: 'sa1',
  monthlyPrice: money(315, 'USD'),
  assignedAt,
  activatedAt: null,
};
const numbers: Record<NumberState, PhoneNumber> = {
  unassigned: bought,
  pending_payment: { ...bought, state: 'pending_payment', assignedTo: assignment },
  active: {
    ...bought,
    state: 'active',
    agentId: 'agent7',
    assignedTo: { ...assignment, activatedAt },
    periodEnd: new Date('2024-02-29T15:00:00Z'),
  },
  releasing: {
    ...bought,
    state: 'releasing',
    agentId: 'agent7',
    assignedTo: { ...assignment, activatedAt },
    periodEnd: new Date('2024-02-29T15:00:00Z'),
  },
};
const events: Record<NumberEventType, NumberEvent> = {
  assign: { type: 'assign', userId: 'u1', subAccountId: 'sa1', monthlyPrice: money(315, 'USD') },
  activate: { type: 'activate' },
  release: { type: 'release' },
  unassign: { type: 'unassign' },
  period_end: { type: 'period_end' },
  link_agent: { type: 'link_agent', agentId: 'agent9' },
  unlink_agent: { type: 'unlink_agent' },
};
const afterPeriodEnd = new Date('2024-02-29T15:00:00Z');

describe('transitionNumber: every state × event (at the period end instant)', () => {
  // Allowed moves → next state; otherwise the reason refused.
  const table: Record<
    NumberState,
    Record<NumberEventType, NumberState | 'illegal_transition' | 'number_not_unassigned'>
  > = {
    unassigned: {
      assign: 'pending_payment',
      activate: 'illegal_transition',
      release: 'illegal_transition',
      unassign: 'illegal_transition',
      period_end: 'illegal_transition',
      link_agent: 'unassigned',
      unlink_agent: 'illegal_transition',
    },
    pending_payment: {
      assign: 'number_not_unassigned',
      activate: 'active',
      release: 'illegal_transition',
      unassign: 'unassigned',
      period_end: 'illegal_transition',
      link_agent: 'illegal_transition',
      unlink_agent: 'illegal_transition',
    },
    active: {
      assign: 'number_not_unassigned',
      activate: 'illegal_transition',
      release: 'releasing',
      unassign: 'unassigned',
      period_end: 'active',
      link_agent: 'active',
      unlink_agent: 'active',
    },
    releasing: {
      assign: 'number_not_unassigned',
      activate: 'illegal_transition',
      release: 'illegal_transition',
      unassign: 'unassigned',
      period_end: 'unassigned',
      link_agent: 'illegal_transition',
      unlink_agent: 'releasing',
    },
  };
  const rows = NUMBER_STATES.flatMap((state) =>
    NUMBER_EVENT_TYPES.map((type) => [state, type, table[state][type]] as const),
  );
  it.each(rows)('%s + %s → %s', (state, type, expected) => {
    const result = transitionNumber({ number: numbers[state], event: events[type], now: afterPeriodEnd });
    if (expected === 'illegal_transition') {
      expect(result).toEqual({ ok: false, reason: 'illegal_transition', params: { from: state, event: type } });
    } else if (expected === 'number_not_unassigned') {
      expect(result).toEqual({ ok: false, reason: 'number_not_unassigned', params: { state } });
    } else {
      expect(result.ok && result.number.state).toBe(expected);
    }
  });
});

describe('given a number bought into the pool', () => {
  it('is unassigned with no agent, and the first month of telco cost is charged to the agency', () => {
    const result = buyNumber({
      id: 'n2',
      agencyId: 'ag1',
      e164: '+442071838750',
      country: 'GB',
      capabilities: ['voice', 'voice'],
      telcoCost: money(150, 'GBP'),
    });
    expect(result).toEqual({
      number: {
        id: 'n2',
        agencyId: 'ag1',
        e164: '+442071838750',
        country: 'GB',
        capabilities: ['voice'],
        telcoCost: money(150, 'GBP'),
        agentId: null,
        state: 'unassigned',
        assignedTo: null,
        periodEnd: null,
      },
      charge: money(150, 'GBP'),
    });
  });

  it.each([
    ['a number that is not E.164', { e164: '4155550100' }],
    ['no capabilities', { capabilities: [] }],
  ])('rejects %s', (_name, patch) => {
    expect(() =>
      buyNumber({
        id: 'n',
        agencyId: 'ag1',
        e164: '+14155550100',
        country: 'US',
        capabilities: ['voice'],
        telcoCost: money(100, 'USD'),
        ...patch,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('can be linked to one of the agency agents while unassigned', () => {
    const result = transitionNumber({ number: bought, event: events.link_agent, now: assignedAt });
    expect(result).toEqual({ ok: true, number: { ...bought, agentId: 'agent9' }, detachedAgentId: null });
  });
});

describe('assigning', () => {
  it('reserves the number for the user at the fixed monthly price, pending payment', () => {
    expect(transitionNumber({ number: bought, event: events.assign, now: assignedAt })).toEqual({
      ok: true,
      number: { ...bought, state: 'pending_payment', assignedTo: assignment, periodEnd: null },
      detachedAgentId: null,
    });
  });

  it('refuses a number linked to an agent: detach it first', () => {
    const linked = { ...bought, agentId: 'agent7' };
    expect(transitionNumber({ number: linked, event: events.assign, now: assignedAt })).toEqual({
      ok: false,
      reason: 'number_linked_to_agent',
      params: { agentId: 'agent7' },
    });
  });

  it('refuses a monthly price in another currency than the telco cost', () => {
    const event: NumberEvent = { type: 'assign', userId: 'u1', subAccountId: 'sa1', monthlyPrice: money(315, 'EUR') };
    expect(transitionNumber({ number: bought, event, now: assignedAt })).toEqual({
      ok: false,
      reason: 'currency_mismatch',
      params: { numberCurrency: 'USD', planCurrency: 'EUR' },
    });
  });

  it('never expires while pending payment, even years later', () => {
    const later = new Date('2030-01-01T00:00:00Z');
    expect(transitionNumber({ number: numbers.pending_payment, event: events.period_end, now: later })).toMatchObject({
      reason: 'illegal_transition',
    });
  });
});

describe('activating and renewing', () => {
  it('activates on payment, billed on that day each month: Jan 31 → Feb 29', () => {
    const result = transitionNumber({ number: numbers.pending_payment, event: events.activate, now: activatedAt });
    expect(result).toEqual({
      ok: true,
      number: {
        ...numbers.pending_payment,
        state: 'active',
        assignedTo: { ...assignment, activatedAt },
        periodEnd: new Date('2024-02-29T15:00:00Z'),
      },
      detachedAgentId: null,
    });
  });

  it('renews from the activation day, not the shortened month: Feb 29 → Mar 31 → Apr 30', () => {
    const march = transitionNumber({ number: numbers.active, event: events.period_end, now: afterPeriodEnd });
    expect(march.ok && march.number.periodEnd).toEqual(new Date('2024-03-31T15:00:00Z'));
    if (!march.ok) return;
    const april = transitionNumber({ number: march.number, event: events.period_end, now: new Date('2024-04-01') });
    expect(april.ok && april.number.periodEnd).toEqual(new Date('2024-04-30T15:00:00Z'));
  });

  it('refuses a period end one ms before the paid month ends', () => {
    const early = new Date('2024-02-29T14:59:59.999Z');
    expect(transitionNumber({ number: numbers.active, event: events.period_end, now: early })).toEqual({
      ok: false,
      reason: 'illegal_transition',
      params: { from: 'active', event: 'period_end' },
    });
  });
});

describe('releasing (sub-account, at period end)', () => {
  it('keeps the number, its agent and its paid month until period end; no refund', () => {
    const result = transitionNumber({ number: numbers.active, event: events.release, now: activatedAt });
    expect(result).toEqual({ ok: true, number: { ...numbers.active, state: 'releasing' }, detachedAgentId: null });
  });

  it('stays usable one ms before the period end', () => {
    const early = new Date('2024-02-29T14:59:59.999Z');
    expect(transitionNumber({ number: numbers.releasing, event: events.period_end, now: early })).toMatchObject({
      reason: 'illegal_transition',
    });
  });

  it('returns to the pool at period end, detached from its agent', () => {
    expect(transitionNumber({ number: numbers.releasing, event: events.period_end, now: afterPeriodEnd })).toEqual({
      ok: true,
      number: bought,
      detachedAgentId: 'agent7',
    });
  });
});

describe('unassigning (agency, immediate)', () => {
  it.each<NumberState>(['pending_payment', 'active', 'releasing'])(
    'returns a %s number to the pool now, detached and with the assignment cleared',
    (state) => {
      const result = transitionNumber({ number: numbers[state], event: events.unassign, now: activatedAt });
      expect(result).toEqual({ ok: true, number: bought, detachedAgentId: numbers[state].agentId });
    },
  );
});

describe('numberMonthlyPrice', () => {
  it("adds the telco cost and the plan's phone number price: 1.15 + 2.00 = 3.15 USD", () => {
    expect(numberMonthlyPrice({ number: bought, terms: { phoneNumberPrice: money(200, 'USD') } })).toEqual({
      ok: true,
      price: money(315, 'USD'),
    });
  });

  it('refuses when the plan is in another currency', () => {
    expect(numberMonthlyPrice({ number: bought, terms: { phoneNumberPrice: money(200, 'EUR') } })).toEqual({
      ok: false,
      reason: 'currency_mismatch',
      params: { numberCurrency: 'USD', planCurrency: 'EUR' },
    });
  });
});

describe('checkAssignable', () => {
  it('accepts an unassigned number with no agent', () => {
    expect(checkAssignable(bought)).toEqual({ ok: true });
  });
  it('refuses an assigned number, then a linked one', () => {
    expect(checkAssignable(numbers.active)).toEqual({
      ok: false,
      reason: 'number_not_unassigned',
      params: { state: 'active' },
    });
    expect(checkAssignable({ ...bought, agentId: 'a1' })).toMatchObject({ reason: 'number_linked_to_agent' });
  });
});

describe('eligible users', () => {
  const subscription: Pick<Subscription, 'status'> = { status: 'active' };
  const subAccount: Pick<SubAccount, 'id' | 'agencyId' | 'status' | 'hasPaymentMethod'> & {
    subscription: Pick<Subscription, 'status'> | null;
  } = {
    id: 'sa1',
    agencyId: 'ag1',
    status: 'active',
    subscription,
    hasPaymentMethod: true,
  };
  const user: Pick<SubAccountUser, 'subAccountId' | 'status'> & { id: string } = {
    id: 'u1',
    subAccountId: 'sa1',
    status: 'approved',
  };

  // Seeds: "The dropdown only shows approved users from your sub-accounts who have an active plan."
  const table: [string, typeof user, typeof subAccount, unknown][] = [
    ['an approved user with an active plan and a card', user, subAccount, { ok: true }],
    [
      'a trialing subscription',
      user,
      { ...subAccount, subscription: { ...subscription, status: 'trialing' } },
      { ok: true },
    ],
    ["another agency's sub-account", user, { ...subAccount, agencyId: 'ag2' }, { ok: false, reason: 'not_found' }],
    [
      'a pending user',
      { ...user, status: 'pending' },
      subAccount,
      { ok: false, reason: 'user_not_approved', params: { status: 'pending' } },
    ],
    [
      'a blocked user',
      { ...user, status: 'blocked' },
      subAccount,
      { ok: false, reason: 'user_not_approved', params: { status: 'blocked' } },
    ],
    [
      'an approved user of a sub-account the agency blocked',
      user,
      { ...subAccount, status: 'blocked' },
      { ok: false, reason: 'sub_account_blocked' },
    ],
    [
      'no subscription',
      user,
      { ...subAccount, subscription: null },
      { ok: false, reason: 'user_subscription_inactive', params: { status: 'none' } },
    ],
    [
      'a past-due subscription',
      user,
      { ...subAccount, subscription: { ...subscription, status: 'past_due' } },
      { ok: false, reason: 'user_subscription_inactive', params: { status: 'past_due' } },
    ],
    [
      'no payment method',
      user,
      { ...subAccount, hasPaymentMethod: false },
      { ok: false, reason: 'payment_method_required' },
    ],
  ];
  it.each(table)('%s', (_name, u, s, expected) => {
    expect(userEligibility({ agencyId: 'ag1', user: u, subAccount: s })).toEqual(expected);
  });

  it('splits candidates into eligible and ineligible with reasons, keeping order', () => {
    const pending = { ...user, id: 'u2', status: 'pending' as const };
    const other = { ...user, id: 'u3' };
    const result = eligibleUsers({
      agencyId: 'ag1',
      candidates: [
        { user, subAccount },
        { user: pending, subAccount },
        { user: other, subAccount },
      ],
    });
    expect(result.eligible.map((c) => c.user.id)).toEqual(['u1', 'u3']);
    expect(result.ineligible).toEqual([
      { user: pending, subAccount, refusal: { ok: false, reason: 'user_not_approved', params: { status: 'pending' } } },
    ]);
  });
});

describe('property: any sequence of events keeps a number consistent', () => {
  const eventArb = fc.oneof(
    fc.constant<NumberEvent>(events.assign),
    fc.constant<NumberEvent>(events.activate),
    fc.constant<NumberEvent>(events.release),
    fc.constant<NumberEvent>(events.unassign),
    fc.constant<NumberEvent>(events.period_end),
    fc.constantFrom('agent1', 'agent2').map<NumberEvent>((agentId) => ({ type: 'link_agent', agentId })),
    fc.constant<NumberEvent>(events.unlink_agent),
  );
  const stepArb = fc.tuple(eventArb, fc.integer({ min: 0, max: 45 * 86_400_000 }));

  it('holds the state invariants and only refuses with the documented reasons (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let number = bought;
        let now = new Date('2024-01-01T00:00:00Z').getTime();
        for (const [event, advance] of steps) {
          now += advance;
          const result = transitionNumber({ number, event, now: new Date(now) });
          if (!result.ok) {
            expect(['illegal_transition', 'number_not_unassigned', 'number_linked_to_agent']).toContain(result.reason);
            continue;
          }
          number = result.number;
          const { state, assignedTo, periodEnd, agentId } = number;
          if (state === 'unassigned') expect([assignedTo, periodEnd]).toEqual([null, null]);
          if (state === 'pending_payment') {
            expect(assignedTo).not.toBeNull();
            expect([periodEnd, agentId]).toEqual([null, null]);
          }
          if (state === 'active' || state === 'releasing') {
            expect(assignedTo?.activatedAt).toBeInstanceOf(Date);
            // Billed on the activation day each month: the period end keeps that day unless the month is shorter.
            const anchorDay = assignedTo?.activatedAt?.getUTCDate() ?? 0;
            const end = periodEnd ?? new Date(Number.NaN);
            const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
            expect(end.getUTCDate()).toBe(Math.min(anchorDay, lastDay));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
