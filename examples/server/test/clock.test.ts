// Period-end effects by moving the development clock (from 2026-11-22T10:00:00Z).
import { Clock, PhoneNumberView } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { advanceClock, subAccountDetail, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();
const DAY = 86_400;

const advance = (seconds: number) => advanceClock(api, seconds);
const detail = (id: string) => subAccountDetail(api, id);

async function invoices(subAccountId: string, kind: string) {
  return server().db.query<{ amount: number; status: string; created_at: Date }>(
    'SELECT amount, status, created_at FROM invoices WHERE sub_account_id = $1 AND kind = $2 ORDER BY created_at',
    [subAccountId, kind],
  );
}

describe('moving the clock', () => {
  it('reports the new instant', async () => {
    expect(wireOf(Clock, (await api.get('/v1/dev/clock', { token: null })).body).now).toBe('2026-11-22T10:00:00.000Z');
    expect(await advance(90)).toBe('2026-11-22T10:01:30.000Z');
  });

  it('renews a Stripe subscription at period end: invoices it and grants the minutes again', async () => {
    await advance(20 * DAY);
    const harbor = await detail('sa_harbor');
    expect(harbor.subAccount.subscription).toMatchObject({
      periodStart: '2026-12-12T10:00:00.000Z',
      periodEnd: '2027-01-12T10:00:00.000Z',
      periodPaid: true,
      terms: { id: 'plan_growth' },
    });
    expect(harbor.usage).toMatchObject({ usedMinutes: 0, includedRemaining: 1000 });
    expect(await invoices('sa_harbor', 'renewal')).toEqual([
      { amount: 4900, status: 'paid', created_at: new Date('2026-12-12T10:00:00.000Z') },
    ]);
  });

  it('applies a scheduled cancellation at period end: canceled, no renewal invoice, the sub-account free again', async () => {
    // Harbor's period ends 2026-12-12T10:00Z; a cancellation is scheduled for then.
    await server().db.query(
      `UPDATE subscriptions SET cancel_at = period_end, version = version + 1
       WHERE sub_account_id = 'sa_harbor' AND is_current`,
    );
    await advance(19 * DAY);
    expect((await detail('sa_harbor')).subAccount.subscription).toMatchObject({ status: 'active' });
    await advance(2 * DAY);
    const harbor = await detail('sa_harbor');
    expect(harbor.subAccount.subscription).toMatchObject({ status: 'canceled', cancelAt: '2026-12-12T10:00:00.000Z' });
    expect(harbor.billingBadge).toBe('inactive');
    expect(await invoices('sa_harbor', 'renewal')).toEqual([]);
  });

  it('leaves a Stripe subscription past due when the renewal is not paid (declining card)', async () => {
    // Zephyr Travel started Starter on 2026-11-18T10:00Z; its period ends 2026-12-18T10:00Z.
    await advance(26 * DAY);
    const zephyr = await detail('sa_zephyr');
    expect([zephyr.subAccount.subscription?.status, zephyr.billingBadge]).toEqual(['past_due', 'past_due']);
    expect(zephyr.openInvoice?.amount).toEqual({ amount: 2900, currency: 'USD' });
  });

  it('ends a trial at its end: the first invoice is charged and the subscription becomes active', async () => {
    // Juniper Law's 14-day trial began 2026-11-15T10:00Z and ends 2026-11-29T10:00Z.
    await advance(7 * DAY);
    const juniper = await detail('sa_juniper');
    expect(juniper.subAccount.subscription).toMatchObject({
      status: 'active',
      periodStart: '2026-11-29T10:00:00.000Z',
      periodEnd: '2026-12-29T10:00:00.000Z',
      periodPaid: true,
    });
    expect((await invoices('sa_juniper', 'renewal')).map((i) => [i.amount, i.status])).toEqual([[2900, 'paid']]);
  });

  it('keeps the clock moved across a restart', async () => {
    await advance(3600);
    const [row] = await server().db.query(`SELECT value FROM server_state WHERE key = 'clock_offset_ms'`);
    expect(row).toEqual({ value: 3_600_000 });
  });

  it('applies a scheduled downgrade at period end', async () => {
    const quote = (
      await api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_starter' }, { key: null })
    ).body as { quotedAt: string; quotedVersion: number };
    await api.post('/v1/sub-accounts/sa_harbor/change-plan', { targetPlanId: 'plan_starter', ...quote });
    await advance(20 * DAY - 1);
    expect((await detail('sa_harbor')).subAccount.subscription?.terms.id).toBe('plan_growth');
    await advance(1);
    const after = await detail('sa_harbor');
    expect(after.subAccount.subscription).toMatchObject({
      terms: { id: 'plan_starter' },
      scheduledChange: null,
      version: 3,
    });
    expect(after.usage?.includedRemaining).toBe(300);
    expect((await invoices('sa_harbor', 'renewal')).map((i) => i.amount)).toEqual([2900]);
  });

  it('returns a released number to the pool at its period end', async () => {
    await advance(5 * DAY);
    const number = wireOf(
      PhoneNumberView,
      ((await api.get('/v1/numbers')).body as unknown[]).find((n) => (n as { id: string }).id === 'num_chi_0106'),
    );
    expect(number).toMatchObject({ state: 'unassigned', assignedTo: null, agentId: null, periodEnd: null });
    expect(number.attachments.agents).toEqual([]);
  });

  it('renews an active number each month on its activation day', async () => {
    await advance(20 * DAY);
    const mine = (await api.get('/v1/sub-accounts/sa_harbor/numbers')).body as { id: string; periodEnd: string }[];
    expect(mine.find((n) => n.id === 'num_ny_0105')?.periodEnd).toBe('2027-01-12T10:00:00.000Z');
    const [charge] = await server().db.query(
      `SELECT amount, status FROM invoices WHERE phone_number_id = 'num_ny_0105' AND kind = 'number'`,
    );
    expect(charge).toEqual({ amount: 415, status: 'paid' });
  });

  it('shows an unpaid offline period as Past Due after the due days and Blocked after the grace days', async () => {
    await api.post('/v1/sub-accounts/sa_cedar/assigned-plan', { planId: 'plan_offline_basic' });
    await api.post('/v1/sub-accounts/sa_cedar/subscription', {});
    expect((await detail('sa_cedar')).billingBadge).toBe('active');
    await advance(14 * DAY);
    expect((await detail('sa_cedar')).billingBadge).toBe('past_due');
    await advance(7 * DAY);
    expect((await detail('sa_cedar')).billingBadge).toBe('blocked');
  });
});
