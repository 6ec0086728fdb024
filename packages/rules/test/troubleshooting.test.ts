// One test per row of the seeds' troubleshooting tables that the rules decide, named after the row.
import { applyPlanChange, changePlanEligibility, money, planOptions, resolvePolicy } from '@plankit/rules';
import { reasonMessages } from '@plankit/rules/messages';
import { describe, expect, it } from 'vitest';
import {
  AGENCY_ID,
  agency,
  clientUser,
  MID,
  offlineBasic,
  offlinePlus,
  onPlan,
  owner,
  PERIOD_END,
  plan,
  pro,
  resources,
  starter,
  subAccount,
} from './change-plan/fixtures';
import { quote, refusal } from './change-plan/helpers';

describe('change-sub-account-plan: troubleshooting', () => {
  it('Change plan not in the row’s More actions menu: feature not enabled for your agency', () => {
    const off = { ...agency, features: { changePlan: false } };
    expect(changePlanEligibility({ actor: owner, agency: off, subAccount: onPlan(starter) })).toEqual({
      ok: false,
      reason: 'feature_disabled',
    });
    expect(reasonMessages.feature_disabled).toContain('Contact support');
  });

  it('Target plan not in the dropdown: plan is inactive, on a different payment type, or is the current plan', () => {
    const draft = plan({ id: 'draft', name: 'Draft', status: 'draft', price: money(3000, 'USD') });
    const result = planOptions({
      subAccount: onPlan(starter),
      plans: [starter, pro, draft, offlinePlus],
      agencyId: AGENCY_ID,
    });
    const selectable = result.options.filter((o) => !o.disabled).map((o) => o.plan.id);
    expect(selectable).toEqual(['pro']);
    expect(result.options.find((o) => o.current)?.plan.id).toBe('starter');
  });

  it('Stripe upgrade fails with a payment-method error: sub-account has no card on file', () => {
    const p = quote({ subAccount: onPlan(starter, {}, { hasPaymentMethod: false }), target: pro, now: MID });
    expect(p.blockers).toEqual([{ ok: false, reason: 'payment_method_required' }]);
    expect(reasonMessages.payment_method_required).toContain('add a card, then retry');
  });

  it('Submit button stays disabled: same plan selected as current', () => {
    expect(refusal({ subAccount: onPlan(starter), target: starter, now: MID })).toEqual({
      ok: false,
      reason: 'same_plan',
      params: { plan: 'Starter' },
    });
    const options = planOptions({ subAccount: onPlan(starter), plans: [starter, pro], agencyId: AGENCY_ID });
    expect(options.options.find((o) => o.plan.id === 'starter')?.disabled).toBe(true);
  });

  it('Stripe downgrade didn’t reduce minutes immediately: expected, Stripe downgrades apply at next renewal', () => {
    const sa = onPlan(pro);
    const p = quote({ subAccount: sa, target: starter, now: MID });
    const outcome = applyPlanChange({
      subAccount: sa,
      agency,
      target: starter,
      preview: p,
      now: MID,
      subscriptionId: 'x',
    });
    expect([p.timing, p.effectiveAt]).toEqual(['period_end', PERIOD_END]);
    expect(outcome.subAccount.usage.includedMinutes).toBe(1000);
    expect(outcome.subAccount.subscription?.terms.id).toBe('pro');
  });

  it('"Cannot change plan from offline to online or vice versa" error: a paid sub-account crossing payment types', () => {
    expect(refusal({ subAccount: onPlan(offlineBasic), target: pro, now: MID })).toEqual({
      ok: false,
      reason: 'payment_type_mismatch',
      params: { current: 'offline', target: 'stripe' },
    });
    expect(reasonMessages.payment_type_mismatch).toBe(
      "Cannot change plan from offline to online or vice versa. Pick a plan with the sub-account's current payment type.",
    );
    // Cross-type conversion is allowed while the sub-account has no active plan.
    expect(quote({ subAccount: onPlan(offlineBasic, { status: 'canceled' }), target: pro, now: MID }).kind).toBe(
      'stripe_new',
    );
  });

  it('Free sub-account conversion to Stripe rejected with a payment-method error: no card on file', () => {
    const p = quote({ subAccount: subAccount({ hasPaymentMethod: false }), target: pro, now: MID });
    expect([p.kind, p.blockers]).toEqual(['stripe_new', [{ ok: false, reason: 'payment_method_required' }]]);
  });

  it('Plan change rejected for a blocked sub-account: sub-account status is blocked', () => {
    expect(refusal({ subAccount: onPlan(starter, {}, { status: 'blocked' }), target: pro, now: MID })).toEqual({
      ok: false,
      reason: 'sub_account_blocked',
    });
    expect(reasonMessages.sub_account_blocked).toContain('Unblock the sub-account first');
  });
});

describe('workspace-change-a-plan: if a plan change fails', () => {
  it('The current plan is disabled: you are already on that plan', () => {
    const options = planOptions({ subAccount: onPlan(pro), plans: [starter, pro], agencyId: AGENCY_ID });
    expect(options.options.filter((o) => o.disabled).map((o) => [o.plan.id, o.current])).toEqual([['pro', true]]);
  });

  it('Upgrade is unavailable: you may not be an admin, or the workspace may use a custom contract', () => {
    expect(refusal({ actor: clientUser, subAccount: onPlan(starter), target: pro, now: MID }).reason).toBe(
      'not_agency_member',
    );
    const custom = onPlan(starter, {}, { customContract: true });
    expect(quote({ subAccount: custom, target: pro, now: MID }).blockers).toEqual([
      { ok: false, reason: 'contact_sales', params: { plan: 'Pro' } },
    ]);
  });

  it('Downgrade is blocked: current seats, storage, or contract terms may not fit the lower plan', () => {
    const tight = plan({
      id: 'tight',
      name: 'Tight',
      price: money(1000, 'USD'),
      caps: { agents: 2, teamMembers: 2, concurrentCalls: 1, knowledgeBaseMb: 50, phoneNumbers: 1 },
    });
    const busy = onPlan(
      pro,
      {},
      { usage: { ...onPlan(pro).usage, resources: resources({ teamMembers: 4, knowledgeBaseMb: 80 }) } },
    );
    const warned = quote({ subAccount: busy, target: tight, now: MID });
    expect(warned.overLimit).toEqual([
      { resource: 'teamMembers', usage: 4, cap: 2 },
      { resource: 'knowledgeBaseMb', usage: 80, cap: 50 },
    ]);
    expect(warned.blockers).toEqual([]);
    const blocked = quote({ subAccount: busy, target: tight, now: MID, policy: { overLimit: 'block' } });
    expect(blocked.blockers.map((b) => [b.reason, b.params?.resource])).toEqual([
      ['over_limit', 'teamMembers'],
      ['over_limit', 'knowledgeBaseMb'],
    ]);
  });

  it('A payment banner remains after changing plan: there may still be an open invoice', () => {
    const sa = onPlan(starter, { status: 'past_due', hasOpenInvoice: true });
    const p = quote({ subAccount: sa, target: pro, now: MID });
    const outcome = applyPlanChange({ subAccount: sa, agency, target: pro, preview: p, now: MID, subscriptionId: 'x' });
    expect(outcome.subAccount.subscription?.hasOpenInvoice).toBe(true);
    expect(resolvePolicy().openInvoice).toBe('allow');
    expect(refusal({ subAccount: sa, target: pro, now: MID, policy: { openInvoice: 'block' } }).reason).toBe(
      'open_invoice',
    );
  });
});
