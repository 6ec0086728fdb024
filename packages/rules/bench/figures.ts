// The rules' budgeted figures, each beside a floor: the same work written by hand with nothing but
// the arithmetic (no validation, no message keys). A script, not a test: it prints its figures.
import { type Plan, planOptions, previewPlanChange } from '@plankit/rules';
import { actor, agency, catalog, now, plan, subAccountOn } from './fixtures';
import { timeNs } from './time';

// A Stripe upgrade mid-period: USD 10.00/month → USD 20.00/month.
const starter = plan('plan_starter', 1000, 100);
const pro = plan('plan_pro', 2000, 300);
const onStarter = subAccountOn(starter);
const previewNs = timeNs(() => previewPlanChange({ actor, agency, subAccount: onStarter, target: pro, now }), 50_000);

// The floor: the proration arithmetic alone, into an object of the same shape's money fields.
const period = onStarter.subscription ?? { periodStart: now, periodEnd: now };
function previewFloor(from: number, to: number) {
  const start = Math.floor(period.periodStart.getTime() / 1000);
  const end = Math.floor(period.periodEnd.getTime() / 1000);
  const total = BigInt(end - start);
  const remaining = BigInt(end - Math.floor(now.getTime() / 1000));
  const round = (n: bigint) => ((n % total) * 2n >= total ? n / total + 1n : n / total);
  const credit = -Number(round(BigInt(from) * remaining));
  const charge = Number(round(BigInt(to) * remaining));
  return { amountDueNow: { amount: credit + charge, currency: 'USD' }, credit, charge };
}
const previewFloorNs = timeNs(() => previewFloor(1000, 2000), 500_000);

// planOptions over 10,000 plans; the floor filters and sorts by a number computed once per plan.
const plans = catalog(10_000);
const stripeCurrent = plans.find((p) => p.paymentType === 'stripe' && p.status === 'active' && !p.contractOnly);
if (stripeCurrent === undefined) throw new Error('catalog has no Stripe plan');
const paid = subAccountOn(stripeCurrent);
const free = subAccountOn(null);
const optionsPaidNs = timeNs(() => planOptions({ subAccount: paid, plans, agencyId: agency.id }), 20);
const optionsFreeNs = timeNs(() => planOptions({ subAccount: free, plans, agencyId: agency.id }), 20);
const DAYS = { day: 1, week: 7, month: 30.436875, year: 365.2425 } as const;
function optionsFloor(keep: (p: Plan) => boolean) {
  const listed = plans.filter((p) => p.status === 'active' && keep(p));
  const keyed = listed.map((p) => ({ p, key: (p.price?.amount ?? 0) / (DAYS[p.interval.unit] * p.interval.count) }));
  return keyed.sort((a, b) => a.key - b.key).map(({ p }) => ({ plan: p, disabled: false }));
}
const optionsPaidFloorNs = timeNs(() => optionsFloor((p) => p.paymentType === 'stripe'), 20);
const optionsFreeFloorNs = timeNs(() => optionsFloor(() => true), 20);

interface Figure {
  readonly name: string;
  readonly ns: number;
  readonly floorNs: number;
  readonly budgetNs: number;
}
const figures: Figure[] = [
  { name: 'previewPlanChange, Stripe upgrade', ns: previewNs, floorNs: previewFloorNs, budgetNs: 1_000 },
  { name: 'planOptions, 10,000 plans, Stripe', ns: optionsPaidNs, floorNs: optionsPaidFloorNs, budgetNs: 2e6 },
  { name: 'planOptions, 10,000 plans, free', ns: optionsFreeNs, floorNs: optionsFreeFloorNs, budgetNs: 2e6 },
];

const show = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
console.log(`${'figure'.padEnd(36)}${'median'.padStart(11)}${'floor'.padStart(11)}${'ratio'.padStart(8)}  target`);
for (const f of figures) {
  const verdict = f.ns <= f.budgetNs ? 'met' : 'MISSED';
  console.log(
    `${f.name.padEnd(36)}${show(f.ns).padStart(11)}${show(f.floorNs).padStart(11)}${`${(f.ns / f.floorNs).toFixed(1)}×`.padStart(8)}  ≤ ${show(f.budgetNs)} ${verdict}`,
  );
}
