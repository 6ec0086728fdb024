import { CHANGE_PLAN_REASON_CODES, COMMON_REASON_CODES, IMPACT_KINDS, type ReasonCode } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import * as billingStories from '../stories/billing/Billing.stories';
import * as stories from '../stories/change-plan/ChangePlanDialog.stories';
import * as rtlStories from '../stories/rtl/RightToLeft.stories';

const CHANGE_PLAN_REASONS: readonly ReasonCode[] = [...CHANGE_PLAN_REASON_CODES, ...COMMON_REASON_CODES];

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

type BillingCovered = {
  parameters?: { covers?: { billing?: { component: string; states: string[] } } };
  play?: unknown;
};
const billingEntries = [...Object.entries(billingStories), ...Object.entries(rtlStories)].filter(
  ([name]) => name !== 'default',
) as [string, BillingCovered][];

// Every billing component in every state its users meet, each checked by a play function.
const BILLING_STATES = {
  InvoiceList: ['open', 'paid', 'void', 'past_due', 'mark_paid', 'credit_applied', 'empty', 'loading', 'error', 'rtl'],
  InvoiceDetail: ['open', 'paid', 'void', 'past_due', 'mark_paid', 'credit_applied', 'loading', 'error', 'rtl'],
  CreditBalance: ['credit_applied', 'agency_pool', 'empty', 'loading', 'error', 'rtl'],
  InvoiceStatusBadge: ['statuses'],
} as const;

describe('billing stories', () => {
  const cases = Object.entries(BILLING_STATES).flatMap(([component, states]) =>
    states.map((state) => [component, state] as const),
  );
  it.each(cases)('show %s in the %s state, with a play function', (component, state) => {
    const covering = billingEntries.filter(
      ([, story]) =>
        story.parameters?.covers?.billing?.component === component &&
        story.parameters.covers.billing.states.includes(state),
    );
    expect(covering.map(([name]) => name)).not.toEqual([]);
    for (const [name, story] of covering) expect(typeof story.play, name).toBe('function');
  });
});
