// Seed data, relative to the clock's now, covering every state the product documents describe.
// Runs once: it does nothing when the seeded agency already exists.
import {
  type Caps,
  numberMonthlyPrice,
  type Plan,
  type ResourceCounts,
  renewalLines,
  requestDeadlines,
  type Subscription,
  startSubscription,
} from '@plankit/rules';
import type { Db, Queryable } from './db/db';
import { newId } from './ids';
import { seedManySubAccounts } from './seed-many-sub-accounts';
import { storedLines } from './store/invoices';
import { type PlanRow, planFromRow } from './store/rows';
import { grantMinutes, insertSubscription, type PaymentMethod } from './store/sub-accounts';
import { TELCO_COST } from './telco';

const DAY = 86_400_000;

interface PlanSeed {
  id: string;
  agency: string;
  name: string;
  description?: string;
  currency?: string;
  status?: Plan['status'];
  paymentType?: Plan['paymentType'];
  interval?: [Plan['interval']['unit'], number];
  price: number | null;
  minutes: number;
  rate?: [number, number] | null;
  addOnPacks?: boolean;
  chatsPerMinute?: number | null;
  dueDays?: number;
  graceDays?: number;
  numberPrice?: number;
  caps: Caps;
  contractOnly?: boolean;
  /** Included seats and the price of each seat above them; omitted = seats not sold. */
  seats?: [number, number];
}

const caps = (
  agents: number | null,
  teamMembers: number | null,
  calls: number | null,
  kb: number | null,
  numbers: number | null,
): Caps => ({
  agents,
  teamMembers,
  concurrentCalls: calls,
  knowledgeBaseMb: kb,
  phoneNumbers: numbers,
});

const N = 'agency_northwind';
const G = 'agency_globex';
/** Blocks plan changes while a payment request is open, so "fix the payment, then retry" is walkable. */
const F = 'agency_fjord';

export const seedPlans: PlanSeed[] = [
  {
    id: 'plan_starter',
    agency: N,
    name: 'Starter',
    description: 'For a single location getting started.',
    price: 2900,
    minutes: 300,
    rate: [2, 0],
    numberPrice: 300,
    caps: caps(3, 5, 2, 100, 2),
    seats: [2, 1000],
  },
  {
    id: 'plan_growth',
    agency: N,
    name: 'Growth',
    description: 'For growing teams with several agents.',
    price: 4900,
    minutes: 1000,
    rate: [15, 1],
    addOnPacks: true,
    chatsPerMinute: 4,
    numberPrice: 300,
    caps: caps(10, 15, 5, 500, 5),
    seats: [3, 1500],
  },
  {
    id: 'plan_pro',
    agency: N,
    name: 'Pro',
    description: 'For busy call centres.',
    price: 9900,
    minutes: 3000,
    rate: [1, 0],
    addOnPacks: true,
    chatsPerMinute: 4,
    numberPrice: 250,
    caps: caps(25, 50, 20, 2000, 20),
  },
  {
    id: 'plan_growth_yearly',
    agency: N,
    name: 'Growth Yearly',
    description: 'Growth, billed once a year.',
    interval: ['year', 1],
    price: 49000,
    minutes: 12000,
    rate: [15, 1],
    addOnPacks: true,
    chatsPerMinute: 4,
    numberPrice: 300,
    caps: caps(10, 15, 5, 500, 5),
  },
  {
    id: 'plan_growth_2m',
    agency: N,
    name: 'Growth 2× Monthly',
    description: 'Growth, billed every two months.',
    interval: ['month', 2],
    price: 9500,
    minutes: 2000,
    rate: [15, 1],
    addOnPacks: true,
    numberPrice: 300,
    caps: caps(10, 15, 5, 500, 5),
  },
  {
    id: 'plan_usage',
    agency: N,
    name: 'Pay As You Go',
    description: 'No monthly fee; every minute at $0.015.',
    price: null,
    minutes: 0,
    rate: [15, 1],
    numberPrice: 300,
    caps: caps(2, 3, 2, 50, 1),
  },
  {
    id: 'plan_offline_basic',
    agency: N,
    name: 'Basic (invoiced)',
    description: 'Paid by bank transfer.',
    paymentType: 'offline',
    price: 2000,
    minutes: 200,
    dueDays: 14,
    graceDays: 7,
    numberPrice: 200,
    caps: caps(2, 3, 2, 50, 1),
    seats: [2, 1000],
  },
  {
    id: 'plan_offline_plus',
    agency: N,
    name: 'Plus (invoiced)',
    description: 'Paid by bank transfer.',
    paymentType: 'offline',
    price: 4000,
    minutes: 600,
    dueDays: 14,
    graceDays: 7,
    numberPrice: 200,
    caps: caps(5, 8, 3, 200, 3),
  },
  {
    id: 'plan_legacy',
    agency: N,
    name: 'Legacy Starter',
    description: 'No longer offered.',
    status: 'archived',
    price: 1900,
    minutes: 150,
    numberPrice: 300,
    caps: caps(2, 3, 1, 50, 1),
  },
  {
    id: 'plan_scale_draft',
    agency: N,
    name: 'Scale',
    description: 'Being prepared.',
    status: 'draft',
    price: 19900,
    minutes: 8000,
    numberPrice: 200,
    caps: caps(50, 100, 40, 5000, 40),
  },
  {
    id: 'plan_enterprise',
    agency: N,
    name: 'Enterprise',
    description: 'Custom terms through sales.',
    price: 49900,
    minutes: 20000,
    rate: [8, 1],
    addOnPacks: true,
    chatsPerMinute: 5,
    numberPrice: 100,
    caps: caps(null, null, null, null, null),
    contractOnly: true,
  },
  {
    id: 'plan_growth_eur',
    agency: N,
    name: 'Growth (EUR)',
    description: 'Growth for clients billed in euros.',
    currency: 'EUR',
    price: 4500,
    minutes: 1000,
    rate: [15, 1],
    numberPrice: 300,
    caps: caps(10, 15, 5, 500, 5),
  },
  {
    id: 'plan_globex_basic',
    agency: G,
    name: 'Globex Basic',
    price: 2500,
    minutes: 250,
    numberPrice: 300,
    caps: caps(3, 5, 2, 100, 2),
  },
  {
    id: 'plan_fjord_basic',
    agency: F,
    name: 'Fjord Basic (invoiced)',
    description: 'Paid by bank transfer.',
    paymentType: 'offline',
    price: 3000,
    minutes: 300,
    dueDays: 14,
    graceDays: 7,
    numberPrice: 200,
    caps: caps(2, 3, 2, 50, 1),
  },
  {
    id: 'plan_fjord_plus',
    agency: F,
    name: 'Fjord Plus (invoiced)',
    description: 'Paid by bank transfer.',
    paymentType: 'offline',
    price: 5000,
    minutes: 800,
    dueDays: 14,
    graceDays: 7,
    numberPrice: 200,
    caps: caps(5, 8, 3, 200, 3),
  },
];

interface SubAccountSeed {
  id: string;
  agency: string;
  name: string;
  status?: 'active' | 'blocked';
  createdByAgency?: boolean;
  customContract?: boolean;
  payment: PaymentMethod;
  resources?: Partial<ResourceCounts>;
  assignedPlan?: string;
  /** Subscription on this plan, started `startedDaysAgo` days ago. */
  plan?: string;
  startedDaysAgo?: number;
  subStatus?: Subscription['status'];
  trialDays?: number;
  periodPaid?: boolean;
  openInvoice?: boolean;
  voiceMinutes?: number;
  chats?: number;
  users: [id: string, name: string, email: string, status: 'approved' | 'pending' | 'blocked'][];
}

export const seedSubAccounts: SubAccountSeed[] = [
  {
    id: 'sa_bluebird',
    agency: N,
    name: 'Bluebird Bakery',
    payment: 'card',
    assignedPlan: 'plan_starter',
    users: [['sau_bluebird', 'Olivia Bennett', 'olivia@bluebirdbakery.example', 'approved']],
  },
  {
    id: 'sa_cedar',
    agency: N,
    name: 'Cedar Dental',
    payment: 'none',
    users: [['sau_cedar', 'Marcus Reid', 'marcus@cedardental.example', 'approved']],
  },
  {
    id: 'sa_harbor',
    agency: N,
    name: 'Harbor Fitness',
    payment: 'card',
    plan: 'plan_growth',
    startedDaysAgo: 10,
    voiceMinutes: 420,
    chats: 80,
    resources: { agents: 4, teamMembers: 6 },
    users: [
      ['sau_harbor', 'Sofia Alvarez', 'sofia@harborfitness.example', 'approved'],
      ['sau_harbor_pending', 'Liam Carter', 'liam@harborfitness.example', 'pending'],
      ['sau_harbor_blocked', 'Noah Patel', 'noah@harborfitness.example', 'blocked'],
    ],
  },
  {
    id: 'sa_juniper',
    agency: N,
    name: 'Juniper Law',
    payment: 'card',
    plan: 'plan_starter',
    startedDaysAgo: 7,
    subStatus: 'trialing',
    trialDays: 14,
    users: [['sau_juniper', 'Grace Kim', 'grace@juniperlaw.example', 'approved']],
  },
  {
    id: 'sa_maple',
    agency: N,
    name: 'Maple Realty',
    payment: 'card',
    plan: 'plan_growth',
    startedDaysAgo: 20,
    subStatus: 'past_due',
    openInvoice: true,
    users: [['sau_maple', 'Ethan Brooks', 'ethan@maplerealty.example', 'approved']],
  },
  {
    id: 'sa_oakridge',
    agency: N,
    name: 'Oakridge Plumbing',
    payment: 'card',
    plan: 'plan_starter',
    startedDaysAgo: 25,
    subStatus: 'unpaid',
    openInvoice: true,
    users: [['sau_oakridge', 'Ava Thompson', 'ava@oakridgeplumbing.example', 'approved']],
  },
  {
    id: 'sa_pinecrest',
    agency: N,
    name: 'Pinecrest Spa',
    payment: 'card',
    plan: 'plan_starter',
    startedDaysAgo: 2,
    subStatus: 'incomplete',
    openInvoice: true,
    users: [['sau_pinecrest', 'Mia Johnson', 'mia@pinecrestspa.example', 'approved']],
  },
  {
    id: 'sa_quartz',
    agency: N,
    name: 'Quartz Studio',
    payment: 'card',
    plan: 'plan_growth',
    startedDaysAgo: 12,
    subStatus: 'paused',
    users: [['sau_quartz', 'Lucas Wright', 'lucas@quartzstudio.example', 'approved']],
  },
  {
    id: 'sa_redwood',
    agency: N,
    name: 'Redwood Cafe',
    payment: 'card',
    plan: 'plan_starter',
    startedDaysAgo: 40,
    subStatus: 'canceled',
    users: [['sau_redwood', 'Chloe Martin', 'chloe@redwoodcafe.example', 'approved']],
  },
  {
    id: 'sa_summit',
    agency: N,
    name: 'Summit Logistics',
    payment: 'none',
    plan: 'plan_offline_basic',
    startedDaysAgo: 5,
    periodPaid: true,
    voiceMinutes: 50,
    users: [['sau_summit', 'Daniel Lee', 'daniel@summitlogistics.example', 'approved']],
  },
  {
    id: 'sa_tidewater',
    agency: N,
    name: 'Tidewater Marine',
    status: 'blocked',
    payment: 'card',
    plan: 'plan_starter',
    startedDaysAgo: 9,
    users: [['sau_tidewater', 'Emma Scott', 'emma@tidewatermarine.example', 'approved']],
  },
  {
    id: 'sa_umber',
    agency: N,
    name: 'Umber Design',
    createdByAgency: false,
    payment: 'card',
    plan: 'plan_starter',
    startedDaysAgo: 11,
    users: [['sau_umber', 'Henry Adams', 'henry@umberdesign.example', 'approved']],
  },
  {
    id: 'sa_vantage',
    agency: N,
    name: 'Vantage Holdings',
    customContract: true,
    payment: 'card',
    plan: 'plan_pro',
    startedDaysAgo: 15,
    users: [['sau_vantage', 'Isabella Young', 'isabella@vantageholdings.example', 'approved']],
  },
  {
    id: 'sa_willow',
    agency: N,
    name: 'Willow Clinics',
    payment: 'card',
    plan: 'plan_growth',
    startedDaysAgo: 8,
    resources: { agents: 8, teamMembers: 9 },
    users: [['sau_willow', 'James Hall', 'james@willowclinics.example', 'approved']],
  },
  {
    id: 'sa_yarrow',
    agency: N,
    name: 'Yarrow Books',
    payment: 'card',
    plan: 'plan_growth',
    startedDaysAgo: 6,
    openInvoice: true,
    users: [['sau_yarrow', 'Harper Allen', 'harper@yarrowbooks.example', 'approved']],
  },
  {
    id: 'sa_zephyr',
    agency: N,
    name: 'Zephyr Travel',
    payment: 'card_declines',
    plan: 'plan_starter',
    startedDaysAgo: 4,
    users: [['sau_zephyr', 'Benjamin King', 'ben@zephyrtravel.example', 'approved']],
  },
  {
    id: 'sa_globex_acme',
    agency: G,
    name: 'Acme Widgets',
    payment: 'card',
    plan: 'plan_globex_basic',
    startedDaysAgo: 3,
    users: [['sau_globex_acme', 'Wendy Park', 'wendy@acmewidgets.example', 'approved']],
  },
  {
    // Its first payment request is still open, and Fjord's policy blocks plan changes until it is paid.
    id: 'sa_fjord_larch',
    agency: F,
    name: 'Larch Outfitters',
    payment: 'none',
    plan: 'plan_fjord_basic',
    startedDaysAgo: 3,
    openInvoice: true,
    users: [['sau_fjord_larch', 'Nora Lind', 'nora@larchoutfitters.example', 'approved']],
  },
];

interface TokenSeed {
  token: string;
  userId?: string;
  subAccountUserId?: string;
  description: string;
}

export const seedTokens: TokenSeed[] = [
  { token: 'tok_owner_northwind', userId: 'user_northwind_owner', description: 'Agency owner (Northwind)' },
  { token: 'tok_member_northwind', userId: 'user_northwind_member', description: 'Agency member (Northwind)' },
  { token: 'tok_owner_globex', userId: 'user_globex_owner', description: "Another agency's owner (Globex)" },
  {
    token: 'tok_owner_fjord',
    userId: 'user_fjord_owner',
    description: 'Agency owner (Fjord: plan changes wait for open payment requests)',
  },
  {
    token: 'tok_harbor_approved',
    subAccountUserId: 'sau_harbor',
    description: 'Sub-account user, approved (Harbor Fitness, Growth)',
  },
  {
    token: 'tok_harbor_pending',
    subAccountUserId: 'sau_harbor_pending',
    description: 'Sub-account user, pending (Harbor Fitness)',
  },
  {
    token: 'tok_harbor_blocked',
    subAccountUserId: 'sau_harbor_blocked',
    description: 'Sub-account user, blocked (Harbor Fitness)',
  },
  {
    token: 'tok_bluebird',
    subAccountUserId: 'sau_bluebird',
    description: 'Sub-account user (Bluebird Bakery, free with card)',
  },
  {
    token: 'tok_summit',
    subAccountUserId: 'sau_summit',
    description: 'Sub-account user (Summit Logistics, offline plan)',
  },
  {
    token: 'tok_zephyr',
    subAccountUserId: 'sau_zephyr',
    description: 'Sub-account user (Zephyr Travel, card declines)',
  },
];

interface NumberSeed {
  id: string;
  agency: string;
  e164: string;
  areaCode: string;
  capabilities: ('voice' | 'sms')[];
  state: 'unassigned' | 'pending_payment' | 'active' | 'releasing';
  agentId?: string;
  user?: string;
  subAccount?: string;
  periodEndDays?: number;
  attachments?: [kind: 'agent' | 'campaign' | 'workflow', name: string][];
}

export const seedNumbers: NumberSeed[] = [
  {
    id: 'num_sf_0101',
    agency: N,
    e164: '+14155550101',
    areaCode: '415',
    capabilities: ['voice', 'sms'],
    state: 'unassigned',
  },
  { id: 'num_sf_0102', agency: N, e164: '+14155550102', areaCode: '415', capabilities: ['voice'], state: 'unassigned' },
  {
    id: 'num_sf_0103',
    agency: N,
    e164: '+14155550103',
    areaCode: '415',
    capabilities: ['voice', 'sms'],
    state: 'unassigned',
    agentId: 'agent_front_desk',
  },
  {
    id: 'num_ny_0104',
    agency: N,
    e164: '+12125550104',
    areaCode: '212',
    capabilities: ['voice', 'sms'],
    state: 'pending_payment',
    user: 'sau_harbor',
    subAccount: 'sa_harbor',
  },
  {
    id: 'num_ny_0105',
    agency: N,
    e164: '+12125550105',
    areaCode: '212',
    capabilities: ['voice', 'sms'],
    state: 'active',
    user: 'sau_harbor',
    subAccount: 'sa_harbor',
    periodEndDays: 20,
    attachments: [
      ['agent', 'Harbor Front Desk'],
      ['campaign', 'Spring Membership Drive'],
      ['workflow', 'Missed-call text back'],
    ],
  },
  {
    id: 'num_chi_0106',
    agency: N,
    e164: '+13125550106',
    areaCode: '312',
    capabilities: ['voice'],
    state: 'releasing',
    user: 'sau_willow',
    subAccount: 'sa_willow',
    periodEndDays: 5,
    attachments: [['agent', 'Willow Appointment Line']],
  },
  {
    id: 'num_globex_0201',
    agency: G,
    e164: '+16175550201',
    areaCode: '617',
    capabilities: ['voice'],
    state: 'unassigned',
  },
];

async function insertPlan(q: Queryable, p: PlanSeed, position: number): Promise<void> {
  await q.query(
    `INSERT INTO plans (id, agency_id, position, name, description, currency, status, payment_type, interval_unit, interval_count,
       price_amount, included_minutes, usage_rate_amount, usage_rate_scale, add_on_packs, chats_per_minute, payment_due_days,
       grace_days, phone_number_price_amount, caps, contract_only, seat_included, seat_price_amount)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20::jsonb,$21,$22,$23)`,
    [
      p.id,
      p.agency,
      position,
      p.name,
      p.description ?? null,
      p.currency ?? 'USD',
      p.status ?? 'active',
      p.paymentType ?? 'stripe',
      p.interval?.[0] ?? 'month',
      p.interval?.[1] ?? 1,
      p.price,
      p.minutes,
      p.rate?.[0] ?? null,
      p.rate?.[1] ?? null,
      p.addOnPacks ?? false,
      p.chatsPerMinute ?? null,
      p.dueDays ?? 0,
      p.graceDays ?? 0,
      p.numberPrice ?? 0,
      JSON.stringify(p.caps),
      p.contractOnly ?? false,
      p.seats?.[0] ?? 0,
      p.seats?.[1] ?? null,
    ],
  );
}

/** Northwind sells a storage add-on in two tiers, and minute and AI credit packs. */
async function seedItemCatalog(q: Queryable): Promise<void> {
  await q.query(
    `INSERT INTO catalog_add_ons (id, agency_id, position, name, group_key, price_amount, currency) VALUES
     ('addon_storage_50', $1, 0, 'Storage 50 GB', 'storage', 900, 'USD'),
     ('addon_storage_200', $1, 1, 'Storage 200 GB', 'storage', 2900, 'USD')`,
    [N],
  );
  await q.query(
    `INSERT INTO catalog_packs (id, agency_id, position, name, kind, price_amount, currency, minutes, credit_amount) VALUES
     ('pack_minutes_500', $1, 0, '500 minutes', 'minutes', 2500, 'USD', 500, NULL),
     ('pack_ai_credit_25', $1, 1, 'AI credits $25', 'credit', 2000, 'USD', NULL, 2500)`,
    [N],
  );
  // Harbor Fitness pays for 6 seats (3 included with Growth, 3 at $15.00) and holds 50 GB of storage.
  await q.query(`UPDATE subscriptions SET seat_quantity = 6 WHERE sub_account_id = 'sa_harbor' AND is_current`);
  await q.query(
    `INSERT INTO subscription_add_ons (subscription_id, group_key, add_on_id)
     SELECT id, 'storage', 'addon_storage_50' FROM subscriptions WHERE sub_account_id = 'sa_harbor' AND is_current`,
  );
}

async function loadPlan(q: Queryable, id: string): Promise<Plan> {
  const [row] = await q.query<PlanRow>('SELECT * FROM plans WHERE id = $1', [id]);
  if (!row) throw new Error(`seed plan ${id} missing`);
  return planFromRow(row);
}

async function seedSubscription(q: Queryable, s: SubAccountSeed, now: Date): Promise<Plan | null> {
  if (!s.plan) return null;
  const plan = await loadPlan(q, s.plan);
  const started = new Date(now.getTime() - (s.startedDaysAgo ?? 0) * DAY);
  const { subscription } = startSubscription({ id: `sub_${s.id.slice(3)}`, plan, now: started });
  const status = s.subStatus ?? 'active';
  const trialEnd = s.trialDays ? new Date(started.getTime() + s.trialDays * DAY) : null;
  const seeded: Subscription = {
    ...subscription,
    status,
    // As on Stripe, a trial is the first period and billing is anchored at its end.
    ...(trialEnd ? { anchor: trialEnd, periodEnd: trialEnd } : {}),
    trialEnd,
    periodPaid: s.periodPaid ?? (plan.paymentType === 'stripe' && !s.openInvoice),
    hasOpenInvoice: s.openInvoice ?? false,
  };
  await insertSubscription(q, s.id, plan.id, seeded, started);
  await grantMinutes(q, seeded.id, seeded.periodStart, plan.includedMinutes);
  await q.query('UPDATE usage_periods SET voice_seconds = $2, chats = $3 WHERE subscription_id = $1', [
    seeded.id,
    (s.voiceMinutes ?? 0) * 60,
    s.chats ?? 0,
  ]);
  if (plan.price !== null && status !== 'trialing') {
    const open = s.openInvoice ?? false;
    const paid = !open && (plan.paymentType === 'stripe' || s.periodPaid === true);
    // Random like every invoice id, so no invoice is found by guessing (inv_seed_maple was).
    const invoiceId = newId('inv');
    const deadlines =
      plan.paymentType === 'offline' ? requestDeadlines({ periodStart: seeded.periodStart, terms: plan }) : null;
    await q.query(
      `INSERT INTO invoices (id, agency_id, sub_account_id, subscription_id, kind, status, amount, currency, created_at,
         paid_at, settled_by, lines, period_start, period_end, due_at, blocked_at)
       VALUES ($1, $2, $3, $4, 'subscription_start', $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15)`,
      [
        invoiceId,
        s.agency,
        s.id,
        seeded.id,
        paid ? 'paid' : 'open',
        plan.price.amount,
        plan.currency,
        started,
        paid ? started : null,
        paid ? (plan.paymentType === 'stripe' ? 'card' : 'bank_transfer') : null,
        storedLines(renewalLines({ terms: plan, periodStart: seeded.periodStart, periodEnd: seeded.periodEnd })),
        seeded.periodStart,
        seeded.periodEnd,
        deadlines?.dueAt ?? null,
        deadlines?.blockedAt ?? null,
      ],
    );
    if (paid) {
      await q.query(
        `INSERT INTO ledger_entries (agency_id, sub_account_id, kind, amount, currency, invoice_id, memo, created_at)
         VALUES ($1, $2, 'charge', $3, $4, $5, 'subscription_start', $6)`,
        [s.agency, s.id, plan.price.amount, plan.currency, invoiceId, started],
      );
    }
  }
  return seeded.terms;
}

async function seedAll(q: Queryable, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO agencies (id, name, currency, feature_change_plan, credit_pool_amount, policy, created_at) VALUES
     ($1, 'Northwind Agency', 'USD', true, 50000, '{}'::jsonb, $3),
     ($2, 'Globex Agency', 'USD', false, NULL, '{}'::jsonb, $3),
     ($4, 'Fjord Agency', 'USD', true, 20000, '{"openInvoice":"block"}'::jsonb, $3)`,
    [N, G, now, F],
  );
  await q.query(
    `INSERT INTO users (id, agency_id, name, email, role) VALUES
     ('user_northwind_owner', $1, 'Rachel Moore', 'rachel@northwind.example', 'owner'),
     ('user_northwind_member', $1, 'Tom Nguyen', 'tom@northwind.example', 'member'),
     ('user_globex_owner', $2, 'Victor Hale', 'victor@globex.example', 'owner'),
     ('user_fjord_owner', $3, 'Ingrid Dahl', 'ingrid@fjord.example', 'owner')`,
    [N, G, F],
  );
  for (const [index, plan] of seedPlans.entries()) await insertPlan(q, plan, index);
  await q.query(
    `INSERT INTO agents (id, agency_id, sub_account_id, name) VALUES ('agent_front_desk', $1, NULL, 'Front Desk Agent')`,
    [N],
  );

  const terms = new Map<string, Plan>();
  for (const [index, s] of seedSubAccounts.entries()) {
    const resources: ResourceCounts = {
      agents: 1,
      teamMembers: 2,
      concurrentCalls: 0,
      knowledgeBaseMb: 10,
      phoneNumbers: 0,
      ...s.resources,
    };
    await q.query(
      `INSERT INTO sub_accounts (id, agency_id, position, name, status, created_by_agency, custom_contract, assigned_plan_id,
         payment_method, resources, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::jsonb,$11)`,
      [
        s.id,
        s.agency,
        index,
        s.name,
        s.status ?? 'active',
        s.createdByAgency ?? true,
        s.customContract ?? false,
        s.assignedPlan ?? s.plan ?? null,
        s.payment,
        JSON.stringify(resources),
        new Date(now.getTime() - 60 * DAY),
      ],
    );
    for (const [id, name, email, status] of s.users) {
      await q.query('INSERT INTO sub_account_users (id, sub_account_id, name, email, status) VALUES ($1,$2,$3,$4,$5)', [
        id,
        s.id,
        name,
        email,
        status,
      ]);
    }
    const seeded = await seedSubscription(q, s, now);
    if (seeded) terms.set(s.id, seeded);
  }

  await seedItemCatalog(q);

  for (const [index, t] of seedTokens.entries()) {
    await q.query(
      'INSERT INTO api_tokens (token, user_id, sub_account_user_id, description, position) VALUES ($1,$2,$3,$4,$5)',
      [t.token, t.userId ?? null, t.subAccountUserId ?? null, t.description, index],
    );
  }

  for (const n of seedNumbers) {
    const assigned = n.subAccount ? terms.get(n.subAccount) : undefined;
    // Fixed when assigned: the rules' telco cost + the phone number price of the sub-account's terms.
    const priced = assigned
      ? numberMonthlyPrice({ number: { telcoCost: { amount: TELCO_COST, currency: 'USD' } }, terms: assigned })
      : null;
    if (priced !== null && !priced.ok) throw new Error(`seed number ${n.id}: ${priced.reason}`);
    const monthly = priced?.price.amount ?? null;
    const periodEnd = n.periodEndDays === undefined ? null : new Date(now.getTime() + n.periodEndDays * DAY);
    await q.query(
      `INSERT INTO phone_numbers (id, agency_id, e164, country, area_code, capabilities, telco_cost_amount, currency, agent_id, state,
         assigned_user_id, assigned_sub_account_id, monthly_price_amount, assigned_at, activated_at, period_end, created_at)
       VALUES ($1,$2,$3,'US',$4,$5::jsonb,$6,'USD',$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
      [
        n.id,
        n.agency,
        n.e164,
        n.areaCode,
        JSON.stringify(n.capabilities),
        TELCO_COST,
        n.agentId ?? null,
        n.state,
        n.user ?? null,
        n.subAccount ?? null,
        monthly,
        n.user ? new Date(now.getTime() - 40 * DAY) : null,
        periodEnd === null ? null : new Date(periodEnd.getTime() - 30 * DAY),
        periodEnd,
        new Date(now.getTime() - 30 * DAY),
      ],
    );
    for (const [i, [kind, name]] of (n.attachments ?? []).entries()) {
      await q.query('INSERT INTO number_attachments (id, phone_number_id, kind, name) VALUES ($1,$2,$3,$4)', [
        `${n.id}_${kind}_${i}`,
        n.id,
        kind,
        name,
      ]);
    }
  }
}

/** Many approved, eligible users for benchmarks: spread over sub-accounts of 500 on Starter with a card. */
async function seedManyUsers(q: Queryable, count: number, now: Date): Promise<void> {
  const plan = await loadPlan(q, 'plan_starter');
  const perAccount = 500;
  for (let a = 0; a * perAccount < count; a++) {
    const id = `sa_bench_${String(a).padStart(3, '0')}`;
    await q.query(
      `INSERT INTO sub_accounts (id, agency_id, position, name, status, created_by_agency, payment_method, resources, created_at)
       VALUES ($1, $2, $3, $4, 'active', true, 'card', $5::jsonb, $6)`,
      [
        id,
        N,
        1000 + a,
        `Bench Client ${a + 1}`,
        JSON.stringify({ agents: 1, teamMembers: 1, concurrentCalls: 0, knowledgeBaseMb: 0, phoneNumbers: 0 }),
        now,
      ],
    );
    const { subscription } = startSubscription({ id: `sub_bench_${a}`, plan, now });
    await insertSubscription(q, id, plan.id, { ...subscription, periodPaid: true, hasOpenInvoice: false }, now);
    const n = Math.min(perAccount, count - a * perAccount);
    await q.query(
      `INSERT INTO sub_account_users (id, sub_account_id, name, email, status)
       SELECT $1 || '_' || g, $2, 'Bench User ' || ($3 + g), 'bench' || ($3 + g) || '@bench.example', 'approved'
       FROM generate_series(1, $4::int) AS g`,
      [`sau_${id}`, id, a * perAccount, n],
    );
  }
}

export interface SeedOptions {
  readonly manyUsers?: number;
  /** Extra sub-accounts for the Manage Users benchmark (seed-many-sub-accounts.ts). */
  readonly manySubAccounts?: number;
}

/** Seed once; returns false when the data was already there. */
export async function seed(
  db: Db,
  now: Date,
  { manyUsers = 0, manySubAccounts = 0 }: SeedOptions = {},
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.query('SELECT id FROM agencies WHERE id = $1', [N]);
    if (existing) return false;
    await seedAll(tx, now);
    if (manyUsers > 0) await seedManyUsers(tx, manyUsers, now);
    if (manySubAccounts > 0) await seedManySubAccounts(tx, manySubAccounts, now);
    return true;
  });
}
