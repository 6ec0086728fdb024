// Previews per second over large catalogs: planOptions, then previewPlanChange for every option,
// as a dialog listing every option's impact would. A script, not a test: it prints its figures.
import {
  type Agency,
  type Interval,
  money,
  type PaymentType,
  type Plan,
  planOptions,
  previewPlanChange,
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

function catalog(size: number): Plan[] {
  return Array.from({ length: size }, (_, i): Plan => {
    const paymentType: PaymentType = i % 2 === 0 ? 'stripe' : 'offline';
    return {
      id: `plan_${i}`,
      agencyId: AGENCY,
      name: `Plan ${String(i).padStart(5, '0')}`,
      currency: 'USD',
      status: i % 10 === 9 ? 'archived' : 'active',
      paymentType,
      interval: intervals[i % intervals.length] ?? { unit: 'month', count: 1 },
      price: money(1000 + ((i * 7919) % 200_000), 'USD'),
      includedMinutes: (i * 37) % 5000,
      usageRate: null,
      addOnPacks: false,
      chatsPerMinute: null,
      paymentDueDays: 7,
      graceDays: 3,
      phoneNumberPrice: money(200, 'USD'),
      caps: { agents: 5, teamMembers: 5, concurrentCalls: 2, knowledgeBaseMb: 100, phoneNumbers: 3 },
      contractOnly: i % 50 === 0,
    };
  });
}

const agency: Agency = { id: AGENCY, name: 'Bench', currency: 'USD', features: { changePlan: true }, creditPool: null };
const actor = { kind: 'agency_member', agencyId: AGENCY, userId: 'u', role: 'owner' } as const;
const now = new Date('2026-11-21T08:00:00Z');

function subAccountOn(plan: Plan | null): SubAccount {
  const subscription =
    plan === null ? null : startSubscription({ id: 's', plan, now: new Date('2026-11-01T00:00:00Z') }).subscription;
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

/** One dialog's worth of work: list the options and preview each selectable one. */
function run(plans: Plan[], subAccount: SubAccount): number {
  const { options } = planOptions({ subAccount, plans, agencyId: AGENCY });
  let previews = 0;
  for (const option of options) {
    if (option.disabled) continue;
    previewPlanChange({ actor, agency, subAccount, target: option.plan, now });
    previews += 1;
  }
  return previews;
}

function measure(label: string, plans: Plan[], subAccount: SubAccount): void {
  run(plans, subAccount); // warm-up
  let previews = 0;
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < 1000 || rounds < 3) {
    previews += run(plans, subAccount);
    rounds += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const perSecond = Math.round(previews / seconds);
  const msPerDialog = ((seconds * 1000) / rounds).toFixed(1);
  console.log(
    `${label.padEnd(40)} ${String(previews / rounds).padStart(6)} previews/dialog  ${String(perSecond).padStart(9)} previews/s  ${msPerDialog.padStart(7)} ms/dialog`,
  );
}

for (const size of [1_000, 10_000]) {
  const plans = catalog(size);
  const stripeCurrent = plans.find((p) => p.paymentType === 'stripe' && p.status === 'active' && !p.contractOnly);
  const offlineCurrent = plans.find((p) => p.paymentType === 'offline' && p.status === 'active');
  if (stripeCurrent === undefined || offlineCurrent === undefined) throw new Error('catalog has no current plan');
  measure(`${size} plans, paid Stripe sub-account`, plans, subAccountOn(stripeCurrent));
  measure(`${size} plans, paid offline sub-account`, plans, subAccountOn(offlineCurrent));
  measure(`${size} plans, free sub-account`, plans, subAccountOn(null));
}
