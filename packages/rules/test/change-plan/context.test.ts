import { planChangeContext } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { agency, clientUser, onPlan, otherAgencyMember, owner, pro, starter, subAccount } from './fixtures';

const policy = {
  selfServe: false,
  stripeDowngradeTiming: 'period_end',
  userPicksTiming: false,
  overLimit: 'warn',
  quoteTtlSeconds: 600,
};

describe('planChangeContext', () => {
  describe('given an agency owner and a sub-account on Starter', () => {
    const sa = onPlan(starter);
    const result = planChangeContext({ actor: owner, agency, subAccount: sa, plans: [pro, starter] });

    it('opens with the current terms, the picker in order with Starter disabled, and the public policy', () => {
      expect(result).toEqual({
        ok: true,
        context: {
          subAccount: sa,
          currentTerms: starter,
          options: [
            { plan: starter, current: true, disabled: true, action: 'confirm' },
            { plan: pro, current: false, disabled: false, action: 'confirm' },
          ],
          empty: null,
          scheduledChange: null,
          permission: { allowed: true },
          policy,
        },
      });
    });
  });

  describe('given a free sub-account of an agency without the feature', () => {
    it('lists every active plan and says why the change is not allowed', () => {
      const off = { ...agency, features: { changePlan: false } };
      const result = planChangeContext({ actor: owner, agency: off, subAccount: subAccount(), plans: [starter] });
      expect(result.ok && result.context.currentTerms).toBeNull();
      expect(result.ok && result.context.permission).toEqual({ allowed: false, reason: 'feature_disabled' });
      expect(result.ok && result.context.options.map((o) => o.plan.id)).toEqual(['starter']);
    });
  });

  describe('given an actor who may not act on the sub-account at all', () => {
    it('refuses a sub-account user without self-serve (a 403, not a disabled dialog)', () => {
      expect(planChangeContext({ actor: clientUser, agency, subAccount: subAccount(), plans: [] })).toEqual({
        ok: false,
        reason: 'not_agency_member',
      });
    });

    it("refuses another agency's member as not_found", () => {
      expect(planChangeContext({ actor: otherAgencyMember, agency, subAccount: subAccount(), plans: [] })).toEqual({
        ok: false,
        reason: 'not_found',
      });
    });

    it('lets a sub-account user in when the policy is self-serve, and shows them the policy', () => {
      const result = planChangeContext({
        actor: clientUser,
        agency,
        subAccount: subAccount(),
        plans: [],
        policy: { selfServe: true },
      });
      expect(result.ok && result.context.policy).toEqual({ ...policy, selfServe: true });
      expect(result.ok && result.context.empty).toEqual({ reason: 'no_active_plans' });
    });
  });
});
