// The benchmark seeds (SEED_MANY_SUB_ACCOUNTS, SEED_MANY_USERS) write rows the server reads like
// any other: a schema change that they miss fails here, not first in a benchmark run.
import { SubAccountPage } from '@plankit/sdk/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/testing';
import { TOKENS } from './helpers';
import { wireOf } from './wire';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ manySubAccounts: 30, manyUsers: 40, databaseUrl: process.env.DATABASE_URL });
});
afterAll(() => server?.close());

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${TOKENS.owner}` } });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('the benchmark seeds', () => {
  it('add the many sub-accounts to Manage Users, each readable with its plan and badge', async () => {
    const first = await get('/v1/sub-accounts?limit=100');
    expect(first.status).toBe(200);
    const page = wireOf(SubAccountPage, first.body);
    const seeded = page.items.filter((row) => row.subAccount.id.startsWith('sa_load_'));
    expect(page.total).toBeGreaterThanOrEqual(30);
    expect(seeded.length).toBeGreaterThan(0);
    for (const row of seeded.slice(0, 5)) {
      expect((await get(`/v1/sub-accounts/${row.subAccount.id}`)).status).toBe(200);
    }
  });
});
