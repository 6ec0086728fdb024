// Races need a real PostgreSQL with a pool: PGlite has one connection, so transactions serialise
// and these tests could not fail there. Under CI a missing DATABASE_URL fails the file.
import { PhoneNumberView, PlanChangePreview } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { errorCode, ledgerCount, newKey, TOKENS, useServer } from './helpers';

const databaseUrl = process.env.DATABASE_URL;

if (!databaseUrl) {
  describe('races (real PostgreSQL)', () => {
    if (process.env.CI === 'true') {
      it('runs against a real PostgreSQL', () => {
        throw new Error('DATABASE_URL is not set: run this file through scripts/with-postgres.sh.');
      });
    } else {
      it.skip('runs only with DATABASE_URL (scripts/with-postgres.sh)', () => {});
    }
  });
} else {
  describe('races (real PostgreSQL)', () => {
    const { server, api } = useServer({ databaseUrl });

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
        const winner = PhoneNumberView.parse(responses.find((r) => r.status === 200)?.body);
        expect(winner.state).toBe('pending_payment');
        const notices = await server().db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM outbox WHERE kind = 'number_pending_activation' AND payload->>'numberId' = 'num_sf_0101'`,
        );
        expect(notices[0]?.n).toBe(1);
      });
    });

    describe('given 10 parallel confirms of one quote', () => {
      it('applies exactly one; the other 9 get quote_expired and nothing is charged twice', async () => {
        const preview = PlanChangePreview.parse(
          (
            await api.post(
              '/v1/sub-accounts/sa_harbor/change-plan/preview',
              { targetPlanId: 'plan_pro' },
              { key: null },
            )
          ).body,
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
        const ids = new Set(responses.map((r) => PhoneNumberView.parse(r.body).id));
        expect(ids.size).toBe(1);
        expect((await ledgerCount(server())) - before).toBe(1);
      });
    });
  });
}
