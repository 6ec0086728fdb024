import { confirmPlanChange, money } from '@plankit/rules';
import { describe, expect, it } from 'vitest';
import { agency, LATE, offlineBasic, offlinePlus, onPlan, owner, pro, starter } from './fixtures';
import { quote } from './helpers';

const usd = (amount: number) => money(amount, 'USD');
const after = (seconds: number) => new Date(LATE.getTime() + seconds * 1000);

describe('confirmPlanChange', () => {
  const sa = onPlan(starter);
  const base = {
    actor: owner,
    agency,
    subAccount: sa,
    target: pro,
    quotedAt: LATE,
    quotedVersion: 3,
    subscriptionId: 'x',
  };

  it('charges exactly what the quote showed, though confirmed later (645, see the impact table)', () => {
    const shown = quote({ subAccount: sa, target: pro, now: LATE });
    const result = confirmPlanChange({ ...base, now: after(590) });
    if (!result.ok) expect.fail(result.reason);
    expect(result.invoice?.amount).toEqual(usd(645));
    expect(result.preview).toEqual(shown);
    expect(result.subAccount.subscription?.terms.id).toBe('pro');
  });

  it('refuses with quote_expired after the TTL', () => {
    expect(confirmPlanChange({ ...base, now: after(601) })).toEqual({
      ok: false,
      reason: 'quote_expired',
      params: { reason: 'age', ttlSeconds: 600 },
    });
  });

  it('refuses with quote_expired when another change moved the version', () => {
    expect(confirmPlanChange({ ...base, quotedVersion: 2, now: after(1) }).ok).toBe(false);
  });

  it('refuses with the first blocker instead of applying', () => {
    const noCard = onPlan(starter, {}, { hasPaymentMethod: false });
    expect(confirmPlanChange({ ...base, subAccount: noCard, now: after(1) })).toEqual({
      ok: false,
      reason: 'payment_method_required',
    });
  });

  it('refuses what the preview refuses', () => {
    expect(confirmPlanChange({ ...base, target: offlinePlus, now: after(1) })).toEqual({
      ok: false,
      reason: 'payment_type_mismatch',
      params: { current: 'stripe', target: 'offline' },
    });
  });

  it('debits the pool for an offline upgrade', () => {
    const pool = { ...agency, creditPool: usd(5000) };
    const result = confirmPlanChange({
      ...base,
      agency: pool,
      subAccount: onPlan(offlineBasic),
      target: offlinePlus,
      now: after(1),
    });
    if (!result.ok) expect.fail(result.reason);
    expect([result.poolDebit, result.agency.creditPool]).toEqual([usd(4500), usd(500)]);
  });
});
