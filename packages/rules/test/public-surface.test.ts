// What a host can import: the core computes keys and values; English lives in its own entry.
import * as core from '@plankit/rules';
import * as messages from '@plankit/rules/messages';
import { describe, expect, it } from 'vitest';

describe('the core entry', () => {
  it('does not export the BigInt rounding helpers', () => {
    const names = Object.keys(core);
    for (const internal of ['toBigInt', 'toSafeNumber', 'divideHalfAwayFromZero', 'divideCeil', 'divideFloor']) {
      expect(names).not.toContain(internal);
    }
  });

  it('carries no English catalog', () => {
    const catalogs = ['reasonMessages', 'changePlanMessages', 'invoiceMessages', 'itemMessages', 'planMessages'];
    expect(Object.keys(core).filter((name) => catalogs.includes(name))).toEqual([]);
  });
});

describe('@plankit/rules/messages', () => {
  it('has English for exactly the keys the core produces', () => {
    expect(Object.keys(messages.changePlanMessages)).toEqual([...core.CHANGE_PLAN_MESSAGE_KEYS]);
    expect(Object.keys(messages.invoiceMessages)).toEqual([...core.INVOICE_MESSAGE_KEYS]);
    expect(Object.keys(messages.itemMessages)).toEqual([...core.ITEM_MESSAGE_KEYS]);
  });

  it('labels every number state once, and the reason messages read that table', () => {
    expect(messages.numberStateLabels).toEqual({
      unassigned: 'Unassigned',
      pending_payment: 'Pending Payment',
      active: 'Active',
      releasing: 'Releasing',
    });
    expect(
      messages.describeRefusal(core.refuse('illegal_transition', { from: 'pending_payment', event: 'release' })),
    ).toBe(
      'A number in state Pending Payment cannot take the Release action. Refresh to see its current state, then retry.',
    );
  });

  it('fills a template through a bound interpolator with the name of each placeholder', () => {
    const fill = messages.createInterpolator({
      formatValue: (value, name) => `${name}=${String(value)}`,
      locale: 'en-US',
    });
    expect(fill('{n, plural, one {# plan} other {# plans}} for {who}', { n: 2, who: 'Ada' })).toBe(
      'n=2 plans for who=Ada',
    );
    expect(fill('Hello {who}.', { who: undefined })).toBe('Hello {who}.');
  });
});
