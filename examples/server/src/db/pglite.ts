import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type Db, parseInt8, type Queryable, type SqlParam, type Statement } from './db';
import { withRetries } from './retry';

export interface PgliteOptions {
  /** A directory for an on-disk database; in memory when omitted. */
  readonly dataDir?: string | undefined;
}

/** The embedded database: real PostgreSQL compiled to wasm, one connection (transactions serialise). */
export async function createPgliteDb({ dataDir }: PgliteOptions = {}): Promise<Db> {
  // pg_trgm: the trigram indexes of Manage Users' text search (migration 015).
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    parsers: { [types.INT8]: parseInt8 },
    extensions: { pg_trgm },
  });
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T extends object>(sql: string | Statement, params: readonly SqlParam[] = []) {
      const result = await q.query<T>(typeof sql === 'string' ? sql : sql.text, params as unknown[]);
      return result.rows;
    },
  });
  const root = wrap(pg);
  return {
    kind: 'pglite',
    query: root.query,
    transaction: (fn) => withRetries(() => pg.transaction((tx) => fn(wrap(tx)))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}
