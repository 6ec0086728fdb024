// One data layer over PGlite (embedded) and a pg Pool (DATABASE_URL); the same SQL runs on both.

export type SqlParam = string | number | boolean | Date | null;

/**
 * A statement PostgreSQL parses and plans once per connection (a node-postgres named query); the
 * hot paths use them. PGlite runs the text as it is.
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/** A prepared statement; each name must stand for one text only. */
export function prepared(name: string, text: string): Statement {
  return { name, text };
}

export interface Queryable {
  /** Run one parameterised statement; rows come back with bigint as number and jsonb parsed. */
  query<T extends object = Record<string, unknown>>(
    sql: string | Statement,
    params?: readonly SqlParam[],
  ): Promise<T[]>;
}

export interface Db extends Queryable {
  /**
   * Run `fn` in one transaction (READ COMMITTED); commit when it resolves, roll back when it throws.
   * After a deadlock or serialization failure `fn` runs again (a bounded number of times, see
   * retry.ts), so it must do nothing outside the transaction that cannot be repeated.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Run several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** Bigint columns hold money in minor units; anything beyond 2^53 would be a bug, so refuse it loudly. */
export function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} is outside the safe integer range`);
  return n;
}

/** A text[] parameter as PostgreSQL's array literal (both drivers take the text form; SqlParam has no arrays). */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (m) => `\\${m}`)}"`).join(',')}}`;
}
