// Deterministic data for stories and tests, written as wire DTOs and parsed by the contract's schemas,
// so a fixture that drifts from the contract fails loudly instead of rendering a state no server sends.
import type { Actor, Agency, ChangePlanPolicy, Plan, SubAccount } from '@plankit/rules';
import {
  Agency as AgencySchema,
  type PlanDto,
  Plan as PlanSchema,
  type SubAccountDto,
  SubAccount as SubAccountSchema,
  type SubscriptionDto,
} from '@plankit/sdk/contract';

/** The instant every story and test runs at. */
export const FIXED_NOW = new Date('2026-11-22T12:00:00.000Z');
export const AGENCY_ID = 'agency_acme';

const noCaps = { agents: null, teamMembers: null, concurrentCalls: null, knowledgeBaseMb: null, phoneNumbers: null };
const usd = (amount: number) => ({ amount, currency: 'USD' });

function planDto(id: string, name: string, fields: Partial<PlanDto>): PlanDto {
  return {
    id,
    agencyId: AGENCY_ID,
    name,
    currency: 'USD',
    status: 'active',
    paymentType: 'stripe',
    interval: { unit: 'month', count: 1 },
    price: usd(0),
    includedMinutes: 0,
    usageRate: { amount: 15, currency: 'USD', scale: 1 },
    addOnPacks: true,
    chatsPerMinute: null,
    paymentDueDays: 7,
    graceDays: 7,
    phoneNumberPrice: usd(300),
    caps: noCaps,
    contractOnly: false,
    ...fields,
  };
}

/** The agency's catalog as the wire sends it. */
export const planDtos = {
  starter: planDto('plan_starter', 'Starter', {
    price: usd(2900),
    includedMinutes: 300,
    caps: { ...noCaps, agents: 2, teamMembers: 3 },
  }),
  growth: planDto('plan_growth', 'Growth', {
    price: usd(7900),
    includedMinutes: 1000,
    caps: { ...noCaps, agents: 5, teamMembers: 10 },
  }),
  growthPlus: planDto('plan_growth_plus', 'Growth Plus', {
    price: usd(7900),
    includedMinutes: 1000,
    chatsPerMinute: 4,
    caps: { ...noCaps, agents: 5, teamMembers: 10 },
  }),
  scale: planDto('plan_scale', 'Scale', { price: usd(19900), includedMinutes: 3000 }),
  growthYearly: planDto('plan_growth_yearly', 'Growth (yearly)', {
    price: usd(79000),
    interval: { unit: 'year', count: 1 },
    includedMinutes: 12000,
    caps: { ...noCaps, agents: 5, teamMembers: 10 },
  }),
  enterprise: planDto('plan_enterprise', 'Enterprise', {
    price: usd(99900),
    includedMinutes: 20000,
    contractOnly: true,
  }),
  longName: planDto('plan_long', 'Professional Services Unlimited Omnichannel Contact Centre Edition', {
    price: usd(24900),
    includedMinutes: 5000,
  }),
  offlineBasic: planDto('plan_offline_basic', 'Offline Basic', {
    paymentType: 'offline',
    price: usd(2000),
    includedMinutes: 200,
    caps: { ...noCaps, agents: 1 },
  }),
  offlinePro: planDto('plan_offline_pro', 'Offline Pro', {
    paymentType: 'offline',
    price: usd(6000),
    includedMinutes: 800,
    caps: { ...noCaps, agents: 4 },
  }),
  archived: planDto('plan_legacy', 'Legacy', { status: 'archived', price: usd(1900), includedMinutes: 100 }),
  euro: planDto('plan_euro', 'Growth EUR', { currency: 'EUR', price: { amount: 7900, currency: 'EUR' } }),
} satisfies Record<string, PlanDto>;

export type PlanFixture = keyof typeof planDtos;

export function plan(name: PlanFixture): Plan {
  return PlanSchema.parse(planDtos[name]);
}

export const catalog: readonly Plan[] = (Object.keys(planDtos) as PlanFixture[]).map(plan);

/** A Stripe catalog without the long-named plan, for most scenarios. */
export function catalogOf(...names: PlanFixture[]): Plan[] {
  return names.map(plan);
}

function subscriptionDto(terms: PlanDto, fields: Partial<SubscriptionDto> = {}): SubscriptionDto {
  const yearly = terms.interval.unit === 'year';
  return {
    id: `sub_${terms.id}`,
    version: 3,
    terms,
    termsSince: '2026-10-08T09:00:00.000Z',
    status: 'active',
    anchor: '2026-10-08T09:00:00.000Z',
    periodStart: yearly ? '2026-10-08T09:00:00.000Z' : '2026-11-08T09:00:00.000Z',
    periodEnd: yearly ? '2027-10-08T09:00:00.000Z' : '2026-12-08T09:00:00.000Z',
    trialEnd: null,
    periodPaid: true,
    hasOpenInvoice: false,
    scheduledChange: null,
    cancelAt: null,
    ...fields,
  };
}

export interface SubAccountFixtureOptions {
  /** The plan the sub-account is on; null = free. */
  on?: PlanFixture | null;
  subscription?: Partial<SubscriptionDto>;
  fields?: Partial<SubAccountDto>;
  resources?: Partial<SubAccountDto['usage']['resources']>;
}

/** A sub-account as the wire sends it, parsed by the contract. */
export function subAccount({
  on = 'growth',
  subscription,
  fields,
  resources,
}: SubAccountFixtureOptions = {}): SubAccount {
  const dto: SubAccountDto = {
    id: 'sa_northwind',
    agencyId: AGENCY_ID,
    name: 'Northwind Dental',
    status: 'active',
    createdByAgency: true,
    customContract: false,
    assignedPlanId: null,
    subscription: on === null ? null : subscriptionDto(planDtos[on], subscription),
    hasPaymentMethod: true,
    creditBalance: null,
    usage: {
      voiceSeconds: 12_000,
      chats: 40,
      includedMinutes: on === null ? 0 : planDtos[on].includedMinutes,
      walletMinutes: 0,
      resources: { agents: 2, teamMembers: 3, concurrentCalls: 1, knowledgeBaseMb: 40, phoneNumbers: 1, ...resources },
    },
    ...fields,
  };
  return SubAccountSchema.parse(dto);
}

export function agency(
  fields: Partial<{ changePlan: boolean; creditPool: { amount: number; currency: string } | null }> = {},
): Agency {
  const dto = AgencySchema.parse({
    id: AGENCY_ID,
    name: 'Acme Agency',
    currency: 'USD',
    features: { changePlan: fields.changePlan ?? true },
    creditPool: fields.creditPool === undefined ? usd(500_000) : fields.creditPool,
  });
  return { ...dto, features: { ...dto.features } };
}

export const agencyOwner: Actor = { kind: 'agency_member', agencyId: AGENCY_ID, userId: 'user_owner', role: 'owner' };
export const subAccountUser: Actor = { kind: 'sub_account_user', subAccountId: 'sa_northwind', userId: 'user_client' };

/** Everything the in-memory server needs to answer for one sub-account. */
export interface Scenario {
  readonly actor: Actor;
  readonly agency: Agency;
  readonly subAccount: SubAccount;
  readonly plans: readonly Plan[];
  readonly policy?: Partial<ChangePlanPolicy>;
}

/** The default scenario (an agency owner, a Stripe sub-account on Growth, the whole catalog) with overrides. */
export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { actor: agencyOwner, agency: agency(), subAccount: subAccount(), plans: catalog, ...defined };
}
