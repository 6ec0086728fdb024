import type { ReasonCode } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import * as assign from '../../stories/numbers/AssignNumberDialog.stories';
import * as actions from '../../stories/numbers/NumberDialogs.stories';
import * as pay from '../../stories/numbers/PayToActivate.stories';
import * as card from '../../stories/subscription/SubscriptionCard.stories';

// design.md, "Reason codes": the numbers list, and the user-side refusals assigning can meet.
const NUMBER_REASONS: readonly ReasonCode[] = [
  'number_not_unassigned',
  'number_linked_to_agent',
  'user_not_approved',
  'user_subscription_inactive',
  'illegal_transition',
  'payment_method_required',
  'currency_mismatch',
];

type Story = { parameters?: { covers?: { reasons?: string[] } }; play?: unknown };
const all = [assign, actions].flatMap((module) => Object.entries(module).filter(([name]) => name !== 'default')) as [
  string,
  Story,
][];

describe('number stories', () => {
  it.each(NUMBER_REASONS)('show the reason code %s with its fix, checked by a play function', (reason) => {
    const covering = all.filter(([, story]) => story.parameters?.covers?.reasons?.includes(reason));
    expect(covering.map(([name]) => name)).not.toEqual([]);
    for (const [, story] of covering) expect(typeof story.play).toBe('function');
  });

  it('show each step of paying and each billing badge', () => {
    expect(Object.keys(pay)).toEqual(
      expect.arrayContaining(['Pending', 'Paying', 'Activated', 'Declined', 'Expired', 'GaveUp', 'NotPending']),
    );
    expect(Object.keys(card)).toEqual(
      expect.arrayContaining(['Active', 'PastDue', 'Blocked', 'UsageInWallet', 'UsageInExcess', 'UsageOff', 'ChatOn']),
    );
  });
});
