// Production mode (dev: false): no seed, no development routes, no development token, and a real
// authenticate (signed tokens) over the host's users.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Checkout, Me } from '@plankit/sdk/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedTokenAuthenticator } from '../src/auth/signed-tokens';
import { openDatabase, type RunningServer, randomSchemaName, type ServerOptions, startServer } from '../src/server';
import { signTestToken, TEST_AUTH_SECRET, TEST_NOW } from '../src/testing';
import { client } from './helpers';
import { wireOf } from './wire';

const databaseUrl = process.env.DATABASE_URL;
const authenticate = signedTokenAuthenticator({ secret: TEST_AUTH_SECRET });
const owner = signTestToken({ kind: 'agency_member', agencyId: 'agency_northwind', userId: 'user_northwind_owner' });

/** One database that outlives a server: a schema on PostgreSQL, a folder for PGlite. */
function storage(): { options: Pick<ServerOptions, 'databaseUrl' | 'schema' | 'dataDir'>; drop(): Promise<void> } {
  if (databaseUrl) {
    const schema = randomSchemaName('plankit_prod');
    const options = { databaseUrl, schema };
    return {
      options,
      async drop() {
        const db = await openDatabase(options);
        await db.exec(`DROP SCHEMA ${schema} CASCADE`);
        await db.close();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'plankit-prod-'));
  return { options: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

describe('given production on a fresh database', () => {
  let production: RunningServer;
  const api = client(() => production);
  beforeAll(async () => {
    production = await startServer({
      dev: false,
      authenticate,
      databaseUrl,
      schema: databaseUrl ? randomSchemaName('plankit_prod') : undefined,
    });
  });
  afterAll(async () => {
    await production.close();
  });

  it('seeds nothing', async () => {
    const [counts] = await production.db.query<{ agencies: number; tokens: number; users: number }>(
      `SELECT (SELECT count(*)::int FROM agencies) AS agencies, (SELECT count(*)::int FROM api_tokens) AS tokens,
         (SELECT count(*)::int FROM users) AS users`,
    );
    expect(counts).toEqual({ agencies: 0, tokens: 0, users: 0 });
  });

  it('serves no development route', async () => {
    expect((await api.get('/v1/dev/users', { token: null })).status).toBe(401);
    expect((await api.post('/v1/dev/clock', { advanceSeconds: 60 }, { token: null })).status).toBe(401);
  });

  it('refuses to start without a way to authenticate, saying what to set', async () => {
    await expect(
      startServer({ dev: false, databaseUrl, schema: databaseUrl ? randomSchemaName() : undefined }),
    ).rejects.toThrow(/Production needs a way to authenticate callers: set AUTH_TOKEN_SECRET/);
  });
});

describe('given production on a database that holds the development seed', () => {
  const store = storage();
  let production: RunningServer;
  const api = client(() => production);
  beforeAll(async () => {
    const dev = await startServer({ ...store.options, now: TEST_NOW });
    await dev.close();
  });
  afterAll(async () => {
    await production?.close();
    await store.drop();
  });

  it('refuses to start, naming the seeded tokens and what to do', async () => {
    await expect(startServer({ ...store.options, dev: false, authenticate })).rejects.toThrow(
      "This database holds the development seed's bearer tokens (tok_bluebird, tok_harbor_approved, tok_harbor_blocked, tok_harbor_pending, tok_member_northwind, tok_owner_fjord, tok_owner_globex, tok_owner_northwind, tok_summit, tok_zephyr), which are published in the README, so production refuses to start on it. Start production on a fresh database (or delete the development data) and start again.",
    );
  });

  describe('once the seeded tokens are deleted (the seeded users stand in for a host’s users)', () => {
    beforeAll(async () => {
      const db = await openDatabase(store.options);
      await db.exec('DELETE FROM api_tokens');
      await db.close();
      production = await startServer({ ...store.options, dev: false, authenticate, now: TEST_NOW });
    });

    it('accepts no development token', async () => {
      for (const token of ['tok_owner_northwind', 'tok_harbor_approved']) {
        const response = await api.get('/v1/me', { token });
        expect([token, response.status]).toEqual([token, 401]);
      }
    });

    it('knows the caller of a signed token', async () => {
      const me = wireOf(Me, (await api.get('/v1/me', { token: owner })).body);
      expect([me.user.name, me.actor]).toEqual([
        'Rachel Moore',
        { kind: 'agency_member', agencyId: 'agency_northwind', userId: 'user_northwind_owner', role: 'owner' },
      ]);
    });

    it('refuses a token signed with another secret', async () => {
      const forged = signTestToken(
        { kind: 'agency_member', agencyId: 'agency_northwind', userId: 'user_northwind_owner' },
        'another-secret-of-at-least-32-characters',
      );
      expect((await api.get('/v1/me', { token: forged })).status).toBe(401);
    });

    it('serves every link it hands out: the invoice of a confirmed change, and a number checkout to pay', async () => {
      const preview = (
        await api.post('/v1/sub-accounts/sa_harbor/change-plan/preview', { targetPlanId: 'plan_pro' }, { token: owner })
      ).body as { quotedAt: string; quotedVersion: number };
      const confirmed = await api.post(
        '/v1/sub-accounts/sa_harbor/change-plan',
        { targetPlanId: 'plan_pro', quotedAt: preview.quotedAt, quotedVersion: preview.quotedVersion },
        { token: owner },
      );
      const invoice = (confirmed.body as { invoice: { url: string } }).invoice;
      const invoicePage = await fetch(invoice.url);
      expect([confirmed.status, invoicePage.status]).toEqual([200, 200]);
      expect(await invoicePage.text()).toContain('Harbor Fitness');

      const sofia = signTestToken({ kind: 'sub_account_user', subAccountId: 'sa_harbor', userId: 'sau_harbor' });
      const checkout = wireOf(
        Checkout,
        (
          await api.post(
            '/v1/numbers/num_ny_0104/checkout',
            { returnUrl: 'https://app.example/numbers' },
            { token: sofia },
          )
        ).body,
      );
      const page = await fetch(checkout.url);
      expect([page.status, (await page.text()).includes('Activate phone number +12125550104')]).toEqual([200, true]);
      const paid = await fetch(`${checkout.url}/pay`, { method: 'POST', redirect: 'manual' });
      expect([paid.status, paid.headers.get('location')]).toEqual([
        303,
        `https://app.example/numbers?checkout=${checkout.id}&status=complete`,
      ]);
    });

    it('opens no page by its id alone', async () => {
      const [row] = await production.db.query<{ id: string }>('SELECT id FROM invoices LIMIT 1');
      expect((await fetch(`${production.url}/invoices/${row?.id}`)).status).toBe(404);
    });

    it('serves no development route to a signed-in owner', async () => {
      expect((await api.get('/v1/dev/clock', { token: owner })).status).toBe(404);
      expect((await api.get('/v1/dev/users', { token: owner })).status).toBe(404);
    });
  });
});
