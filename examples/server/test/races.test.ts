// Races need a real PostgreSQL with a pool: PGlite has one connection, so transactions serialise
// and these tests could not fail there. Under CI a missing DATABASE_URL fails the file.
import { ErrorBody, PhoneNumberView, PlanChangePreview } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { type ApiResponse, describeWithPostgres, errorCode, ledgerCount, newKey, TOKENS, useServer } from './helpers';
import { wireOf } from './wire';

describeWithPostgres('races (real PostgreSQL)', (databaseUrl) => {
  const { server, api } = useServer({ databaseUrl });
  const ROUNDS = 10;

  /** Status and reason code; a 4xx without a reason code is itself a failure. */
  function outcome(response: ApiResponse): string {
    if (response.status === 200) return '200';
    return `${response.status} ${wireOf(ErrorBody, response.body).error.code}`;
  }

  async function freshQuote(subAccountId: string, targetPlanId: string) {
    const response = await api.post(
      `/v1/sub-accounts/${subAccountId}/change-plan/preview`,
      { targetPlanId },
      { key: null },
    );
    const preview = wireOf(PlanChangePreview, response.body);
    return { targetPlanId, quotedAt: preview.quotedAt, quotedVersion: preview.quotedVersion };
  }

  const checkout = () =>
    api.post('/v1/numbers/num_ny_0104/checkout', { returnUrl: 'http://localhost:5173/' }, { token: TOKENS.subUser });

  it('runs on a real PostgreSQL server, not PGlite', () => {
    expect(server().db.kind).toBe('postgres');
  });

  describe('given 50 parallel assigns of one unassigned number', () => {
    it('lets exactly one win; the other 49 get number_not_unassigned', async () => {
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409 && errorCode(r.body) === 'number_not_unassigned')).toHaveLength(
        49,
      );
      const winner = wireOf(PhoneNumberView, responses.find((r) => r.status === 200)?.body);
      expect(winner.state).toBe('pending_payment');
      const notices = await server().db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox WHERE kind = 'number_pending_activation' AND payload->>'numberId' = 'num_sf_0101'`,
      );
      expect(notices[0]?.n).toBe(1);
    });
  });

  describe('given 10 parallel confirms of one quote', () => {
    it('applies exactly one; the other 9 get quote_expired and nothing is charged twice', async () => {
      const preview = wireOf(
        PlanChangePreview,
        (await api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_pro' }, { key: null }))
          .body,
      );
      const before = await ledgerCount(server());
      const body = { targetPlanId: 'plan_pro', quotedAt: preview.quotedAt, quotedVersion: preview.quotedVersion };
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => api.post('/v1/sub-accounts/sa_harbor/change-plan', body)),
      );
      expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409 && errorCode(r.body) === 'quote_expired')).toHaveLength(9);
      expect((await ledgerCount(server())) - before).toBe(1);
      const [sub] = await server().db.query<{ version: number; plan_id: string }>(
        `SELECT version, plan_id FROM subscriptions WHERE sub_account_id = 'sa_harbor' AND is_current`,
      );
      expect(sub).toEqual({ version: 2, plan_id: 'plan_pro' });
    });
  });

  describe('given 10 parallel retries of one request with the same Idempotency-Key', () => {
    it('buys one number and answers every retry with the same response', async () => {
      const key = newKey();
      const before = await ledgerCount(server());
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          api.post(
            '/v1/numbers',
            { country: 'US', areaCode: '646', capabilities: ['voice', 'sms'] },
            { key, token: TOKENS.owner },
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
      const ids = new Set(responses.map((r) => wireOf(PhoneNumberView, r.body).id));
      expect(ids.size).toBe(1);
      expect((await ledgerCount(server())) - before).toBe(1);
    });
  });

  // The confirm locked the sub-account then the agency; the checkout's foreign keys took the agency
  // then the sub-account: a deadlock about one round in three.
  describe(`given a checkout and a plan change of one sub-account at the same moment (${ROUNDS} rounds)`, () => {
    it('completes both every round: no deadlock, no 5xx', async () => {
      const rounds: string[][] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await server().reset();
        const quote = await freshQuote('sa_harbor', 'plan_pro');
        const responses = await Promise.all([checkout(), api.post('/v1/sub-accounts/sa_harbor/change-plan', quote)]);
        rounds.push(responses.map(outcome));
      }
      expect(rounds).toEqual(Array(ROUNDS).fill(['200', '200']));
    });
  });

  describe('given two transactions that lock two rows in opposite orders', () => {
    it('retries the one PostgreSQL aborts as the deadlock victim, so both commit', async () => {
      const { db } = server();
      let attempts = 0;
      let arrivals = 0;
      let bothHoldOne: () => void = () => {};
      const barrier = new Promise<void>((resolve) => {
        bothHoldOne = resolve;
      });
      const lockBoth = (first: string, second: string) =>
        db.transaction(async (tx) => {
          attempts += 1;
          await tx.query(`SELECT id FROM plans WHERE id = $1 FOR UPDATE`, [first]);
          arrivals += 1;
          if (arrivals === 2) bothHoldOne();
          await barrier;
          await tx.query(`SELECT id FROM plans WHERE id = $1 FOR UPDATE`, [second]);
          return first;
        });
      expect(await Promise.all([lockBoth('plan_pro', 'plan_starter'), lockBoth('plan_starter', 'plan_pro')])).toEqual([
        'plan_pro',
        'plan_starter',
      ]);
      expect(attempts).toBe(3);
    });
  });

  describe('given another transaction holding the agency row', () => {
    it('still confirms a change that does not touch the credit pool (only pool moves lock the agency)', async () => {
      const quote = await freshQuote('sa_harbor', 'plan_pro');
      const response = await server().db.transaction(async (tx) => {
        await tx.query(`SELECT id FROM agencies WHERE id = 'agency_northwind' FOR NO KEY UPDATE`);
        return api.post('/v1/sub-accounts/sa_harbor/change-plan', quote);
      });
      expect(outcome(response)).toBe('200');
    });
  });

  describe('given a Stripe confirm of one sub-account waiting inside its transaction', () => {
    it('confirms another sub-account of the same agency meanwhile, and the waiting one holds no lock on the agency', async () => {
      const harbor = await freshQuote('sa_harbor', 'plan_pro');
      const willow = await freshQuote('sa_willow', 'plan_pro');
      let first: Promise<ApiResponse> | undefined;
      const during = await server().db.transaction(async (tx) => {
        // Harbor's confirm takes its own locks, then waits at its subscription's update.
        await tx.query(`SELECT id FROM subscriptions WHERE sub_account_id = 'sa_harbor' FOR UPDATE`);
        first = api.post('/v1/sub-accounts/sa_harbor/change-plan', harbor);
        // Read from outside this transaction: pg_stat_activity is a snapshot taken once per transaction.
        const waiting = async () => {
          const rows = await server().db.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity
              WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid() AND query LIKE 'UPDATE subscriptions %'`,
          );
          return rows[0]?.pid;
        };
        let pid = await waiting();
        for (let poll = 0; pid === undefined && poll < 2000; poll += 1) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          pid = await waiting();
        }
        if (pid === undefined) throw new Error("Harbor's confirm never reached its subscription update");
        const agencyLocks = await server().db.query<{ mode: string }>(
          `SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE l.pid = $1 AND c.relname = 'agencies' AND l.mode <> 'AccessShareLock'`,
          [pid],
        );
        const second = await api.post('/v1/sub-accounts/sa_willow/change-plan', willow);
        return { agencyLocks: agencyLocks.map((l) => l.mode), second: outcome(second), stillWaiting: await waiting() };
      });
      expect(during).toEqual({ agencyLocks: [], second: '200', stillWaiting: expect.any(Number) });
      expect(outcome(await (first as Promise<ApiResponse>))).toBe('200');
    });
  });

  describe(`given 10 parallel buys in one area code with different keys (${ROUNDS} rounds)`, () => {
    it('buys 10 distinct numbers every round', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        await server().reset();
        const responses = await Promise.all(
          Array.from({ length: 10 }, () =>
            api.post('/v1/numbers', { country: 'US', areaCode: '505', capabilities: ['voice'] }),
          ),
        );
        expect(responses.map(outcome)).toEqual(Array(10).fill('200'));
        const numbers = responses.map((r) => wireOf(PhoneNumberView, r.body).e164);
        expect(new Set(numbers).size).toBe(10);
        expect(numbers.every((n) => n.startsWith('+1505'))).toBe(true);
      }
    });
  });

  describe(`given a plan change, an unassign, an assign and a checkout at once (${ROUNDS} rounds)`, () => {
    it('answers each with 200 or a reason code, never a 5xx, and leaves the number in one state', async () => {
      const seen = new Set<string>();
      for (let round = 0; round < ROUNDS; round++) {
        await server().reset();
        const quote = await freshQuote('sa_harbor', 'plan_pro');
        const responses = await Promise.all([
          api.post('/v1/sub-accounts/sa_harbor/change-plan', quote),
          api.post('/v1/numbers/num_ny_0104/unassign', {}),
          api.post('/v1/numbers/num_sf_0101/assign', { userId: 'sau_harbor' }),
          checkout(),
        ]);
        const outcomes = responses.map(outcome);
        for (const o of outcomes) seen.add(o);
        expect(outcomes.filter((o) => o.startsWith('5'))).toEqual([]);
        // The change and the assign do not conflict with anything here.
        expect([outcomes[0], outcomes[2]]).toEqual(['200', '200']);
        // The checkout either came first (then the unassign expired it) or found the number unassigned.
        const [row] = await server().db.query<{ state: string; open: number }>(
          `SELECT n.state, (SELECT count(*)::int FROM checkouts c WHERE c.phone_number_id = n.id AND c.status = 'open') AS open
             FROM phone_numbers n WHERE n.id = 'num_ny_0104'`,
        );
        expect(row).toEqual({ state: 'unassigned', open: 0 });
      }
      expect([...seen].every((o) => o === '200' || /^4\d\d [a-z_]+$/.test(o))).toBe(true);
    });
  });
});
