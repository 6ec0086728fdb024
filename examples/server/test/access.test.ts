// What a sub-account user may do by standing (approved, pending, blocked), and whom a number may go to.
import { EligibleUserPage, PhoneNumberView, PhoneNumberViewList } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { signTestToken } from '../src/testing';
import { errorCode, useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();
const pending = { token: 'tok_harbor_pending' };

describe('a pending user of Harbor Fitness', () => {
  it("reads its own sub-account's billing", async () => {
    const response = await api.get('/v1/sub-accounts/sa_harbor', pending);
    expect(response.status).toBe(200);
  });

  it("does not see the sub-account's numbers, and is told why", async () => {
    const response = await api.get('/v1/sub-accounts/sa_harbor/numbers', pending);
    expect([response.status, response.body]).toEqual([
      422,
      {
        error: {
          code: 'user_not_approved',
          message:
            'Your access is pending: until the agency approves you, you can only view your sub-account’s billing. Ask the agency to approve you.',
          params: { status: { type: 'string', value: 'pending' } },
        },
      },
    ]);
  });

  it('cannot release an active number: it stays active', async () => {
    const response = await api.post('/v1/numbers/num_ny_0105/release', {}, pending);
    expect([response.status, errorCode(response.body)]).toEqual([422, 'user_not_approved']);
    const numbers = wireOf(
      PhoneNumberViewList,
      (await api.get('/v1/sub-accounts/sa_harbor/numbers', { token: 'tok_harbor_approved' })).body,
    );
    expect(numbers.find((n) => n.id === 'num_ny_0105')?.state).toBe('active');
  });

  it('cannot pay for a pending number', async () => {
    const response = await api.post(
      '/v1/numbers/num_ny_0104/checkout',
      { returnUrl: 'http://localhost:5173/' },
      pending,
    );
    expect([response.status, errorCode(response.body)]).toEqual([422, 'user_not_approved']);
  });
});

describe('another approved user of the same sub-account', () => {
  it('cannot release or pay for a number assigned to someone else (not_found)', async () => {
    await server().db.query(
      `INSERT INTO sub_account_users (id, sub_account_id, name, email, status)
       VALUES ('sau_harbor_colleague', 'sa_harbor', 'Ben Carter', 'ben@harborfitness.example', 'approved')`,
    );
    const colleague = {
      token: signTestToken({ kind: 'sub_account_user', subAccountId: 'sa_harbor', userId: 'sau_harbor_colleague' }),
    };
    const release = await api.post('/v1/numbers/num_ny_0105/release', {}, colleague);
    const checkout = await api.post(
      '/v1/numbers/num_ny_0104/checkout',
      { returnUrl: 'http://localhost:5173/' },
      colleague,
    );
    expect([release.status, errorCode(release.body), checkout.status, errorCode(checkout.body)]).toEqual([
      404,
      'not_found',
      404,
      'not_found',
    ]);
    const released = wireOf(
      PhoneNumberView,
      (await api.post('/v1/numbers/num_ny_0105/release', {}, { token: 'tok_harbor_approved' })).body,
    );
    expect(released.state).toBe('releasing');
  });
});

describe('a sub-account the agency blocked (Tidewater Marine: approved user, card, active Starter)', () => {
  it('has no user in the assign picker', async () => {
    const page = wireOf(EligibleUserPage, (await api.get('/v1/numbers/num_sf_0101/eligible-users?q=tidewater')).body);
    expect([page.total, page.items]).toEqual([0, []]);
  });

  it('cannot be assigned a number: sub_account_blocked, and the number stays unassigned', async () => {
    const response = await api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_tidewater' });
    expect([response.status, errorCode(response.body)]).toEqual([422, 'sub_account_blocked']);
    const pool = wireOf(PhoneNumberViewList, (await api.get('/v1/numbers')).body);
    expect(pool.find((n) => n.id === 'num_sf_0101')?.state).toBe('unassigned');
  });
});
