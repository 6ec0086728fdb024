import { randomBytes } from 'node:crypto';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app';
import type { BillingProvider } from './billing/provider';
import { createBillingProvider, type ProviderOptions } from './billing/select';
import { AdjustableClock } from './clock';
import type { ServerDeps } from './context';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { createPgliteDb } from './db/pglite';
import { createPostgresDb } from './db/postgres';
import { seed } from './seed';
import { runDueWork } from './services/due-work';
import { loadClockOffsetMs } from './store/server-state';

export interface ServerOptions {
  /** A PostgreSQL server; PGlite when omitted. */
  readonly databaseUrl?: string | undefined;
  /** With databaseUrl: use this schema (created when missing). */
  readonly schema?: string | undefined;
  /** PGlite on disk here; in memory when omitted. */
  readonly dataDir?: string | undefined;
  /** Fix the clock at this instant (it moves only through the development clock endpoint). */
  readonly now?: Date | undefined;
  readonly port?: number | undefined;
  readonly hostname?: string | undefined;
  readonly dev?: boolean | undefined;
  readonly seed?: boolean | undefined;
  readonly manyUsers?: number | undefined;
  readonly corsOrigins?: readonly string[] | undefined;
  /** A provider name (`local`, `stripe`) or a factory (tests pass a configured Stripe client). */
  readonly billingProvider?: string | ((options: ProviderOptions) => BillingProvider) | undefined;
  readonly logError?: ((message: string, error: unknown) => void) | undefined;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly clock: AdjustableClock;
  readonly db: Db;
  readonly deps: ServerDeps;
  close(): Promise<void>;
}

export async function openDatabase(options: Pick<ServerOptions, 'databaseUrl' | 'schema' | 'dataDir'>): Promise<Db> {
  if (options.databaseUrl) {
    if (options.schema) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error(`bad schema name ${options.schema}`);
      const admin = createPostgresDb({ connectionString: options.databaseUrl, max: 1 });
      await admin.exec(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
      await admin.close();
    }
    return createPostgresDb({ connectionString: options.databaseUrl, schema: options.schema });
  }
  return createPgliteDb({ dataDir: options.dataDir });
}

export function randomSchemaName(prefix = 'plankit_test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Open the database, migrate, seed, and listen. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(options);
  await migrate(db);
  const clock = new AdjustableClock(options.now ?? null);
  if (options.seed ?? true) await seed(db, clock.now(), { manyUsers: options.manyUsers ?? 0 });
  // A development clock moved forward stays moved across restarts (time never runs backwards).
  clock.advance((await loadClockOffsetMs(db)) / 1000);
  let baseUrl = 'http://localhost';
  const deps: ServerDeps = {
    db,
    clock,
    billing:
      typeof options.billingProvider === 'function'
        ? options.billingProvider({ baseUrl: () => baseUrl })
        : createBillingProvider(options.billingProvider ?? 'local', { baseUrl: () => baseUrl }),
    dev: options.dev ?? true,
    baseUrl: () => baseUrl,
    corsOrigins: options.corsOrigins ?? ['http://localhost:5173', 'http://127.0.0.1:5173'],
    logError: options.logError ?? ((message, error) => console.error(message, error)),
  };
  // Anything due while the server was down (renewals, releases) happens before the first request.
  await runDueWork(deps);
  const app = createApp(deps);
  const hostname = options.hostname ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname }, (info) =>
      resolve({ server: s, port: info.port }),
    );
    s.once('error', reject);
  });
  baseUrl = `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`;
  return {
    url: baseUrl,
    port,
    clock,
    db,
    deps,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
