// Catalogs and a sub-account for the rules benchmarks.
import {
  type Agency,
  type Interval,
  money,
  type PaymentType,
  type Plan,
  type SubAccount,
  startSubscription,
} from '@plankit/rules';

const AGENCY = 'ag_bench';
const intervals: Interval[] = [
  { unit: 'month', count: 1 },
  { unit: 'month', count: 3 },
  { unit: 'year', count: 1 },
  { unit: 'week', count: 2 },
];

export const agency: Agency = {
  id: AGENCY,
  name: 'Bench',
  currency: 'USD',
  features: { changePlan: true },
  creditPool: null,
};
export const actor = { kind: 'agency_member', agencyId: AGENCY, userId: 'u', role: 'owner' } as const;
export const now = new Date('2026-11-21T08:00:00Z');

/** A monthly Stripe USD plan. */
export function plan(id: string, price: number, includedMinutes: number): Plan {
  return {
    id,
    agencyId: AGENCY,
    name: id,
    currency: 'USD',
    status: 'active',
    paymentType: 'stripe',
    interval: { unit: 'month', count: 1 },
    price: money(price, 'USD'),
    includedMinutes,
    usageRate: null,
    addOnPacks: false,
    chatsPerMinute: null,
    paymentDueDays: 7,
    graceDays: 3,
    phoneNumberPrice: money(200, 'USD'),
    caps: { agents: 5, teamMembers: 5, concurrentCalls: 2, knowledgeBaseMb: 100, phoneNumbers: 3 },
    contractOnly: false,
  };
}

/** `size` plans: half Stripe, half offline, four intervals, a tenth archived, one in fifty contract-only. */
export function catalog(size: number): Plan[] {
  return Array.from({ length: size }, (_, i): Plan => {
    const paymentType: PaymentType = i % 2 === 0 ? 'stripe' : 'offline';
    return {
      ...plan(`plan_${i}`, 1000 + ((i * 7919) % 200_000), (i * 37) % 5000),
      name: `Plan ${String(i).padStart(5, '0')}`,
      status: i % 10 === 9 ? 'archived' : 'active',
      paymentType,
      interval: intervals[i % intervals.length] ?? { unit: 'month', count: 1 },
      contractOnly: i % 50 === 0,
    };
  });
}

/** An active sub-account on `current` since 1 Nov (free when null). */
export function subAccountOn(current: Plan | null): SubAccount {
  const subscription =
    current === null
      ? null
      : startSubscription({ id: 's', plan: current, now: new Date('2026-11-01T00:00:00Z') }).subscription;
  return {
    id: 'sa',
    agencyId: AGENCY,
    name: 'Bench client',
    status: 'active',
    createdByAgency: true,
    customContract: false,
    assignedPlanId: null,
    subscription,
    hasPaymentMethod: true,
    creditBalance: null,
    usage: {
      voiceSeconds: 0,
      chats: 0,
      includedMinutes: 0,
      walletMinutes: 0,
      resources: { agents: 3, teamMembers: 3, concurrentCalls: 1, knowledgeBaseMb: 10, phoneNumbers: 1 },
    },
  };
}
