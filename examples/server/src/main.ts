// `pnpm --filter @plankit/example-server start`: the reference server on PGlite (on disk) or
// DATABASE_URL, seeded on first run, with the development routes unless NODE_ENV=production.
// Production never seeds, accepts no development token and authenticates with AUTH_TOKEN_SECRET.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signedTokenAuthenticator } from './auth/signed-tokens';
import { billingProviderFromEnv } from './billing/select';
import { seedTokens } from './seed';
import { StartupError, startServer } from './server';

const env = process.env;
const dataDir = env.PGLITE_DIR ?? fileURLToPath(new URL('../.data/pglite', import.meta.url));
if (!env.DATABASE_URL) mkdirSync(dataDir, { recursive: true });

const clockStart = env.CLOCK_START ? new Date(env.CLOCK_START) : undefined;
if (clockStart && Number.isNaN(clockStart.getTime())) {
  console.error(`CLOCK_START "${env.CLOCK_START}" is not an ISO-8601 instant.`);
  process.exit(1);
}

const production = env.NODE_ENV === 'production';

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

let authenticate: ReturnType<typeof signedTokenAuthenticator> | undefined;
try {
  authenticate = env.AUTH_TOKEN_SECRET ? signedTokenAuthenticator({ secret: env.AUTH_TOKEN_SECRET }) : undefined;
} catch (error) {
  exitWith((error as Error).message);
}

const server = await startServer({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATABASE_URL ? undefined : dataDir,
  now: clockStart,
  port: Number(env.PORT ?? 8787),
  hostname: env.HOST ?? '127.0.0.1',
  dev: !production,
  authenticate,
  pageLinkSecret: env.PAGE_LINK_SECRET,
  manyUsers: env.SEED_MANY_USERS ? Number(env.SEED_MANY_USERS) : 0,
  manySubAccounts: env.SEED_MANY_SUB_ACCOUNTS ? Number(env.SEED_MANY_SUB_ACCOUNTS) : 0,
  corsOrigins: env.CORS_ORIGINS?.split(','),
  mailTransport: env.SMTP_URL,
  jobPollMs: env.JOB_POLL_MS ? Number(env.JOB_POLL_MS) : undefined,
  mailFrom: env.MAIL_FROM,
  // One endpoint for the host's events (README: Events and webhooks); more through the API.
  webhookEndpoint: env.WEBHOOK_URL
    ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET ?? '', agencyId: env.WEBHOOK_AGENCY_ID }
    : undefined,
  // One switch: STRIPE_SECRET_KEY set bills through Stripe, unset through the local provider.
  billingProvider: (options) => billingProviderFromEnv(env, options),
}).catch((error: unknown) => {
  if (error instanceof StartupError) exitWith(error.message);
  throw error;
});

const database = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${dataDir}`;
console.log(
  `Plankit reference server on ${server.url} (${database}, billing ${server.deps.billing.name}, clock ${server.clock.now().toISOString()})`,
);
console.log(`OpenAPI document: ${server.url}/openapi.json`);
if (!production) {
  console.log('Seeded users (Authorization: Bearer <token>):');
  for (const t of seedTokens) console.log(`  ${t.token.padEnd(24)} ${t.description}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
