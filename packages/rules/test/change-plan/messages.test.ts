import {
  CHANGE_PLAN_MESSAGE_KEYS,
  type MessageRef,
  money,
  type PlanChangePreview,
  planOptionsEmptyMessage,
  scheduledChangeMessage,
} from '@plankit/rules';
import { changePlanMessages, messagePlaceholders } from '@plankit/rules/messages';
import { describe, expect, it } from 'vitest';
import {
  agency,
  bimonthly,
  clientUser,
  LATE,
  MID,
  offlineBasic,
  offlinePlus,
  onPlan,
  PERIOD_END,
  plan,
  pro,
  proTwin,
  proYearly,
  resources,
  starter,
  subAccount,
} from './fixtures';
import { quote } from './helpers';

const enterprise = plan({ id: 'enterprise', name: 'Enterprise', price: money(10_000_000, 'USD') });
const enterpriseMax = plan({ id: 'enterprise_max', name: 'Enterprise Max', price: money(20_000_000, 'USD') });

const scheduled = {
  targetPlanId: 'starter',
  targetTerms: starter,
  kind: 'stripe_downgrade' as const,
  effectiveAt: PERIOD_END,
  createdAt: MID,
};
const busy = { ...onPlan(pro).usage, resources: resources({ agents: 40 }) };

// A spread of previews that together produce every summary and line key.
const previews: PlanChangePreview[] = [
  quote({ subAccount: subAccount(), target: pro, now: MID }),
  quote({ subAccount: subAccount(), target: offlinePlus, now: MID }),
  quote({ subAccount: onPlan(starter), target: pro, now: LATE }),
  quote({ subAccount: onPlan(pro, { scheduledChange: scheduled }), target: starter, now: MID }),
  quote({ subAccount: onPlan(pro), target: starter, now: MID, policy: { stripeDowngradeTiming: 'now' } }),
  quote({ subAccount: onPlan(starter), target: proYearly, now: MID, policy: { carryOverOnUpgrade: true } }),
  quote({ subAccount: onPlan(pro), target: bimonthly, now: MID }),
  quote({ subAccount: onPlan(starter, { status: 'trialing', trialEnd: LATE }), target: pro, now: MID }),
  quote({ subAccount: onPlan(offlineBasic), target: offlinePlus, now: MID }),
  quote({ subAccount: onPlan(offlinePlus), target: offlineBasic, now: MID }),
  quote({ subAccount: onPlan(pro, {}, { usage: busy, customContract: true }), target: proTwin, now: MID }),
  // A $100,000 plan needs minutes (at a whole minute) or seconds for its words to add up.
  quote({ subAccount: onPlan(enterprise), target: enterpriseMax, now: new Date('2026-11-21T08:07:00Z') }),
  quote({ subAccount: onPlan(enterprise), target: enterpriseMax, now: new Date('2026-11-21T08:07:13Z') }),
  quote({
    actor: clientUser,
    agency: { ...agency, creditPool: money(0, 'USD') },
    subAccount: onPlan(offlineBasic),
    target: offlinePlus,
    now: MID,
    policy: { selfServe: true },
  }),
];
const refs: MessageRef[] = previews.flatMap((p) => [...p.summary, ...p.prorationLines.map((l) => l.description)]);

describe('changePlanMessages', () => {
  it('has English for every key a preview produces', () => {
    for (const ref of refs) expect(CHANGE_PLAN_MESSAGE_KEYS).toContain(ref.key);
  });

  it('is exercised: every summary and line key is produced by some preview', () => {
    const produced = new Set(refs.map((r) => r.key));
    const unused = CHANGE_PLAN_MESSAGE_KEYS.filter((k) => !k.startsWith('change_plan.empty.') && !produced.has(k));
    expect(unused).toEqual([]);
  });

  it('gets every placeholder it names from the values of each produced message', () => {
    for (const ref of refs) {
      const template = changePlanMessages[ref.key as keyof typeof changePlanMessages];
      for (const name of messagePlaceholders(template)) expect(Object.keys(ref.values ?? {})).toContain(name);
    }
  });

  it('says how to fix an empty plan list', () => {
    expect(changePlanMessages['change_plan.empty.no_active_plans']).toContain('Activate a plan');
    expect(changePlanMessages['change_plan.empty.no_plans_of_payment_type']).toContain('Create or activate one');
  });
});

describe('message helpers', () => {
  it('words a pending change as a banner', () => {
    expect(scheduledChangeMessage(scheduled)).toEqual({
      key: 'change_plan.summary.scheduled',
      values: { plan: 'Starter', date: PERIOD_END },
    });
  });

  it('names the empty-state message of each reason', () => {
    expect(planOptionsEmptyMessage('no_plans_of_payment_type')).toEqual({
      key: 'change_plan.empty.no_plans_of_payment_type',
    });
  });
});
