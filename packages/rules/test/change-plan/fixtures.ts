// Plans, sub-accounts and actors for the change-plan tests. Builders take overrides so each test
// states only what matters to it.
import {
  type Actor,
  type Agency,
  type Caps,
  type Interval,
  money,
  type Plan,
  type ResourceCounts,
  type SubAccount,
  type Subscription,
} from '@plankit/rules';

export const AGENCY_ID = 'ag_1';
export const OTHER_AGENCY_ID = 'ag_2';

const monthly: Interval = { unit: 'month', count: 1 };
const yearly: Interval = { unit: 'year', count: 1 };
const roomyCaps: Caps = { agents: 10, teamMembers: 10, concurrentCalls: 5, knowledgeBaseMb: 1000, phoneNumbers: 10 };

export function plan(overrides: Partial<Plan> & Pick<Plan, 'id'>): Plan {
  const currency = overrides.currency ?? 'USD';
  return {
    agencyId: AGENCY_ID,
    name: overrides.id,
    currency,
    status: 'active',
    paymentType: 'stripe',
    interval: monthly,
    price: money(2000, currency),
    includedMinutes: 500,
    usageRate: null,
    addOnPacks: false,
    chatsPerMinute: null,
    paymentDueDays: 7,
    graceDays: 3,
    phoneNumberPrice: money(200, currency),
    caps: roomyCaps,
    contractOnly: false,
    ...overrides,
  };
}

// Stripe, USD, monthly.
export const starter = plan({ id: 'starter', name: 'Starter', price: money(2000, 'USD'), includedMinutes: 500 });
export const pro = plan({ id: 'pro', name: 'Pro', price: money(4000, 'USD'), includedMinutes: 1000 });
export const proPlus = plan({ id: 'pro_plus', name: 'Pro Plus', price: money(4000, 'USD'), includedMinutes: 1500 });
export const proTwin = plan({ id: 'pro_twin', name: 'Pro Twin', price: money(4000, 'USD'), includedMinutes: 1000 });
// Stripe, USD, yearly and every two months.
export const proYearly = plan({
  id: 'pro_yearly',
  name: 'Pro Yearly',
  interval: yearly,
  price: money(40_000, 'USD'),
  includedMinutes: 12_000,
});
export const bimonthly = plan({
  id: 'bimonthly',
  name: 'Bimonthly',
  interval: { unit: 'month', count: 2 },
  price: money(7000, 'USD'),
  includedMinutes: 1200,
});
// Offline, USD, monthly.
export const offlineBasic = plan({
  id: 'off_basic',
  name: 'Offline Basic',
  paymentType: 'offline',
  price: money(3000, 'USD'),
  includedMinutes: 300,
});
export const offlinePlus = plan({
  id: 'off_plus',
  name: 'Offline Plus',
  paymentType: 'offline',
  price: money(7500, 'USD'),
  includedMinutes: 900,
});
// Other currencies.
export const jpyLite = plan({ id: 'jpy_lite', name: 'Lite JP', currency: 'JPY', price: money(1000, 'JPY') });
export const jpyMax = plan({
  id: 'jpy_max',
  name: 'Max JP',
  currency: 'JPY',
  price: money(3000, 'JPY'),
  includedMinutes: 800,
});
export const kwdLite = plan({ id: 'kwd_lite', name: 'Lite KW', currency: 'KWD', price: money(5000, 'KWD') });
export const kwdMax = plan({
  id: 'kwd_max',
  name: 'Max KW',
  currency: 'KWD',
  price: money(12_345, 'KWD'),
  includedMinutes: 700,
});
export const eurStarter = plan({ id: 'eur_starter', name: 'Starter EU', currency: 'EUR', price: money(2000, 'EUR') });

export const agency: Agency = {
  id: AGENCY_ID,
  name: 'Acme Agency',
  currency: 'USD',
  features: { changePlan: true },
  creditPool: null,
};

export const owner: Actor = { kind: 'agency_member', agencyId: AGENCY_ID, userId: 'u_owner', role: 'owner' };
export const otherAgencyMember: Actor = {
  kind: 'agency_member',
  agencyId: OTHER_AGENCY_ID,
  userId: 'u_other',
  role: 'owner',
};
export const clientUser: Actor = { kind: 'sub_account_user', subAccountId: 'sa_1', userId: 'u_client' };
export const otherClientUser: Actor = { kind: 'sub_account_user', subAccountId: 'sa_9', userId: 'u_client9' };

// The current period used throughout: Nov 1 → Dec 1 2026, 30 days = 2,592,000 s.
export const PERIOD_START = new Date('2026-11-01T00:00:00Z');
export const PERIOD_END = new Date('2026-12-01T00:00:00Z');
/** Exactly mid-period: 1,296,000 s left of 2,592,000 (f = 1/2). */
export const MID = new Date('2026-11-16T00:00:00Z');
/** 9 d 16 h before period end: 835,200 s left of 2,592,000. */
export const LATE = new Date('2026-11-21T08:00:00Z');

const noResources: ResourceCounts = {
  agents: 0,
  teamMembers: 0,
  concurrentCalls: 0,
  knowledgeBaseMb: 0,
  phoneNumbers: 0,
};

export function subscription(terms: Plan, overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: 'sub_1',
    version: 3,
    terms,
    termsSince: PERIOD_START,
    status: 'active',
    anchor: PERIOD_START,
    periodStart: PERIOD_START,
    periodEnd: PERIOD_END,
    trialEnd: null,
    periodPaid: true,
    hasOpenInvoice: false,
    scheduledChange: null,
    cancelAt: null,
    ...overrides,
  };
}

export function subAccount(overrides: Partial<SubAccount> = {}): SubAccount {
  return {
    id: 'sa_1',
    agencyId: AGENCY_ID,
    name: 'Bright Dental',
    status: 'active',
    createdByAgency: true,
    customContract: false,
    assignedPlanId: null,
    subscription: null,
    hasPaymentMethod: true,
    creditBalance: null,
    usage: { voiceSeconds: 0, chats: 0, includedMinutes: 0, walletMinutes: 0, resources: noResources },
    ...overrides,
  };
}

/** A sub-account on `terms` with this period's included minutes granted. */
export function onPlan(
  terms: Plan,
  subscriptionOverrides: Partial<Subscription> = {},
  overrides: Partial<SubAccount> = {},
) {
  return subAccount({
    subscription: subscription(terms, subscriptionOverrides),
    usage: {
      voiceSeconds: 0,
      chats: 0,
      includedMinutes: terms.includedMinutes,
      walletMinutes: 0,
      resources: noResources,
    },
    ...overrides,
  });
}

export const resources = (counts: Partial<ResourceCounts>): ResourceCounts => ({ ...noResources, ...counts });
