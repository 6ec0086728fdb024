import { money, planOptions } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import {
  AGENCY_ID,
  eurStarter,
  offlineBasic,
  offlinePlus,
  onPlan,
  plan,
  pro,
  proPlus,
  proYearly,
  starter,
  subAccount,
} from './fixtures';

const archived = plan({ id: 'old', name: 'Old', status: 'archived' });
const draft = plan({ id: 'draft', name: 'Draft', status: 'draft' });
const foreign = plan({ id: 'foreign', name: 'Foreign', agencyId: 'ag_2' });
const contract = plan({ id: 'enterprise', name: 'Enterprise', price: money(90_000, 'USD'), contractOnly: true });
const catalog = [
  proYearly,
  offlinePlus,
  pro,
  archived,
  starter,
  draft,
  offlineBasic,
  foreign,
  contract,
  eurStarter,
  proPlus,
];

const rows = (result: ReturnType<typeof planOptions>) =>
  result.options.map((o) => [o.plan.id, o.current, o.disabled, o.action]);

describe('planOptions', () => {
  describe('given a paid Stripe USD sub-account', () => {
    it('lists active Stripe USD plans of the agency by price per day, the current one disabled', () => {
      // per day: Starter 20/30.44 = 0.66, Pro Yearly 400/365.24 = 1.10, Pro = Pro Plus 40/30.44 = 1.31 (then
      // by name), Enterprise 900/30.44 = 29.57.
      const result = planOptions({ subAccount: onPlan(starter), plans: catalog, agencyId: AGENCY_ID });
      expect(rows(result)).toEqual([
        ['starter', true, true, 'confirm'],
        ['pro_yearly', false, false, 'confirm'],
        ['pro', false, false, 'confirm'],
        ['pro_plus', false, false, 'confirm'],
        ['enterprise', false, false, 'contact_sales'],
      ]);
      expect(result.empty).toBeNull();
    });

    it('still lists the current plan from the snapshot when the catalog archived it', () => {
      const result = planOptions({ subAccount: onPlan(archived), plans: catalog, agencyId: AGENCY_ID });
      expect(result.options.filter((o) => o.current).map((o) => [o.plan.id, o.disabled])).toEqual([['old', true]]);
    });

    it('offers only Contact sales on a custom contract', () => {
      const sa = onPlan(starter, {}, { customContract: true });
      const result = planOptions({ subAccount: sa, plans: [starter, pro], agencyId: AGENCY_ID });
      expect(rows(result)).toEqual([
        ['starter', true, true, 'contact_sales'],
        ['pro', false, false, 'contact_sales'],
      ]);
    });

    it('is empty of choices when only the current plan is active, and says so', () => {
      const result = planOptions({ subAccount: onPlan(starter), plans: [starter, archived], agencyId: AGENCY_ID });
      expect(rows(result)).toEqual([['starter', true, true, 'confirm']]);
      expect(result.empty).toEqual({ reason: 'no_active_plans' });
    });

    it('says no plan of its payment type when only other types or currencies are active', () => {
      const result = planOptions({
        subAccount: onPlan(starter),
        plans: [starter, offlinePlus, eurStarter],
        agencyId: AGENCY_ID,
      });
      expect(result.empty).toEqual({ reason: 'no_plans_of_payment_type' });
    });
  });

  describe('given a paid offline sub-account', () => {
    it('lists only active offline plans', () => {
      const result = planOptions({ subAccount: onPlan(offlineBasic), plans: catalog, agencyId: AGENCY_ID });
      expect(rows(result)).toEqual([
        ['off_basic', true, true, 'confirm'],
        ['off_plus', false, false, 'confirm'],
      ]);
    });
  });

  describe('given a free sub-account', () => {
    it('lists every active plan of either payment type, none current', () => {
      const result = planOptions({ subAccount: subAccount(), plans: catalog, agencyId: AGENCY_ID });
      // EUR sorts before USD; within USD by price per day (Starter 0.66, Offline Basic 30/30.44 = 0.99,
      // Pro Yearly 1.10, Pro and Pro Plus 1.31, Offline Plus 75/30.44 = 2.46, Enterprise 29.57), then name.
      expect(result.options.map((o) => o.plan.id)).toEqual([
        'eur_starter',
        'starter',
        'off_basic',
        'pro_yearly',
        'pro',
        'pro_plus',
        'off_plus',
        'enterprise',
      ]);
      expect(result.options.every((o) => !o.current && !o.disabled)).toBe(true);
    });

    it('says there are no active plans when the catalog has none', () => {
      expect(planOptions({ subAccount: subAccount(), plans: [archived, draft], agencyId: AGENCY_ID })).toEqual({
        options: [],
        empty: { reason: 'no_active_plans' },
      });
    });
  });
});
