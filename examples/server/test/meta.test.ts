// Who am I, the catalog, the OpenAPI document, the development routes and CORS.
import { DevUserList, endpoints, Me, PlanList } from '@plankit/sdk/contract';
import { describe, expect, it } from 'vitest';
import { seed } from '../src/seed';
import { useServer } from './helpers';
import { wireOf } from './wire';

const { server, api } = useServer({ resetEachTest: false });

describe('GET /v1/me', () => {
  it('describes a sub-account user with their sub-account', async () => {
    const me = wireOf(Me, (await api.get('/v1/me', { token: 'tok_harbor_approved' })).body);
    expect(me).toEqual({
      actor: { kind: 'sub_account_user', subAccountId: 'sa_harbor', userId: 'sau_harbor' },
      user: { id: 'sau_harbor', name: 'Sofia Alvarez', email: 'sofia@harborfitness.example' },
      agency: {
        id: 'agency_northwind',
        name: 'Northwind Agency',
        currency: 'USD',
        features: { changePlan: true },
        creditPool: { amount: 50000, currency: 'USD' },
      },
      subAccount: { id: 'sa_harbor', name: 'Harbor Fitness' },
    });
  });

  it('signs a blocked user out (401 with a message saying why)', async () => {
    const response = await api.get('/v1/me', { token: 'tok_harbor_blocked' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: { code: 'unauthenticated', message: 'This user is blocked. Ask the agency to unblock the user.' },
    });
  });
});

describe('seeding', () => {
  it('happens once: a second run leaves the data alone', async () => {
    expect(await seed(server().db, new Date('2026-11-22T10:00:00.000Z'))).toBe(false);
  });
});

describe('GET /v1/plans', () => {
  it("returns the agency's whole catalog, every status, and nothing of another agency", async () => {
    const plans = wireOf(PlanList, (await api.get('/v1/plans')).body);
    expect(plans.map((p) => `${p.name}:${p.status}`)).toEqual([
      'Starter:active',
      'Growth:active',
      'Pro:active',
      'Growth Yearly:active',
      'Growth 2× Monthly:active',
      'Pay As You Go:active',
      'Basic (invoiced):active',
      'Plus (invoiced):active',
      'Legacy Starter:archived',
      'Scale:draft',
      'Enterprise:active',
      'Growth (EUR):active',
    ]);
    const usage = plans.find((p) => p.id === 'plan_usage');
    expect([usage?.price, usage?.usageRate]).toEqual([null, { amount: 15, currency: 'USD', scale: 1 }]);
  });
});

describe('GET /openapi.json', () => {
  it('serves an OpenAPI 3.1 document with every public endpoint', async () => {
    const doc = (await api.get('/openapi.json', { token: null })).body as {
      openapi: string;
      paths: Record<string, object>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const missing = Object.values(endpoints)
      .filter((e) => !e.dev)
      .map((e) => [e.path.replace(/:(\w+)/g, '{$1}'), e.method.toLowerCase()] as const)
      .filter(([path, method]) => !(doc.paths[path] && method in doc.paths[path]));
    expect(missing).toEqual([]);
  });
});

describe('development routes', () => {
  it('list the seeded users with their tokens', async () => {
    const users = wireOf(DevUserList, (await api.get('/v1/dev/users', { token: null })).body);
    expect(users.map((u) => u.token)).toEqual([
      'tok_owner_northwind',
      'tok_member_northwind',
      'tok_owner_globex',
      'tok_owner_fjord',
      'tok_harbor_approved',
      'tok_harbor_pending',
      'tok_harbor_blocked',
      'tok_bluebird',
      'tok_summit',
      'tok_zephyr',
    ]);
  });
});

describe('CORS', () => {
  it("lets the dashboard's origin call the API with the headers it needs", async () => {
    const response = await fetch(`${server().url}/v1/numbers`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, idempotency-key, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });
});
