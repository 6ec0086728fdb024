// `pnpm --filter @plankit/example-server start`: the reference server on PGlite (on disk) or
// DATABASE_URL, seeded on first run, with the development routes unless NODE_ENV=production.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { billingProviderFromEnv } from './billing/select';
import { seedTokens } from './seed';
import { startServer } from './server';

const env = process.env;
const dataDir = env.PGLITE_DIR ?? fileURLToPath(new URL('../.data/pglite', import.meta.url));
if (!env.DATABASE_URL) mkdirSync(dataDir, { recursive: true });

const clockStart = env.CLOCK_START ? new Date(env.CLOCK_START) : undefined;
if (clockStart && Number.isNaN(clockStart.getTime())) {
  console.error(`CLOCK_START "${env.CLOCK_START}" is not an ISO-8601 instant.`);
  process.exit(1);
}

const server = await startServer({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATABASE_URL ? undefined : dataDir,
  now: clockStart,
  port: Number(env.PORT ?? 8787),
  hostname: env.HOST ?? '127.0.0.1',
  dev: env.NODE_ENV !== 'production',
  manyUsers: env.SEED_MANY_USERS ? Number(env.SEED_MANY_USERS) : 0,
  corsOrigins: env.CORS_ORIGINS?.split(','),
  // One switch: STRIPE_SECRET_KEY set bills through Stripe, unset through the local provider.
  billingProvider: (options) => billingProviderFromEnv(env, options),
});

const database = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${dataDir}`;
console.log(
  `Plankit reference server on ${server.url} (${database}, billing ${server.deps.billing.name}, clock ${server.clock.now().toISOString()})`,
);
console.log(`OpenAPI document: ${server.url}/openapi.json`);
if (env.NODE_ENV !== 'production') {
  console.log('Seeded users (Authorization: Bearer <token>):');
  for (const t of seedTokens) console.log(`  ${t.token.padEnd(24)} ${t.description}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
