import { changePlanEligibility } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { agency, clientUser, onPlan, otherAgencyMember, otherClientUser, owner, starter, subAccount } from './fixtures';

describe('changePlanEligibility', () => {
  describe('given an agency team member of the sub-account’s agency', () => {
    it('allows an active sub-account invited by the agency', () => {
      expect(changePlanEligibility({ actor: owner, agency, subAccount: onPlan(starter) })).toEqual({ ok: true });
    });

    it('allows a free sub-account', () => {
      expect(changePlanEligibility({ actor: owner, agency, subAccount: subAccount() })).toEqual({ ok: true });
    });

    it('refuses when the agency does not have the feature', () => {
      const off = { ...agency, features: { changePlan: false } };
      expect(changePlanEligibility({ actor: owner, agency: off, subAccount: onPlan(starter) })).toEqual({
        ok: false,
        reason: 'feature_disabled',
      });
    });

    it('refuses a sub-account blocked by the agency', () => {
      expect(changePlanEligibility({ actor: owner, agency, subAccount: subAccount({ status: 'blocked' }) })).toEqual({
        ok: false,
        reason: 'sub_account_blocked',
      });
    });

    it('refuses a sub-account that joined another way', () => {
      expect(
        changePlanEligibility({ actor: owner, agency, subAccount: subAccount({ createdByAgency: false }) }),
      ).toEqual({ ok: false, reason: 'not_created_by_agency' });
    });

    it.each(['incomplete', 'paused'] as const)('refuses a %s subscription', (status) => {
      expect(changePlanEligibility({ actor: owner, agency, subAccount: onPlan(starter, { status }) })).toEqual({
        ok: false,
        reason: 'subscription_not_changeable',
        params: { status },
      });
    });

    it.each(['active', 'trialing', 'past_due', 'unpaid', 'canceled', 'incomplete_expired'] as const)(
      'allows a %s subscription (canceled and incomplete_expired count as free)',
      (status) => {
        expect(changePlanEligibility({ actor: owner, agency, subAccount: onPlan(starter, { status }) })).toEqual({
          ok: true,
        });
      },
    );

    it('allows an open invoice by default', () => {
      const sa = onPlan(starter, { status: 'past_due', hasOpenInvoice: true });
      expect(changePlanEligibility({ actor: owner, agency, subAccount: sa })).toEqual({ ok: true });
    });

    it('refuses an open invoice when the policy blocks it', () => {
      const sa = onPlan(starter, { status: 'past_due', hasOpenInvoice: true });
      expect(changePlanEligibility({ actor: owner, agency, subAccount: sa, policy: { openInvoice: 'block' } })).toEqual(
        { ok: false, reason: 'open_invoice' },
      );
    });
  });

  describe('given someone outside the sub-account', () => {
    it('answers not_found to another agency’s member, so nothing leaks', () => {
      expect(changePlanEligibility({ actor: otherAgencyMember, agency, subAccount: onPlan(starter) })).toEqual({
        ok: false,
        reason: 'not_found',
      });
    });

    it('answers not_found when the agency passed is not the sub-account’s', () => {
      const other = { ...agency, id: 'ag_2' };
      expect(changePlanEligibility({ actor: otherAgencyMember, agency: other, subAccount: onPlan(starter) })).toEqual({
        ok: false,
        reason: 'not_found',
      });
    });

    it('answers not_found to a user of another sub-account, even with self-serve on', () => {
      expect(
        changePlanEligibility({
          actor: otherClientUser,
          agency,
          subAccount: onPlan(starter),
          policy: { selfServe: true },
        }),
      ).toEqual({ ok: false, reason: 'not_found' });
    });
  });

  describe('given a user of the sub-account itself', () => {
    it('refuses by default: only agency team members change plans', () => {
      expect(changePlanEligibility({ actor: clientUser, agency, subAccount: onPlan(starter) })).toEqual({
        ok: false,
        reason: 'not_agency_member',
      });
    });

    it('allows it when the host turns self-serve on', () => {
      expect(
        changePlanEligibility({ actor: clientUser, agency, subAccount: onPlan(starter), policy: { selfServe: true } }),
      ).toEqual({ ok: true });
    });
  });
});
