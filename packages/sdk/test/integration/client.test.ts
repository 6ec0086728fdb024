// Every client method against the reference server, including its refusals.
import { describe, expect, it } from 'vitest';
import { isPlankitHttpError, type PlankitHttpError } from '../../src';
import { TOKENS, withReferenceServer } from './reference-server';

const { clientFor, ledgerRows } = withReferenceServer();

async function refusal(promise: Promise<unknown>): Promise<Pick<PlankitHttpError, 'status' | 'code'>> {
  try {
    await promise;
  } catch (error) {
    if (isPlankitHttpError(error)) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('given the agency owner', () => {
  const owner = () => clientFor(TOKENS.owner);

  it('reads who is calling', async () => {
    const me = await owner().getMe();
    expect(me.actor).toEqual({
      kind: 'agency_member',
      agencyId: me.agency.id,
      userId: 'user_northwind_owner',
      role: 'owner',
    });
    expect(me.subAccount).toBeNull();
  });

  it('lists the whole catalog, every status, with money in minor units', async () => {
    const plans = await owner().listPlans();
    const ids = plans.map((p) => p.id);
    expect(ids).toContain('plan_scale_draft');
    expect(ids).not.toContain('plan_globex_basic');
    expect(plans.every((p) => p.price === null || Number.isSafeInteger(p.price.amount))).toBe(true);
  });

  it('lists sub-accounts with their users and billing badges', async () => {
    const { items: rows, total } = await owner().listSubAccounts();
    expect(total).toBe(rows.length);
    const harbor = rows.find((r) => r.subAccount.id === 'sa_harbor');
    expect(harbor?.users.map((u) => u.status).sort()).toEqual(['approved', 'blocked', 'pending']);
    expect(harbor?.currentPlan?.id).toBe('plan_growth');
    expect(harbor?.billingBadge).toBe('active');
    expect(rows.find((r) => r.subAccount.id === 'sa_oakridge')?.billingBadge).toBe('blocked');
  });

  it('pages and searches sub-accounts on the server', async () => {
    const first = await owner().listSubAccounts({ limit: 2 });
    const second = await owner().listSubAccounts({ limit: 2, cursor: first.nextCursor });
    expect([first.items.length, second.items.length]).toEqual([2, 2]);
    expect(second.items.map((r) => r.subAccount.id)).not.toContain(first.items[0]?.subAccount.id);
    const found = await owner().listSubAccounts({ q: 'sofia@harbor', status: 'active' });
    expect(found.items.map((r) => r.subAccount.name)).toEqual(['Harbor Fitness']);
  });

  it('reads a sub-account’s billing with Dates', async () => {
    const detail = await owner().getSubAccount('sa_harbor');
    const subscription = detail.subAccount.subscription;
    expect(subscription?.terms.id).toBe('plan_growth');
    expect(subscription?.periodStart).toEqual(new Date('2026-11-12T10:00:00.000Z'));
    expect(detail.usage?.usedMinutes).toBe(440);
  });

  it('refuses another agency’s sub-account as not found', async () => {
    expect(await refusal(owner().getSubAccount('sa_globex_acme'))).toEqual({ status: 404, code: 'not_found' });
  });

  it('previews and confirms an upgrade, charging exactly the quote', async () => {
    const client = owner();
    const context = await client.getChangePlanContext('sa_harbor');
    expect(context.permission).toEqual({ allowed: true });
    expect(context.options.find((o) => o.current)?.plan.id).toBe('plan_growth');
    const preview = await client.previewPlanChange('sa_harbor', { targetPlanId: 'plan_pro' });
    expect([preview.kind, preview.timing]).toEqual(['stripe_upgrade', 'now']);
    const before = await ledgerRows();
    const result = await client.changePlan('sa_harbor', preview);
    expect(result.amountCharged).toEqual(preview.amountDueNow);
    expect(result.invoice?.amount).toEqual(preview.amountDueNow);
    expect(result.subAccount.subscription?.terms.id).toBe('plan_pro');
    expect(await ledgerRows()).toBeGreaterThan(before);
  });

  it('refuses a stale quote with quote_expired', async () => {
    const client = owner();
    const preview = await client.previewPlanChange('sa_harbor', { targetPlanId: 'plan_pro' });
    await client.changePlan('sa_harbor', preview);
    const again = await client.previewPlanChange('sa_harbor', { targetPlanId: 'plan_growth' });
    const stale = { ...again, quotedVersion: preview.quotedVersion };
    expect(await refusal(client.changePlan('sa_harbor', stale))).toEqual({ status: 409, code: 'quote_expired' });
  });

  it('schedules a downgrade for period end and cancels it', async () => {
    const client = owner();
    const preview = await client.previewPlanChange('sa_harbor', { targetPlanId: 'plan_starter' });
    expect([preview.kind, preview.timing]).toEqual(['stripe_downgrade', 'period_end']);
    const result = await client.changePlan('sa_harbor', preview);
    expect(result.scheduledChange?.targetPlanId).toBe('plan_starter');
    expect(result.amountCharged.amount).toBe(0);
    const detail = await client.cancelScheduledChange('sa_harbor');
    expect(detail.subAccount.subscription?.scheduledChange).toBeNull();
  });

  it('refuses to change a blocked sub-account’s plan', async () => {
    const context = await owner().getChangePlanContext('sa_tidewater');
    expect(context.permission).toEqual({ allowed: false, reason: 'sub_account_blocked' });
  });

  it('assigns a plan, then starts the subscription with a payment request', async () => {
    const client = owner();
    const assigned = await client.assignPlan('sa_cedar', { planId: 'plan_starter' });
    expect(assigned.assignedPlan?.id).toBe('plan_starter');
    const started = await client.startSubscription('sa_bluebird');
    expect(started.subAccount.subscription?.terms.id).toBe('plan_starter');
    expect(started.paymentRequest?.amount).toEqual(started.subAccount.subscription?.terms.price);
  });

  it('lists the pool, buys a number, and finds eligible users page by page', async () => {
    const client = owner();
    const pool = await client.listNumbers();
    expect(pool.map((n) => n.id)).toContain('num_sf_0101');
    const bought = await client.buyNumber({ country: 'US', areaCode: '646', capabilities: ['voice', 'sms'] });
    expect([bought.state, bought.country, bought.telcoCost.currency]).toEqual(['unassigned', 'US', 'USD']);
    const first = await client.listEligibleUsers('num_sf_0101', { limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await client.listEligibleUsers('num_sf_0101', { limit: 1, cursor: first.nextCursor });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    const search = await client.listEligibleUsers('num_sf_0101', { q: 'sofia' });
    expect(search.items.map((u) => u.id)).toEqual(['sau_harbor']);
  });

  it('assigns a number to an eligible user and unassigns it', async () => {
    const client = owner();
    const assigned = await client.assignNumber('num_sf_0101', { userId: 'sau_harbor' });
    expect(assigned.state).toBe('pending_payment');
    expect(assigned.assignee).toEqual({ userName: 'Sofia Alvarez', subAccountName: 'Harbor Fitness' });
    const unassigned = await client.unassignNumber('num_sf_0101');
    expect([unassigned.state, unassigned.assignedTo]).toEqual(['unassigned', null]);
  });

  it('refuses number assignments with their reason codes', async () => {
    const client = owner();
    expect(await refusal(client.assignNumber('num_sf_0103', { userId: 'sau_harbor' }))).toEqual({
      status: 422,
      code: 'number_linked_to_agent',
    });
    expect(await refusal(client.assignNumber('num_sf_0102', { userId: 'sau_harbor_pending' }))).toEqual({
      status: 422,
      code: 'user_not_approved',
    });
    expect(await refusal(client.assignNumber('num_ny_0104', { userId: 'sau_harbor' }))).toMatchObject({
      code: 'number_not_unassigned',
    });
  });

  it('lists a sub-account’s numbers', async () => {
    const numbers = await owner().listSubAccountNumbers('sa_harbor');
    expect(numbers.map((n) => n.id).sort()).toEqual(['num_ny_0104', 'num_ny_0105']);
  });
});

describe('given a sub-account user', () => {
  it('releases an active number at period end', async () => {
    const released = await clientFor(TOKENS.harbor).releaseNumber('num_ny_0105');
    expect(released.state).toBe('releasing');
    expect(released.attachments.agents.map((a) => a.name)).toEqual(['Harbor Front Desk']);
  });

  it('pays for a pending number through checkout', async () => {
    const client = clientFor(TOKENS.harbor);
    const checkout = await client.startCheckout('num_ny_0104', { returnUrl: 'http://localhost:5173/numbers' });
    expect(checkout.status).toBe('open');
    const pay = await fetch(`${checkout.url}/pay`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(pay.status).toBe(303);
    const done = await client.getCheckout(checkout.id);
    expect([done.status, done.number.state]).toEqual(['complete', 'active']);
  });

  it('sees a declined card as a declined checkout, the number still pending', async () => {
    await clientFor(TOKENS.owner).assignNumber('num_sf_0101', { userId: 'sau_zephyr' });
    const client = clientFor(TOKENS.zephyr);
    const checkout = await client.startCheckout('num_sf_0101', { returnUrl: 'http://localhost:5173/numbers' });
    await fetch(`${checkout.url}/pay`, { method: 'POST', redirect: 'manual' });
    const done = await client.getCheckout(checkout.id);
    expect([done.status, done.number.state]).toEqual(['declined', 'pending_payment']);
  });

  it('is refused the agency’s pool', async () => {
    expect(await refusal(clientFor(TOKENS.harbor).listNumbers())).toEqual({ status: 403, code: 'not_agency_member' });
  });
});

describe('given no token', () => {
  it('is unauthenticated', async () => {
    expect(await refusal(clientFor(null).getMe())).toEqual({ status: 401, code: 'unauthenticated' });
  });

  it('still reads the development users and moves the clock', async () => {
    const client = clientFor(null);
    const users = await client.listDevUsers();
    expect(users.map((u) => u.token)).toContain(TOKENS.owner);
    const before = await client.getClock();
    expect(before.now).toEqual(new Date('2026-11-22T10:00:00.000Z'));
    const after = await client.advanceClock(86_400);
    expect(after.now).toEqual(new Date('2026-11-23T10:00:00.000Z'));
  });
});
