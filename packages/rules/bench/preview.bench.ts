// Previews per second over large catalogs: planOptions, then previewPlanChange for every option,
// as a dialog listing every option's impact would. A script, not a test: it prints its figures.
import { type Plan, planOptions, previewPlanChange, type SubAccount } from '@plankit/rules';
import { actor, agency, catalog, now, subAccountOn } from './fixtures';

const AGENCY = agency.id;

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
