// A transaction that must start over (a deadlock victim, a stale read) runs again inside the server.
import { ChangePlanResult } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer();

const quote = { targetPlanId: 'plan_offline_plus', quotedAt: '2026-11-22T10:00:00.000Z', quotedVersion: 1 };

describe('given a rival that drew on the agency pool between the read and the write, once', () => {
  it('starts the change over and applies it against the pool as it now is', async () => {
    // A sequence survives the rollback, so only the first attempt sees the rival's draw.
    await server().db.exec(`CREATE SEQUENCE rival_draws;
      CREATE FUNCTION rival_draw() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF nextval('rival_draws') = 1 THEN NEW.credit_pool_amount := -1; END IF; RETURN NEW; END $$;
      CREATE TRIGGER rival_draw BEFORE UPDATE ON agencies FOR EACH ROW EXECUTE FUNCTION rival_draw()`);
    try {
      const response = await api.post('/v1/sub-accounts/sa_summit/change-plan', quote);
      expect(response.status).toBe(200);
      expect(wireOf(ChangePlanResult, response.body)).toMatchObject({
        kind: 'offline_upgrade',
        creditGranted: { amount: 2000, currency: 'USD' },
      });
      const [pool] = await server().db.query(
        `SELECT credit_pool_amount AS amount, (SELECT last_value FROM rival_draws) AS draws FROM agencies WHERE id = 'agency_northwind'`,
      );
      // $500.00 less the $20.00 credit, taken once although the change ran twice.
      expect(pool).toEqual({ amount: 48_000, draws: 2 });
    } finally {
      await server().db.exec(
        'DROP TRIGGER rival_draw ON agencies; DROP FUNCTION rival_draw(); DROP SEQUENCE rival_draws',
      );
    }
  });
});
