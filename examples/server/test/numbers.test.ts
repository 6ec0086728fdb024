// Phone numbers over HTTP: pool, buy, eligible users, assign, checkout (local page), release, unassign.
// Telco cost is $1.15/month; Growth and Starter add $3.00 and Pro $2.50 as the phone number price.
import { Checkout, EligibleUserPage, PhoneNumberView, PhoneNumberViewList } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, ledgerCount, TOKENS, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();
const harbor = { token: 'tok_harbor_approved' };

async function outbox() {
  return server().db.query<{ kind: string; recipient_user_id: string; e164: string }>(
    `SELECT kind, recipient_user_id, payload->>'e164' AS e164 FROM outbox ORDER BY id`,
  );
}

describe('the agency pool', () => {
  it('lists every number with its state, assignee and what uses it', async () => {
    const pool = wireOf(PhoneNumberViewList, (await api.get('/v1/numbers')).body);
    expect(pool.map((n) => [n.e164, n.state, n.assignee?.subAccountName ?? null])).toEqual([
      ['+12125550104', 'pending_payment', 'Harbor Fitness'],
      ['+12125550105', 'active', 'Harbor Fitness'],
      ['+13125550106', 'releasing', 'Willow Clinics'],
      ['+14155550101', 'unassigned', null],
      ['+14155550102', 'unassigned', null],
      ['+14155550103', 'unassigned', null],
    ]);
    const active = pool.find((n) => n.id === 'num_ny_0105');
    expect(active?.attachments).toEqual({
      agents: [{ id: 'num_ny_0105_agent_0', name: 'Harbor Front Desk' }],
      campaigns: [{ id: 'num_ny_0105_campaign_1', name: 'Spring Membership Drive' }],
      workflows: [{ id: 'num_ny_0105_workflow_2', name: 'Missed-call text back' }],
    });
    expect(pool.find((n) => n.id === 'num_sf_0103')?.attachments.agents).toEqual([
      { id: 'agent_front_desk', name: 'Front Desk Agent' },
    ]);
  });

  it("buys a number into the pool and charges the first month's telco cost to the agency", async () => {
    const before = await ledgerCount(server());
    const response = await api.post('/v1/numbers', { country: 'US', areaCode: '415', capabilities: ['voice', 'sms'] });
    const bought = wireOf(PhoneNumberView, response.body);
    expect(bought).toMatchObject({
      e164: '+14155550104',
      country: 'US',
      state: 'unassigned',
      capabilities: ['voice', 'sms'],
      telcoCost: { amount: 115, currency: 'USD' },
      assignedTo: null,
    });
    expect((await ledgerCount(server())) - before).toBe(1);
    const [entry] = await server().db.query(`SELECT kind, amount FROM ledger_entries ORDER BY id DESC LIMIT 1`);
    expect(entry).toEqual({ kind: 'telco_purchase', amount: 115 });
  });
});

describe('eligible users of a pool number', () => {
  it('lists only approved users of unblocked sub-accounts with an active or trialing plan and a card, with their monthly price', async () => {
    const page = wireOf(EligibleUserPage, (await api.get('/v1/numbers/num_sf_0101/eligible-users?limit=100')).body);
    expect(page.items.map((u) => [u.name, u.subAccountName, u.monthlyPrice.amount])).toEqual([
      ['Benjamin King', 'Zephyr Travel', 415],
      ['Grace Kim', 'Juniper Law', 415],
      ['Harper Allen', 'Yarrow Books', 415],
      ['Henry Adams', 'Umber Design', 415],
      ['Isabella Young', 'Vantage Holdings', 365],
      ['James Hall', 'Willow Clinics', 415],
      ['Sofia Alvarez', 'Harbor Fitness', 415],
    ]);
    expect(page).toMatchObject({ total: 7, nextCursor: null });
  });

  it('pages with a cursor', async () => {
    const first = wireOf(EligibleUserPage, (await api.get('/v1/numbers/num_sf_0101/eligible-users?limit=3')).body);
    expect(first.items.map((u) => u.name)).toEqual(['Benjamin King', 'Grace Kim', 'Harper Allen']);
    const second = wireOf(
      EligibleUserPage,
      (await api.get(`/v1/numbers/num_sf_0101/eligible-users?limit=3&cursor=${first.nextCursor}`)).body,
    );
    expect(second.items.map((u) => u.name)).toEqual(['Henry Adams', 'Isabella Young', 'James Hall']);
    const third = wireOf(
      EligibleUserPage,
      (await api.get(`/v1/numbers/num_sf_0101/eligible-users?limit=3&cursor=${second.nextCursor}`)).body,
    );
    expect(third.items.map((u) => u.name)).toEqual(['Sofia Alvarez']);
    expect(third.nextCursor).toBeNull();
  });

  it('searches names, emails and sub-account names', async () => {
    const page = wireOf(EligibleUserPage, (await api.get('/v1/numbers/num_sf_0101/eligible-users?q=HAR')).body);
    expect(page.items.map((u) => u.name)).toEqual(['Harper Allen', 'Sofia Alvarez']);
    expect(page.total).toBe(2);
  });
});

describe('assigning a number', () => {
  it('reserves it at telco cost + the plan price and notifies the user', async () => {
    const response = await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_juniper' });
    const assigned = wireOf(PhoneNumberView, response.body);
    expect(assigned).toMatchObject({
      state: 'pending_payment',
      assignedTo: { userId: 'sau_juniper', subAccountId: 'sa_juniper', monthlyPrice: { amount: 415, currency: 'USD' } },
      assignee: { userName: 'Grace Kim', subAccountName: 'Juniper Law' },
      periodEnd: null,
    });
    expect(await outbox()).toEqual([
      { kind: 'number_pending_activation', recipient_user_id: 'sau_juniper', e164: '+14155550101' },
    ]);
  });

  it('refuses a user of another agency as not_found', async () => {
    const response = await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_globex_acme' });
    expect([response.status, errorCode(response.body)]).toEqual([404, 'not_found']);
  });
});

describe('paying to activate (the local checkout page)', () => {
  async function startCheckout(numberId = 'num_ny_0104', token = harbor.token) {
    const response = await api.post(
      `/v1/numbers/${numberId}/checkout`,
      { returnUrl: 'http://localhost:5173/numbers?tab=mine' },
      { token },
    );
    return wireOf(Checkout, response.body);
  }

  it('activates the number once paid, billed from today each month', async () => {
    const checkout = await startCheckout();
    expect(checkout).toMatchObject({ status: 'open' });
    expect(checkout.url.startsWith(`${server().url}/checkout/${checkout.id}/`)).toBe(true);
    const page = await fetch(checkout.url);
    expect(await page.text()).toContain('Activate phone number +12125550104');

    const before = await ledgerCount(server());
    const paid = await fetch(`${checkout.url}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(
      `http://localhost:5173/numbers?tab=mine&checkout=${checkout.id}&status=complete`,
    );
    const status = wireOf(Checkout, (await api.get(`/v1/checkouts/${checkout.id}`, harbor)).body);
    expect(status.status).toBe('complete');
    expect(status.number).toMatchObject({ state: 'active', periodEnd: '2026-12-22T10:00:00.000Z' });
    expect((await ledgerCount(server())) - before).toBe(1);

    // Paying twice does nothing more.
    await fetch(`${checkout.url}/pay`, { method: 'POST', redirect: 'manual' });
    expect((await ledgerCount(server())) - before).toBe(1);
  });

  it('leaves the number pending when the payer declines, and a new checkout can be started', async () => {
    const checkout = await startCheckout();
    const declined = await fetch(`${checkout.url}/decline`, { method: 'POST', redirect: 'manual' });
    expect(declined.headers.get('location')).toContain('status=declined');
    const status = wireOf(Checkout, (await api.get(`/v1/checkouts/${checkout.id}`, harbor)).body);
    expect([status.status, status.number.state]).toEqual(['declined', 'pending_payment']);
    const again = await startCheckout();
    expect(again.id).not.toBe(checkout.id);
  });

  it('declines when the card on file declines', async () => {
    await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_zephyr' });
    const checkout = await startCheckout('num_sf_0101', 'tok_zephyr');
    const paid = await fetch(`${checkout.url}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.headers.get('location')).toContain('status=declined');
  });

  it('refuses a checkout for a number that is not pending (illegal_transition)', async () => {
    const response = await api.post(
      '/v1/numbers/num_ny_0105/checkout',
      { returnUrl: 'http://localhost:5173/' },
      harbor,
    );
    expect([response.status, errorCode(response.body)]).toEqual([422, 'illegal_transition']);
  });
});

describe('releasing and unassigning', () => {
  it('releases an active number at period end: usable until then', async () => {
    const released = wireOf(PhoneNumberView, (await api.post('/v1/numbers/num_ny_0105/release', {}, harbor)).body);
    expect(released).toMatchObject({ state: 'releasing', periodEnd: '2026-12-12T10:00:00.000Z' });
    expect(released.attachments.agents).toHaveLength(1);
  });

  it('unassigns a number now, detaches what used it and notifies the user', async () => {
    const response = await api.post('/v1/numbers/num_ny_0105/unassign', {});
    const number = wireOf(PhoneNumberView, response.body);
    expect(number).toMatchObject({
      state: 'unassigned',
      assignedTo: null,
      assignee: null,
      agentId: null,
      periodEnd: null,
    });
    expect(number.attachments).toEqual({ agents: [], campaigns: [], workflows: [] });
    expect(await outbox()).toEqual([
      { kind: 'number_unassigned', recipient_user_id: 'sau_harbor', e164: '+12125550105' },
    ]);
    const mine = wireOf(PhoneNumberViewList, (await api.get('/v1/sub-accounts/sa_harbor/numbers', harbor)).body);
    expect(mine.map((n) => n.id)).toEqual(['num_ny_0104']);
  });

  it("lists a sub-account's own numbers", async () => {
    const mine = wireOf(PhoneNumberViewList, (await api.get('/v1/sub-accounts/sa_harbor/numbers', harbor)).body);
    expect(mine.map((n) => [n.id, n.state])).toEqual([
      ['num_ny_0104', 'pending_payment'],
      ['num_ny_0105', 'active'],
    ]);
  });

  it('refuses releasing a pending number (illegal_transition)', async () => {
    const response = await api.post('/v1/numbers/num_ny_0104/release', {}, harbor);
    expect([response.status, errorCode(response.body)]).toEqual([422, 'illegal_transition']);
  });

  it("hides another sub-account's number from a sub-account user (not_found)", async () => {
    const response = await api.post('/v1/numbers/num_chi_0106/release', {}, harbor);
    expect([response.status, errorCode(response.body)]).toEqual([404, 'not_found']);
  });

  it('keeps an agency member out of a sub-account action', async () => {
    const response = await api.post('/v1/numbers/num_ny_0105/release', {}, { token: TOKENS.owner });
    expect(response.status).toBe(404);
  });
});
