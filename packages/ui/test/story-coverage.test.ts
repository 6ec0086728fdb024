import { IMPACT_KINDS, type ReasonCode } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import * as stories from '../stories/change-plan/ChangePlanDialog.stories';

// design.md, "Reason codes": the change-plan list, and not_found which any call can answer.
const CHANGE_PLAN_REASONS: readonly ReasonCode[] = [
  'not_agency_member',
  'feature_disabled',
  'sub_account_blocked',
  'not_created_by_agency',
  'subscription_not_changeable',
  'open_invoice',
  'plan_not_active',
  'same_plan',
  'payment_type_mismatch',
  'currency_mismatch',
  'payment_method_required',
  'over_limit',
  'contact_sales',
  'quote_expired',
  'insufficient_agency_credit',
  'not_found',
];

type Covered = { parameters?: { covers?: { kinds?: string[]; reasons?: string[] } }; play?: unknown };
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, Covered][];

function storiesCovering(field: 'kinds' | 'reasons', value: string): string[] {
  return entries.filter(([, story]) => story.parameters?.covers?.[field]?.includes(value)).map(([name]) => name);
}

describe('ChangePlanDialog stories', () => {
  it.each(IMPACT_KINDS)('show the impact kind %s', (kind) => {
    expect(storiesCovering('kinds', kind)).not.toEqual([]);
  });

  it.each(CHANGE_PLAN_REASONS)('show the reason code %s with its fix', (reason) => {
    expect(storiesCovering('reasons', reason)).not.toEqual([]);
  });

  it('check every story that claims coverage with a play function', () => {
    for (const [name, story] of entries) {
      if (story.parameters?.covers) expect(typeof story.play, name).toBe('function');
    }
  });
});
