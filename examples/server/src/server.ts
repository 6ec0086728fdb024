import { randomBytes } from 'node:crypto';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app';
import { type Authenticate, firstOf } from './auth/authenticate';
import { devTokenAuthenticator, seededTokensIn } from './auth/dev-tokens';
import type { BillingProvider } from './billing/provider';
import { createBillingProvider, type ProviderOptions } from './billing/select';
import { AdjustableClock } from './clock';
import type { ServerDeps } from './context';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { createPgliteDb } from './db/pglite';
import { createPostgresDb } from './db/postgres';
import { GraphileJobQueue, installGraphileQueue } from './jobs/graphile-queue';
import type { JobQueue } from './jobs/job';
import { JobRunner } from './jobs/runner';
import { createMailer, type MailTransport } from './notifications/mailer';
import { createPageLinks } from './page-links';
import { seed } from './seed';
import { runDueWork } from './services/due-work';
import { loadClockOffsetMs, saveClockStart } from './store/server-state';
import { registerConfiguredEndpoint, WebhookConfigError, type WebhookEndpointOption } from './webhooks/configured';

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
  /** Development routes, the seeded tokens and seeding; false in production. Default true. */
  readonly dev?: boolean | undefined;
  /** Seed on first start (development only: production never seeds). Default true. */
  readonly seed?: boolean | undefined;
  /**
   * Who is calling. Production: required (the host's sessions, or `signedTokenAuthenticator`).
   * Development: tried after the seeded tokens.
   */
  readonly authenticate?: Authenticate | undefined;
  /** Signs the checkout and invoice page links; share it between instances. Random per process when omitted. */
  readonly pageLinkSecret?: string | undefined;
  readonly manyUsers?: number | undefined;
  /** Development seeds: this many more sub-accounts (Manage Users at scale). */
  readonly manySubAccounts?: number | undefined;
  readonly corsOrigins?: readonly string[] | undefined;
  /** A provider name (`local`, `stripe`) or a factory (tests pass a configured Stripe client). */
  readonly billingProvider?: string | ((options: ProviderOptions) => BillingProvider) | undefined;
  readonly logError?: ((message: string, error: unknown) => void) | undefined;
  /** Poll for due jobs this often (ms); 0 = only at start and when the development clock moves. Default 1000. */
  readonly jobPollMs?: number | undefined;
  /** A request (headers and body) must arrive within this; a slower one is cut with 408. Default 30 s. */
  readonly requestTimeoutMs?: number | undefined;
  /** Email notifications through this transport (`SMTP_URL`); unset: in-app delivery only. */
  readonly mailTransport?: MailTransport | undefined;
  /** The From address of notification email. Default `Plankit <notifications@plankit.example>`. */
  readonly mailFrom?: string | undefined;
  /** A webhook endpoint registered at start (`WEBHOOK_URL`, `WEBHOOK_SECRET`) for each agency, or the one named. */
  readonly webhookEndpoint?: WebhookEndpointOption | undefined;
  /** A webhook attempt without an answer by then fails and is retried. Default 10 s. */
  readonly webhookTimeoutMs?: number | undefined;
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

/** The server refuses to start as configured; the message says what to change. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** Production: no development credential may work. */
async function productionChecks(db: Db): Promise<void> {
  const seeded = await seededTokensIn(db);
  if (seeded.length > 0) {
    throw new StartupError(
      `This database holds the development seed's bearer tokens (${seeded.join(', ')}), which are published in the README, so production refuses to start on it. Start production on a fresh database (or delete the development data) and start again.`,
    );
  }
}

/** Open the database, migrate, seed (development only), and listen. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dev = options.dev ?? true;
  if (!dev && !options.authenticate) {
    throw new StartupError(
      'Production needs a way to authenticate callers: set AUTH_TOKEN_SECRET (signed bearer tokens), or pass your own `authenticate` to startServer. See examples/server/README.md, Authentication.',
    );
  }
  const db = await openDatabase(options);
  try {
    await migrate(db);
    if (!dev) await productionChecks(db);
    // On PostgreSQL graphile-worker runs the jobs; the rows' trigger queues them there from now on.
    if (options.databaseUrl)
      await installGraphileQueue(db, { connectionString: options.databaseUrl, schema: options.schema });
    // Jobs' run_at follows a frozen development clock (src/db/migrations/008_job_queue.sql).
    await saveClockStart(db, options.now ?? null);
  } catch (error) {
    await db.close();
    throw error;
  }
  const clock = new AdjustableClock(options.now ?? null);
  if (dev && (options.seed ?? true))
    await seed(db, clock.now(), {
      manyUsers: options.manyUsers ?? 0,
      manySubAccounts: options.manySubAccounts ?? 0,
    });
  const devTokens = devTokenAuthenticator(db);
  // A development clock moved forward stays moved across restarts (time never runs backwards).
  clock.advance((await loadClockOffsetMs(db)) / 1000);
  let baseUrl = 'http://localhost';
  const links = createPageLinks({ baseUrl: () => baseUrl, secret: options.pageLinkSecret });
  // The runner reads deps when it runs, after they are built.
  const jobs: JobQueue = options.databaseUrl
    ? new GraphileJobQueue({ connectionString: options.databaseUrl, schema: options.schema }, () => deps)
    : new JobRunner(() => deps);
  const deps: ServerDeps = {
    db,
    clock,
    billing:
      typeof options.billingProvider === 'function'
        ? options.billingProvider({ baseUrl: () => baseUrl, links })
        : createBillingProvider(options.billingProvider ?? 'local', { baseUrl: () => baseUrl, links }),
    jobs,
    mailer: options.mailTransport
      ? createMailer(options.mailTransport, options.mailFrom ?? 'Plankit <notifications@plankit.example>')
      : null,
    dev,
    authenticate: !dev
      ? (options.authenticate ?? (() => null))
      : options.authenticate
        ? firstOf(devTokens, options.authenticate)
        : devTokens,
    baseUrl: () => baseUrl,
    links,
    corsOrigins: options.corsOrigins ?? ['http://localhost:5173', 'http://127.0.0.1:5173'],
    logError: options.logError ?? ((message, error) => console.error(message, error)),
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
  };
  if (options.webhookEndpoint) {
    await registerConfiguredEndpoint(db, options.webhookEndpoint, clock.now()).catch(async (error: unknown) => {
      await db.close();
      throw error instanceof WebhookConfigError ? new StartupError(error.message) : error;
    });
  }
  // Anything due while the server was down (renewals, releases) happens before the first request.
  await runDueWork(deps);
  const pollMs = options.jobPollMs ?? 1000;
  if (pollMs > 0) jobs.start(pollMs);
  const app = createApp(deps);
  const hostname = options.hostname ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const requestTimeout = options.requestTimeoutMs ?? 30_000;
    const serverOptions = {
      requestTimeout,
      headersTimeout: Math.min(requestTimeout, 10_000),
      // Node looks for overdue requests on this interval (30 s by default, which would double the bound).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, requestTimeout / 4)),
    };
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname, serverOptions }, (info) =>
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
      await deps.jobs.stop();
      await db.close();
    },
  };
}
