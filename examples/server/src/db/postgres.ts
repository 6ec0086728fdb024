import pg from 'pg';
import { type Db, parseInt8, type Queryable, type SqlParam, type Statement } from './db';
import { withRetries } from './retry';

export interface PostgresOptions {
  readonly connectionString: string;
  /** Every connection uses this schema (tests get a fresh one each). */
  readonly schema?: string | undefined;
  readonly max?: number | undefined;
}

// Per-pool type parsers, so nothing global in `pg` changes for other users of the library.
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return parseInt8;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** A real PostgreSQL server through a connection pool. */
export function createPostgresDb({ connectionString, schema, max = 20 }: PostgresOptions): Db {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: typeParsers,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('postgres pool error', error));
  const query = async <T extends object>(
    client: pg.Pool | pg.PoolClient,
    sql: string | Statement,
    params: readonly SqlParam[] = [],
  ): Promise<T[]> => {
    const values = params as unknown[];
    const result = await (typeof sql === 'string'
      ? client.query(sql, values)
      : client.query({ name: sql.name, text: sql.text, values }));
    return result.rows as T[];
  };
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    transaction: (fn) =>
      withRetries(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const tx: Queryable = { query: (sql, params) => query(client, sql, params) };
          const result = await fn(tx);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
