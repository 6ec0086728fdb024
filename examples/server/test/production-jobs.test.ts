// Production mode: a real clock that nobody moves. A scheduled downgrade takes effect at the real
// period end because the job queue runs in the background: the in-process runner on PGlite,
// graphile-worker under scripts/with-postgres.sh (DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SubAccountDetail } from '@plankit/sdk/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedTokenAuthenticator } from '../src/auth/signed-tokens';
import { jobQueueSchema } from '../src/jobs/graphile-queue';
import { type RunningServer, randomSchemaName, startServer } from '../src/server';
import { signTestToken, TEST_AUTH_SECRET } from '../src/testing';
import { wireOf } from './wire';

const owner = signTestToken({ kind: 'agency_member', agencyId: 'agency_northwind', userId: 'user_northwind_owner' });
const databaseUrl = process.env.DATABASE_URL;
// One database that outlives the development server: a schema on PostgreSQL, a folder for PGlite.
const storage = databaseUrl
  ? { databaseUrl, schema: randomSchemaName('plankit_prod_jobs') }
  : { dataDir: mkdtempSync(join(tmpdir(), 'plankit-prod-jobs-')) };
let server: RunningServer;

beforeAll(async () => {
  // The seeded catalog and sub-accounts on a real clock, without the development tokens production refuses.
  const dev = await startServer({ ...storage, jobPollMs: 0 });
  await dev.db.query('DELETE FROM api_tokens');
  await dev.close();
  server = await startServer({
    ...storage,
    dev: false,
    authenticate: signedTokenAuthenticator({ secret: TEST_AUTH_SECRET }),
    jobPollMs: 100,
  });
});
afterAll(async () => {
  if (storage.schema) {
    await server?.deps.jobs.stop();
    await server?.db.exec(
      `DROP SCHEMA ${storage.schema} CASCADE; DROP SCHEMA ${jobQueueSchema(storage.schema)} CASCADE`,
    );
  }
  await server?.close();
  if (storage.dataDir) rmSync(storage.dataDir, { recursive: true, force: true });
});

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${owner}`,
      'content-type': 'application/json',
      'idempotency-key': `prod-${Math.random()}`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('given production mode and a real clock', () => {
  it('applies a scheduled downgrade at the real period end, with no clock moved', async () => {
    expect((await call('POST', '/v1/dev/clock', { advanceSeconds: 1 })).status).toBe(404);
    // Harbor Fitness's Growth period ends a second from now.
    const periodEnd = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000);
    await server.db.query(
      `UPDATE subscriptions SET period_end = $1 WHERE sub_account_id = 'sa_harbor' AND is_current`,
      [periodEnd],
    );
    const quote = (
      await call('POST', '/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_starter' })
    ).body as { quotedAt: string; quotedVersion: number; timing: string; effectiveAt: string };
    expect([quote.timing, quote.effectiveAt]).toEqual(['period_end', periodEnd.toISOString()]);
    expect(
      (await call('POST', '/v1/sub-accounts/sa_harbor/change-plan', { targetPlanId: 'plan_starter', ...quote })).status,
    ).toBe(200);

    const terms = async () =>
      wireOf(SubAccountDetail, (await call('GET', '/v1/sub-accounts/sa_harbor')).body).subAccount.subscription;
    expect((await terms())?.terms.id).toBe('plan_growth');
    await expect.poll(async () => (await terms())?.terms.id, { timeout: 15_000, interval: 200 }).toBe('plan_starter');
    expect(await terms()).toMatchObject({ periodStart: periodEnd.toISOString(), scheduledChange: null });
  });
});
