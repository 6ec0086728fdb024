// Start the reference server for tests: a random port and a fresh database each time.
import type { AuthenticatedUser } from './auth/authenticate';
import { signedTokenAuthenticator, signToken } from './auth/signed-tokens';
import type { AdjustableClock } from './clock';
import type { ServerDeps } from './context';
import type { Db } from './db/db';
import { loadMigrations } from './db/migrate';
import { jobQueueSchema } from './jobs/graphile-queue';
import { randomSchemaName, type ServerOptions, startServer } from './server';

export interface TestServerOptions {
  /** A PostgreSQL server (a fresh schema is created); a fresh in-memory PGlite when omitted. */
  readonly databaseUrl?: string | undefined;
  /** The clock's fixed start instant. Default 2026-11-22T10:00:00.000Z. */
  readonly now?: Date | undefined;
  readonly manyUsers?: number | undefined;
  readonly manySubAccounts?: number | undefined;
  /** Billing provider name or factory; `local` when omitted. */
  readonly billingProvider?: ServerOptions['billingProvider'];
  /** Called for every unexpected error (answered 500 internal_error). Default console.error. */
  readonly logError?: ((message: string, error: unknown) => void) | undefined;
  /** Poll for due jobs (ms); 0 (the default) runs them only at start and when the clock moves. */
  readonly jobPollMs?: number | undefined;
  /** Default 5 s: test clients send whole requests at once, so a slow-body test need not wait 30 s. */
  readonly requestTimeoutMs?: number | undefined;
  /** Email notifications through this transport (an SMTP URL). */
  readonly mailTransport?: ServerOptions['mailTransport'];
}

export interface TestServer {
  readonly url: string;
  readonly clock: AdjustableClock;
  readonly db: Db;
  /** What the routes and the job runner use (tests run jobs through it). */
  readonly deps: ServerDeps;
  /** Empty every table, seed again and put the clock back: a fresh server without a new database. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export const TEST_NOW = new Date('2026-11-22T10:00:00.000Z');

/** Test servers accept bearer tokens signed with this secret besides the seeded ones. */
export const TEST_AUTH_SECRET = 'plankit-test-secret-0123456789abcdef';

/** A signed token for this user, valid for an hour of real time. */
export function signTestToken(user: AuthenticatedUser, secret = TEST_AUTH_SECRET): string {
  return signToken(user, new Date(Date.now() + 3_600_000), secret);
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const schema = options.databaseUrl ? randomSchemaName() : undefined;
  const server = await startServer({
    databaseUrl: options.databaseUrl,
    schema,
    now: options.now ?? TEST_NOW,
    dev: true,
    authenticate: signedTokenAuthenticator({ secret: TEST_AUTH_SECRET }),
    manyUsers: options.manyUsers,
    manySubAccounts: options.manySubAccounts,
    billingProvider: options.billingProvider,
    corsOrigins: ['*'],
    logError: options.logError,
    // Jobs run when the test moves the clock (and at start), never behind a test's back.
    jobPollMs: options.jobPollMs ?? 0,
    requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
    mailTransport: options.mailTransport,
  });
  const tables = await seededTables(server.db);
  await takeSnapshot(server.db, tables);
  return {
    url: server.url,
    clock: server.clock,
    db: server.db,
    deps: server.deps,
    async reset() {
      server.clock.reset();
      // graphile-worker keeps its own queue beside the jobs table: empty it too, so a test does not
      // meet the jobs an earlier test left waiting.
      if (schema) await server.db.exec(`DELETE FROM "${jobQueueSchema(schema)}"._private_jobs`);
      await restoreSnapshot(server.db, tables);
    },
    async close() {
      if (schema) {
        await server.deps.jobs.stop();
        await server.db.exec(`DROP SCHEMA ${schema} CASCADE; DROP SCHEMA IF EXISTS ${jobQueueSchema(schema)} CASCADE`);
      }
      await server.close();
    },
  };
}

/** Tables in creation order (parents before children), from the migrations. */
async function seededTables(db: Db): Promise<string[]> {
  const names = loadMigrations().flatMap((m) =>
    [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1] ?? ''),
  );
  const existing = new Set(
    (await db.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = current_schema()')).map(
      (row) => row.tablename,
    ),
  );
  return names.filter((name) => existing.has(name));
}

// Re-seeding takes ~100 statements; copying the seeded rows back is a handful, so tests reset fast.
async function takeSnapshot(db: Db, tables: readonly string[]): Promise<void> {
  for (const table of tables) await db.exec(`CREATE TABLE snapshot_${table} AS SELECT * FROM ${table}`);
}

async function restoreSnapshot(db: Db, tables: readonly string[]): Promise<void> {
  const statements = [`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`];
  // The restored subscriptions and numbers enqueue their jobs again through their triggers, and the
  // restored invoices write their events again.
  const derived = new Set(['jobs', 'events', 'webhook_deliveries', 'webhook_attempts']);
  // server_state first: the triggers of the restored rows read it (the job queue's schema, the clock).
  const ordered = ['server_state', ...tables.filter((table) => table !== 'server_state')];
  for (const table of ordered) {
    if (!derived.has(table)) statements.push(`INSERT INTO ${table} SELECT * FROM snapshot_${table}`);
  }
  for (const table of ['ledger_entries', 'outbox', 'webhook_attempts']) {
    statements.push(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM ${table}), false)`,
    );
  }
  await db.exec(statements.join(';\n'));
}
