// Start the reference server for tests: a random port and a fresh database each time.
import type { AdjustableClock } from './clock';
import type { Db } from './db/db';
import { randomSchemaName, startServer } from './server';

export interface TestServerOptions {
  /** A PostgreSQL server (a fresh schema is created); a fresh in-memory PGlite when omitted. */
  readonly databaseUrl?: string | undefined;
  /** The clock's fixed start instant. Default 2026-11-22T10:00:00.000Z. */
  readonly now?: Date | undefined;
  readonly manyUsers?: number | undefined;
}

export interface TestServer {
  readonly url: string;
  readonly clock: AdjustableClock;
  readonly db: Db;
  close(): Promise<void>;
}

export const TEST_NOW = new Date('2026-11-22T10:00:00.000Z');

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const schema = options.databaseUrl ? randomSchemaName() : undefined;
  const server = await startServer({
    databaseUrl: options.databaseUrl,
    schema,
    now: options.now ?? TEST_NOW,
    dev: true,
    manyUsers: options.manyUsers,
    corsOrigins: ['*'],
  });
  return {
    url: server.url,
    clock: server.clock,
    db: server.db,
    async close() {
      if (schema) await server.db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await server.close();
    },
  };
}
