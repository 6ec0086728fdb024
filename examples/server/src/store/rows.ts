import type { Agency, Caps, ChangePlanPolicy, Plan, ResourceCounts } from '@plankit/rules';

export interface AgencyRow {
  id: string;
  name: string;
  currency: string;
  feature_change_plan: boolean;
  credit_pool_amount: number | null;
  policy: Partial<ChangePlanPolicy>;
}

export function agencyFromRow(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    features: { changePlan: row.feature_change_plan },
    creditPool: row.credit_pool_amount === null ? null : { amount: row.credit_pool_amount, currency: row.currency },
  };
}

export interface PlanRow {
  id: string;
  agency_id: string;
  name: string;
  description: string | null;
  currency: string;
  status: Plan['status'];
  payment_type: Plan['paymentType'];
  interval_unit: Plan['interval']['unit'];
  interval_count: number;
  price_amount: number | null;
  included_minutes: number;
  usage_rate_amount: number | null;
  usage_rate_scale: number | null;
  add_on_packs: boolean;
  chats_per_minute: number | null;
  payment_due_days: number;
  grace_days: number;
  phone_number_price_amount: number;
  caps: Caps;
  contract_only: boolean;
}

export function planFromRow(row: PlanRow): Plan {
  const c = row.currency;
  return {
    id: row.id,
    agencyId: row.agency_id,
    name: row.name,
    ...(row.description === null ? {} : { description: row.description }),
    currency: c,
    status: row.status,
    paymentType: row.payment_type,
    interval: { unit: row.interval_unit, count: row.interval_count },
    price: row.price_amount === null ? null : { amount: row.price_amount, currency: c },
    includedMinutes: row.included_minutes,
    usageRate:
      row.usage_rate_amount === null
        ? null
        : { amount: row.usage_rate_amount, currency: c, scale: row.usage_rate_scale ?? 0 },
    addOnPacks: row.add_on_packs,
    chatsPerMinute: row.chats_per_minute,
    paymentDueDays: row.payment_due_days,
    graceDays: row.grace_days,
    phoneNumberPrice: { amount: row.phone_number_price_amount, currency: c },
    caps: row.caps,
    contractOnly: row.contract_only,
  };
}

export const noResources: ResourceCounts = {
  agents: 0,
  teamMembers: 0,
  concurrentCalls: 0,
  knowledgeBaseMb: 0,
  phoneNumbers: 0,
};
